package org.sitrep.eval.events;

/**
 * Maps Sitrep's (2019+) ACLED event and sub-event types onto the event types ACLED used before 2019, as in the
 * 2016 notes: battles split by territory outcome, explosions as "Remote violence", protests and riots as
 * "Riots/Protests", and strategic developments split off for territory transfers and new bases. Two 2019 sub-event
 * types took events the old schema counted as violence against civilians: mob violence (rioters against civilians,
 * interaction 57) and excessive force against protesters (state forces against protesters, interaction 16).
 * <p>
 * The old schema defined remote violence as violence whose tool "did not require the physical presence of the
 * perpetrator" (bombs, IEDs, mortars, missiles, air strikes). A suicide bomber and a man throwing a hand grenade are
 * present, so the old schema coded those attacks by their target, as any other attack in person: on civilians as
 * violence against civilians, on an armed actor as a battle; with no target named they stay remote violence.
 * Violence against civilians was violence against unarmed people, so soldiers, police or militiamen taken captive
 * by an armed group (an abduction in the current codebook and in CASE 2021) were a battle.
 */
public final class AcledOldTypes {
    private AcledOldTypes() {
    }

    /** The old type with no knowledge of the target (suicide bombs and grenades stay remote violence). */
    public static String of(String eventType, String subEventType) {
        return of(eventType, subEventType, 0);
    }

    /** The old type; {@code inter2} is the inter code of the event's second actor (its target), 0 when none. */
    public static String of(String eventType, String subEventType, int inter2) {
        return switch (subEventType) {
            case "Government regains territory" -> "Battle-Government regains territory";
            case "Non-state actor overtakes territory" -> "Battle-Non-state actor overtakes territory";
            case "Non-violent transfer of territory" -> "Non-violent transfer of territory";
            case "Headquarters or base established" -> "Headquarters or base established";
            case "Mob violence", "Excessive force against protesters" -> "Violence against civilians";
            case "Abduction/forced disappearance" -> inter2 >= 1 && inter2 <= 4 || inter2 == 8
                    ? "Battle-No change of territory" : "Violence against civilians";
            case "Suicide bomb", "Grenade" -> inter2 == 7 ? "Violence against civilians"
                    : inter2 >= 1 && inter2 <= 4 || inter2 == 8 ? "Battle-No change of territory" : "Remote violence";
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
