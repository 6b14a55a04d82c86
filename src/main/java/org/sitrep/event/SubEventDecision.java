package org.sitrep.event;

import static org.sitrep.event.SubEventCues.AIRCRAFT;
import static org.sitrep.event.SubEventCues.AIR_ATTACKER;
import static org.sitrep.event.SubEventCues.ARMED_MEMBERS;
import static org.sitrep.event.SubEventCues.BASE_OBJECTS;
import static org.sitrep.event.SubEventCues.CIVILIAN_CAMPS;
import static org.sitrep.event.SubEventCues.CIVILIAN_VICTIMS;
import static org.sitrep.event.SubEventCues.CLEARED_OF;
import static org.sitrep.event.SubEventCues.CROWD;
import static org.sitrep.event.SubEventCues.DISPLACED_CROWD;
import static org.sitrep.event.SubEventCues.DISRUPTED_OBJECTS;
import static org.sitrep.event.SubEventCues.FIGHTING;
import static org.sitrep.event.SubEventCues.FORCES_AND_CROWD;
import static org.sitrep.event.SubEventCues.HARM;
import static org.sitrep.event.SubEventCues.HOSTILE;
import static org.sitrep.event.SubEventCues.LIVESTOCK_TAKEN;
import static org.sitrep.event.SubEventCues.MILITARY_TARGETS;
import static org.sitrep.event.SubEventCues.MISHAP;
import static org.sitrep.event.SubEventCues.NO_RESISTANCE;
import static org.sitrep.event.SubEventCues.OFF_DUTY;
import static org.sitrep.event.SubEventCues.ONLINE;
import static org.sitrep.event.SubEventCues.ORDINARY_CRIME;
import static org.sitrep.event.SubEventCues.PERSON_BURNED;
import static org.sitrep.event.SubEventCues.POLITICAL_RIVALS;
import static org.sitrep.event.SubEventCues.PROPERTY_TARGET;
import static org.sitrep.event.SubEventCues.QUIET_ENTRY;
import static org.sitrep.event.SubEventCues.SUICIDE;
import static org.sitrep.event.SubEventCues.UNIFORMS;
import static org.sitrep.event.SubEventCues.WEAPONS;
import static org.sitrep.event.SubEventCues.WEAPON_PROGRAMME;
import static org.sitrep.event.SubEventCues.airOffensive;
import static org.sitrep.event.SubEventCues.armedPassiveSubject;
import static org.sitrep.event.SubEventCues.mishap;
import static org.sitrep.event.SubEventCues.weaponsTaken;

import java.util.Optional;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.event.codebook.TriggerClass;

/**
 * Decides the ACLED sub-event type of a trigger from its family, its actors and cues in its sentence,
 * following the codebook's definitions (who acts on whom decides between Attack and Armed clash, and between
 * Government regains territory and Non-state actor overtakes territory; violence with no armed target named is
 * one-sided, an Attack; territory taken without resistance is a non-violent transfer). Stateless.
 */
final class SubEventDecision {
    record Decision(SubEventType type, String rule) {
    }

    /**
     * The type of one trigger, or empty when it makes no event. {@code afterTrigger} is the lowercased sentence from
     * the trigger on (where the targets of an active verb are named).
     */
    Optional<Decision> decide(TriggerClass cls, String sentenceLower, String afterTrigger, Optional<ActorEntry> agent,
                              Optional<ActorEntry> patient, boolean objectIsPlace, boolean killedInSentence) {
        return decide(cls, sentenceLower, afterTrigger, agent, patient, objectIsPlace, killedInSentence, true);
    }

