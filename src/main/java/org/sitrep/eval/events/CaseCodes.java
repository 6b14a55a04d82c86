package org.sitrep.eval.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CASE 2021 task 2 class codes and the ACLED sub-event types they stand for; the five classes ACLED does not code
 * (crime, disasters, diplomacy, attribution) all mean "no conflict event", scored as {@link #NONE}.
 */
public final class CaseCodes {
    /** The label of "no conflict event", for gold non-ACLED classes and for reports Sitrep gives no event. */
    public static final String NONE = "NO_EVENT";
    private static final Set<String> NON_ACLED = Set.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER",
            "DIPLO", "ATTRIB");
    private static final Map<String, String> CODE_BY_SUB_EVENT = Map.ofEntries(
            Map.entry("Abduction/forced disappearance", "ABDUCT_DISSAP"),
            Map.entry("Agreement", "AGREEMENT"),
            Map.entry("Air/drone strike", "AIR_STRIKE"),
            Map.entry("Armed clash", "ARMED_CLASH"),
            Map.entry("Arrests", "ARREST"),
            Map.entry("Shelling/artillery/missile attack", "ART_MISS_ATTACK"),
            Map.entry("Attack", "ATTACK"),
            Map.entry("Change to group/activity", "CHANGE_TO_GROUP_ACT"),
            Map.entry("Chemical weapon", "CHEM_WEAP"),
            Map.entry("Disrupted weapons use", "DISR_WEAP"),
            Map.entry("Excessive force against protesters", "FORCE_AGAINST_PROTEST"),
            Map.entry("Government regains territory", "GOV_REGAINS_TERIT"),
            Map.entry("Grenade", "GRENADE"),
            Map.entry("Headquarters or base established", "HQ_ESTABLISHED"),
            Map.entry("Mob violence", "MOB_VIOL"),
            Map.entry("Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER"),
            Map.entry("Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER"),
            Map.entry("Other", "OTHER"),
            Map.entry("Peaceful protest", "PEACE_PROTEST"),
            Map.entry("Looting/property destruction", "PROPERTY_DISTRUCT"),
            Map.entry("Protest with intervention", "PROTEST_WITH_INTER"),
            Map.entry("Remote explosive/landmine/IED", "REM_EXPLOS"),
            Map.entry("Sexual violence", "SEX_VIOL"),
            Map.entry("Suicide bomb", "SUIC_BOMB"),
            Map.entry("Violent demonstration", "VIOL_DEMONSTR"));

    private CaseCodes() {
    }

    /** The scored gold label of a CASE code: the code itself for ACLED classes, {@link #NONE} for the other five. */
    public static String goldLabel(String caseCode) {
        String c = caseCode.trim();
        if (NON_ACLED.contains(c)) {
            return NONE;
        }
        if (!CODE_BY_SUB_EVENT.containsValue(c)) {
            throw new IllegalArgumentException("unknown CASE 2021 class: " + c);
        }
        return c;
    }

    /** The CASE code of Sitrep's sub-event type, or {@link #NONE} when there is no event. */
    public static String predictedLabel(Optional<String> subEventType) {
        return subEventType.map(s -> Optional.ofNullable(CODE_BY_SUB_EVENT.get(s))
                .orElseThrow(() -> new IllegalArgumentException("not an ACLED sub-event type: " + s))).orElse(NONE);
    }

    public static boolean isAcled(String label) {
        return !NONE.equals(label);
    }
}
