package org.sitrep.eval.events;

/**
 * Maps Sitrep's (2019+) ACLED event and sub-event types onto the event types ACLED used before 2019, as in the
 * 2016 notes: battles split by territory outcome, all explosions as "Remote violence", protests and riots as
 * "Riots/Protests", and strategic developments split off for territory transfers and new bases. Two 2019 sub-event
 * types took events the old schema counted as violence against civilians: mob violence (rioters against civilians,
 * interaction 57) and excessive force against protesters (state forces against protesters, interaction 16).
 */
public final class AcledOldTypes {
    private AcledOldTypes() {
    }

    public static String of(String eventType, String subEventType) {
        return switch (subEventType) {
            case "Government regains territory" -> "Battle-Government regains territory";
            case "Non-state actor overtakes territory" -> "Battle-Non-state actor overtakes territory";
            case "Non-violent transfer of territory" -> "Non-violent transfer of territory";
            case "Headquarters or base established" -> "Headquarters or base established";
            case "Mob violence", "Excessive force against protesters" -> "Violence against civilians";
            default -> switch (eventType) {
                case "Battles" -> "Battle-No change of territory";
                case "Explosions/Remote violence" -> "Remote violence";
                case "Violence against civilians" -> "Violence against civilians";
                case "Protests", "Riots" -> "Riots/Protests";
                case "Strategic developments" -> "Strategic development";
                default -> throw new IllegalArgumentException("not an ACLED event type: " + eventType);
            };
        };
    }
}
