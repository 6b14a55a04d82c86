package org.sitrep.event.codebook;

/** Families of event triggers; the ACLED sub-event type is decided from the family, the actors and the context. */
public enum TriggerClass {
    SUICIDE, CHEMICAL, AIR, SHELLING, GRENADE, IED, TERRITORY, TERRITORY_FALL, SEXUAL, ABDUCT, MOB, RIOT, PROTEST,
    ARREST, LOOT, DISRUPT, ATTACK, CLASH, KILL, WITHDRAW, BASE, AGREEMENT, CHANGE, TERRITORY_WEAK,
    /** Discoveries of mass graves: ACLED's "Other" strategic development. */
    MASS_GRAVE,
    /** Mass flight and expulsion of civilians ("7,000 people have fled"): ACLED's "Other" strategic development. */
    DISPLACEMENT;

    /** Remote violence families: one event per sentence among them, the most specific wins (declaration order). */
    public boolean isRemote() {
        return this == SUICIDE || this == CHEMICAL || this == AIR || this == SHELLING || this == GRENADE || this == IED;
    }

    /** Direct violence that folds into a territory or remote-violence event of the same sentence. */
    public boolean isDirectViolence() {
        return this == ATTACK || this == CLASH || this == KILL;
    }

    public boolean isTerritory() {
        return this == TERRITORY || this == TERRITORY_FALL || this == TERRITORY_WEAK;
    }
}