    /**
     * As above; {@code patientFromStructure} is false when the patient was only inferred as the victims named in the
     * sentence (then it says nothing about who fought).
     */
    Optional<Decision> decide(TriggerClass cls, String sentenceLower, String afterTrigger, Optional<ActorEntry> agent,
                              Optional<ActorEntry> patient, boolean objectIsPlace, boolean killedInSentence,
                              boolean patientFromStructure) {
        return switch (cls) {
            case SUICIDE -> of(SubEventType.SUICIDE_BOMB, "suicide-trigger");
            case CHEMICAL -> mishap(sentenceLower, agent.isPresent()) ? Optional.empty() : of(SubEventType.CHEMICAL_WEAPON, "chemical-trigger");
            case AIR -> of(SubEventType.AIR_DRONE_STRIKE, "air-trigger");
            case SHELLING -> WEAPON_PROGRAMME.matcher(afterTrigger).find()
                    || MISHAP.matcher(sentenceLower).find() && !HOSTILE.matcher(sentenceLower).find() ? Optional.empty()
                    : AIR_ATTACKER.matcher(sentenceLower).find() ? of(SubEventType.AIR_DRONE_STRIKE, "missiles-from-aircraft")
                    : of(SubEventType.SHELLING, "shelling-trigger");
            case GRENADE -> of(SubEventType.GRENADE, "grenade-trigger");
            case IED -> mishap(sentenceLower, agent.isPresent()) ? Optional.empty()
                    : SUICIDE.matcher(sentenceLower).find() ? of(SubEventType.SUICIDE_BOMB, "ied-with-suicide")
                    : AIRCRAFT.matcher(sentenceLower).find() ? of(SubEventType.AIR_DRONE_STRIKE, "bombs-from-aircraft")
                    : of(SubEventType.REMOTE_EXPLOSIVE, "explosive-trigger");
            case TERRITORY, TERRITORY_FALL, TERRITORY_WEAK -> LIVESTOCK_TAKEN.matcher(afterTrigger).find() ? Optional.empty()
                    : cls != TriggerClass.TERRITORY_FALL
                    && weaponsTaken(sentenceLower, afterTrigger, objectIsPlace)
                    ? of(SubEventType.DISRUPTED_WEAPONS_USE, "weapons-seized") : territory(cls, sentenceLower, agent, objectIsPlace);
            case SEXUAL -> of(SubEventType.SEXUAL_VIOLENCE, "sexual-violence-trigger");
            case ABDUCT -> armedCaptured(agent, patient, sentenceLower)
                    ? of(SubEventType.ABDUCTION, "armed-personnel-captured") : of(SubEventType.ABDUCTION, "abduction-trigger");
            case ARREST -> ORDINARY_CRIME.matcher(sentenceLower).find() && !HOSTILE.matcher(sentenceLower).find()
                    ? Optional.empty()
                    : agent.filter(a -> a.inter() >= 2 && a.inter() <= 4).isPresent()
                    ? armedCaptured(agent, patient, sentenceLower) ? of(SubEventType.ABDUCTION, "armed-personnel-captured")
                    : of(SubEventType.ABDUCTION, "arrest-by-non-state-actor") : of(SubEventType.ARRESTS, "arrest-trigger");
            case PROTEST -> ProtestDecision.decide(sentenceLower, killedInSentence);
            case RIOT -> of(SubEventType.VIOLENT_DEMONSTRATION, "riot-trigger");
            case MOB -> of(SubEventType.MOB_VIOLENCE, "mob-trigger");
            case LOOT -> mishap(sentenceLower, agent.isPresent()) ? Optional.empty()
                    : PERSON_BURNED.matcher(sentenceLower).find() ? of(SubEventType.ATTACK, "person-burned")
                    : agent.filter(a -> a.inter() >= 5).isPresent() || CROWD.matcher(sentenceLower).find()
                    ? of(SubEventType.VIOLENT_DEMONSTRATION, "destruction-by-a-crowd")
                    : of(SubEventType.LOOTING, "looting-trigger");
            case DISRUPT -> DISRUPTED_OBJECTS.matcher(afterTrigger).find() || WEAPONS.matcher(sentenceLower).find()
                    ? of(SubEventType.DISRUPTED_WEAPONS_USE, "disrupted-weapons")
                    : (objectIsPlace || CLEARED_OF.matcher(afterTrigger).find()) && agent.isPresent()
                    ? territory(TriggerClass.TERRITORY, sentenceLower, agent, true)
                    : Optional.empty();
            case ATTACK, CLASH, KILL -> cls == TriggerClass.ATTACK && !killedInSentence
                    && PROPERTY_TARGET.matcher(afterTrigger).find() ? of(SubEventType.LOOTING, "attack-on-property")
                    : searchRaid(cls, afterTrigger, sentenceLower, agent, killedInSentence)
                    ? of(SubEventType.OTHER, "raid-by-state-forces")
                    : agent.isEmpty() && mishap(sentenceLower, false)
                    || cls == TriggerClass.ATTACK && ONLINE.matcher(sentenceLower).find() ? Optional.empty()
                    : (cls != TriggerClass.CLASH || airOffensive(sentenceLower, afterTrigger))
                    && AIR_ATTACKER.matcher(sentenceLower).find()
                    ? of(SubEventType.AIR_DRONE_STRIKE, "attack-from-the-air")
                    : agent.isEmpty() && patient.isEmpty() ? unnamedSides(cls, afterTrigger, sentenceLower, killedInSentence)
                    : violence(cls, afterTrigger, sentenceLower, agent, patient, patientFromStructure);
            case WITHDRAW -> agent.filter(ActorEntry::armed).isPresent()
                    ? of(SubEventType.NON_VIOLENT_TRANSFER, "withdrawal") : Optional.empty();
            case MASS_GRAVE -> of(SubEventType.OTHER, "mass-grave");
            case DISPLACEMENT -> DISPLACED_CROWD.matcher(sentenceLower).find()
                    ? of(SubEventType.OTHER, "mass-displacement") : Optional.empty();
            case BASE -> BASE_OBJECTS.matcher(afterTrigger).find()
                    ? of(SubEventType.HEADQUARTERS_ESTABLISHED, "base-trigger") : Optional.empty();
            case AGREEMENT -> of(SubEventType.AGREEMENT, "agreement-trigger");
            case CHANGE -> agent.or(() -> patient).filter(ActorEntry::armed).isPresent()
                    && !mishap(sentenceLower, agent.isPresent())
                    ? of(SubEventType.CHANGE_TO_GROUP, "group-change") : Optional.empty();
        };
    }

