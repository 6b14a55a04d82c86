package org.sitrep.event;

import java.util.Optional;

/**
 * ACLED's 25 sub-event types with their event type, disorder type, and the CAMEO and PLOVER codes Sitrep gives them.
 * Names are exactly the codebook's.
 */
public enum SubEventType {
    ARMED_CLASH("Armed clash", "Battles", "Political violence", "193", "ASSAULT"),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", "Battles", "Political violence", "192", "ASSAULT"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", "Battles", "Political violence", "192", "ASSAULT"),
    CHEMICAL_WEAPON("Chemical weapon", "Explosions/Remote violence", "Political violence", "2041", "ASSAULT"),
    AIR_DRONE_STRIKE("Air/drone strike", "Explosions/Remote violence", "Political violence", "195", "ASSAULT"),
    SUICIDE_BOMB("Suicide bomb", "Explosions/Remote violence", "Political violence", "1831", "ASSAULT"),
    SHELLING("Shelling/artillery/missile attack", "Explosions/Remote violence", "Political violence", "194", "ASSAULT"),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", "Explosions/Remote violence", "Political violence", "1833", "ASSAULT"),
    GRENADE("Grenade", "Explosions/Remote violence", "Political violence", "183", "ASSAULT"),
    SEXUAL_VIOLENCE("Sexual violence", "Violence against civilians", "Political violence", "1821", "ASSAULT"),
    ATTACK("Attack", "Violence against civilians", "Political violence", "180", "ASSAULT"),
    ABDUCTION("Abduction/forced disappearance", "Violence against civilians", "Political violence", "181", "ASSAULT"),
    PEACEFUL_PROTEST("Peaceful protest", "Protests", "Demonstrations", "141", "PROTEST"),
    PROTEST_WITH_INTERVENTION("Protest with intervention", "Protests", "Demonstrations", "141", "PROTEST"),
    EXCESSIVE_FORCE("Excessive force against protesters", "Protests", "Political violence; Demonstrations", "175", "ASSAULT"),
    VIOLENT_DEMONSTRATION("Violent demonstration", "Riots", "Demonstrations", "145", "PROTEST"),
    MOB_VIOLENCE("Mob violence", "Riots", "Political violence", "145", "ASSAULT"),
    AGREEMENT("Agreement", "Strategic developments", "Strategic developments", "057", "AGREE"),
    ARRESTS("Arrests", "Strategic developments", "Strategic developments", "173", "COERCE"),
    CHANGE_TO_GROUP("Change to group/activity", "Strategic developments", "Strategic developments", null, "MOBILIZE"),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", "Strategic developments", "Strategic developments", "171", "COERCE"),
    HEADQUARTERS_ESTABLISHED("Headquarters or base established", "Strategic developments", "Strategic developments", "150", "MOBILIZE"),
    LOOTING("Looting/property destruction", "Strategic developments", "Strategic developments", "1712", "COERCE"),
    NON_VIOLENT_TRANSFER("Non-violent transfer of territory", "Strategic developments", "Strategic developments", "0874", "RETREAT"),
    OTHER("Other", "Strategic developments", "Strategic developments", null, null);

    private final String label;
    private final String eventType;
    private final String disorderType;
    private final String cameo;
    private final String plover;

    SubEventType(String label, String eventType, String disorderType, String cameo, String plover) {
        this.label = label;
        this.eventType = eventType;
        this.disorderType = disorderType;
        this.cameo = cameo;
        this.plover = plover;
    }

    public String label() {
        return label;
    }

    public String eventType() {
        return eventType;
    }

    public String disorderType() {
        return disorderType;
    }

    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

    public Optional<String> plover() {
        return Optional.ofNullable(plover);
    }

    /** The type whose codebook name is {@code label}. */
    public static Optional<SubEventType> byLabel(String label) {
        for (SubEventType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether the type involves violence or a change of territory (used for salience). */
    public boolean isViolent() {
        return disorderType.contains("Political violence");
    }
}
