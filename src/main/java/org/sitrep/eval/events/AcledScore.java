package org.sitrep.eval.events;

import org.sitrep.model.GreatCircle;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.eval.events.GoldFiles.AcledNote;
import org.sitrep.model.Event;

/**
 * Field agreement of Sitrep's first event with the ACLED coding of a note: old event type, interaction (the pair of
 * inter codes, order-free), admin1 (names compared without accents, punctuation and words such as "province"),
 * location within 25 km, fatalities (none = 0, ACLED's convention) and event date. A note with no event disagrees
 * on every field. Not thread-safe.
 */
public final class AcledScore {
    static final double NEAR_KM = 25;
    private static final Pattern ADMIN_WORDS = Pattern.compile("\\b(province|region|state|governorate|county|district|"
            + "division|prefecture|department|municipality|territory|capital|city|of|the)\\b");
    private final ClassScores types = new ClassScores();
    private int notes;
    private int withEvent;
    private int interaction;
    private int admin1;
    private int near;
    private int fatalities;
    private int date;

    /** Scores one note; a disagreement on type, interaction, place or fatalities comes back as a line for analysis. */
    public Optional<String> add(AcledNote note, Optional<Event> first) {
        notes++;
        String type = first.map(e -> AcledOldTypes.of(e.eventType(), e.subEventType(), e.inter2().orElse(0)))
                .orElse(CaseCodes.NONE);
        types.add(note.eventType(), type);
        if (first.isEmpty()) {
            return Optional.of(line(note, type, "-", "-", "-", "-"));
        }
        withEvent++;
        Event e = first.get();
        boolean okInter = samePair(note.inter1(), note.inter2(), e.inter1(), e.inter2().orElse(0));
        boolean okAdmin = e.place().flatMap(Event.EventPlace::admin1).map(a -> sameAdmin(a, note.admin1())).orElse(false);
        double km = e.place().map(p -> GreatCircle.km(p.latitude(), p.longitude(), note.latitude(), note.longitude()))
                .orElse(Double.POSITIVE_INFINITY);
        long dead = e.fatalities().orElse(0L);
        interaction += okInter ? 1 : 0;
        admin1 += okAdmin ? 1 : 0;
        near += km <= NEAR_KM ? 1 : 0;
        fatalities += dead == note.fatalities() ? 1 : 0;
        date += e.eventDate().map(d -> d.equals(note.eventDate())).orElse(false) ? 1 : 0;
        if (type.equals(note.eventType()) && okInter && km <= NEAR_KM && dead == note.fatalities()) {
            return Optional.empty();
        }
        return Optional.of(line(note, type, e.inter1() + "/" + e.inter2().orElse(0),
                e.place().map(p -> p.location() + (km == Double.POSITIVE_INFINITY ? "" : String.format(Locale.ROOT,
                        " %.0fkm", km))).orElse("-"), Long.toString(dead), String.join(" ", e.rules())));
    }

    private static String line(AcledNote n, String type, String inter, String place, String dead, String rules) {
        return String.join("\t", "acled", n.id(), n.eventType(), type, n.inter1() + "/" + n.inter2(), inter,
                n.location(), place, Integer.toString(n.fatalities()), dead, rules, n.notes());
    }

    static boolean samePair(int a1, int a2, int b1, int b2) {
        return Math.min(a1, a2) == Math.min(b1, b2) && Math.max(a1, a2) == Math.max(b1, b2);
    }

    static boolean sameAdmin(String predicted, String gold) {
        String p = key(predicted);
        String g = key(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.equals(g) || p.contains(g) || g.contains(p));
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = ADMIN_WORDS.matcher(s).replaceAll(" ");
        return s.replaceAll("[^a-z]", "");
    }

    public ClassScores types() {
        return types;
    }

    public double share(String field) {
        int n = switch (field) {
            case "event_type" -> (int) Math.round(types.accuracy() * notes);
            case "interaction" -> interaction;
            case "admin1" -> admin1;
            case "location25" -> near;
            case "fatalities" -> fatalities;
            case "event_date" -> date;
            case "with_event" -> withEvent;
            default -> throw new IllegalArgumentException(field);
        };
        return notes == 0 ? 0 : (double) n / notes;
    }

    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "ACLED notes: %d, with an event %d (%.3f)", notes, withEvent,
                share("with_event")));
        lines.add(String.format(Locale.ROOT, "  agreement: event_type %.3f, interaction %.3f, admin1 %.3f, "
                        + "location within %.0f km %.3f, fatalities %.3f, event_date %.3f", share("event_type"),
                share("interaction"), share("admin1"), NEAR_KM, share("location25"), share("fatalities"),
                share("event_date")));
        lines.addAll(types.table());
        return lines;
    }
}