    /**
     * Soldiers, police or members of an armed group taken hostage or seized by another armed group (on duty). The
     * current codebook and CASE 2021 call it an abduction (its captives stay actor2); ACLED's pre-2019 coding made it
     * a battle, which {@code eval.events.AcledOldTypes} maps from the captives' inter code.
     */
    private static boolean armedCaptured(Optional<ActorEntry> agent, Optional<ActorEntry> patient, String sentence) {
        boolean armedTarget = patient.filter(ActorEntry::armed).isPresent();
        boolean armedTaker = agent.isEmpty() || agent.filter(ActorEntry::armed).isPresent();
        return armedTarget && armedTaker && !OFF_DUTY.matcher(sentence).find();
    }

    /**
     * "Police raided the newspaper office and closed it down": a raid by state forces that hurts no one and fights no
     * one is a search, a strategic development ("Other"; arrests made in it are coded as arrests), not violence.
     */
    private static boolean searchRaid(TriggerClass cls, String afterTrigger, String sentence, Optional<ActorEntry> agent,
                                      boolean killed) {
        return cls == TriggerClass.ATTACK && afterTrigger.startsWith("raid") && !killed
                && agent.filter(a -> a.inter() == 1).isPresent() && !HARM.matcher(sentence).find();
    }

    /**
     * Whether {@link #decide} returns empty for a trigger of this family in this sentence whatever the sentence
     * structure, when neither an agent nor a patient can be found (the sentence names no actor): territory,
     * withdrawal and group changes need an actor; seizures and disruptions without one need weapons named.
     */
    static boolean needsActor(TriggerClass cls, String sentenceLower) {
        boolean arms = WEAPONS.matcher(sentenceLower).find() || DISRUPTED_OBJECTS.matcher(sentenceLower).find();
        return switch (cls) {
            case TERRITORY_FALL, WITHDRAW, CHANGE -> true;
            case TERRITORY, TERRITORY_WEAK, DISRUPT -> !arms;
            default -> false;
        };
    }

    private static Optional<Decision> territory(TriggerClass cls, String s, Optional<ActorEntry> agent,
                                                boolean objectIsPlace) {
        if (cls != TriggerClass.TERRITORY_FALL && !objectIsPlace || agent.isEmpty()) {
            return Optional.empty();
        }
        int inter = agent.get().inter();
        if (cls == TriggerClass.TERRITORY_WEAK && agent.get().name().startsWith("Police")) {
            return Optional.empty();
        }
        if (agent.get().armed()) {
            if (NO_RESISTANCE.matcher(s).find() || QUIET_ENTRY.matcher(s).find() && !FIGHTING.matcher(s).find()) {
                return of(SubEventType.NON_VIOLENT_TRANSFER, "territory-without-resistance");
            }
        }
        if (inter == 1 || inter == 8) {
            return of(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "territory-by-state-forces");
        }
        return inter <= 4 ? of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "territory-by-non-state-actor")
                : Optional.empty();
    }

    /** Violence whose sides are not named: a clash is still a battle, a deadly attack is one on civilians. */
    private static Optional<Decision> unnamedSides(TriggerClass cls, String afterTrigger, String sentence,
                                                   boolean killed) {
        if (cls == TriggerClass.CLASH && POLITICAL_RIVALS.matcher(sentence).find()
                && !GroupActors.COMMUNAL.matcher(sentence).find()) {
            return of(SubEventType.VIOLENT_DEMONSTRATION, "clash-of-political-rivals");
        }
        if (cls == TriggerClass.CLASH) {
            return of(SubEventType.ARMED_CLASH, "clash-of-unnamed-sides");
        }
        if (cls == TriggerClass.ATTACK && (killed || CIVILIAN_VICTIMS.matcher(afterTrigger).find())) {
            return of(SubEventType.ATTACK, "deadly-attack-by-unnamed-perpetrator");
        }
        return Optional.empty();
    }

    private static Optional<Decision> violence(TriggerClass cls, String s, String sentence, Optional<ActorEntry> agent,
                                               Optional<ActorEntry> patient, boolean patientFromStructure) {
        if (agent.isEmpty() && patient.isEmpty()) {
            return Optional.empty();
        }
        if (cls == TriggerClass.CLASH && isForces(agent) != isForces(patient)
                && (isCrowd(agent) || (patientFromStructure || FORCES_AND_CROWD.matcher(sentence).find()) && isCrowd(patient))
                && !GroupActors.COMMUNAL.matcher(sentence).find()) {
            return of(SubEventType.VIOLENT_DEMONSTRATION, "clash-of-forces-and-crowd");
        }
        if (cls != TriggerClass.CLASH && patient.filter(p -> p.inter() == 1).isPresent()
                && OFF_DUTY.matcher(sentence).find()) {
            return of(SubEventType.ATTACK, "off-duty-security-personnel");
        }
        if (cls == TriggerClass.CLASH) {
            return of(SubEventType.ARMED_CLASH, "clash-between-two-sides");
        }
        if (patient.isPresent()) {
            int inter = patient.get().inter();
            if (inter == 7 && ARMED_MEMBERS.matcher(s).find()) {
                return of(SubEventType.ARMED_CLASH, "victims-of-an-armed-group");
            }
            if (inter == 7) {
                return of(SubEventType.ATTACK, "civilian-target");
            }
            if (inter == 6 || inter == 5) {
                return of(SubEventType.EXCESSIVE_FORCE, "force-against-demonstrators");
            }
            return of(SubEventType.ARMED_CLASH, "armed-target");
        }
        if (agent.get().inter() == 7) {
            return Optional.empty();
        }
        if (MILITARY_TARGETS.matcher(UNIFORMS.matcher(CIVILIAN_CAMPS.matcher(s).replaceAll(" "))
                .replaceAll(" ")).find()) {
            return of(SubEventType.ARMED_CLASH, "armed-context");
        }
        if (armedPassiveSubject(sentence, s)) {
            return of(SubEventType.ARMED_CLASH, "armed-passive-subject");
        }
        if (CIVILIAN_VICTIMS.matcher(s).find()) {
            return of(SubEventType.ATTACK, "civilian-victims");
        }
        return of(SubEventType.ATTACK, "one-sided-violence-default");
    }

    private static boolean isForces(Optional<ActorEntry> a) {
        return a.filter(x -> x.inter() == 1).isPresent();
    }

    /** Civilians, protesters or rioters: unarmed people who fight the police riot rather than battle. */
    private static boolean isCrowd(Optional<ActorEntry> a) {
        return a.filter(x -> x.inter() >= 5 && x.inter() <= 7).isPresent();
    }

    /** A decision of {@code type} by the rule named {@code rule} (the evidence the event carries). */
    static Optional<Decision> of(SubEventType type, String rule) {
        return Optional.of(new Decision(type, rule));
    }
}
