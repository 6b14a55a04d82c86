package org.sitrep.event;

/** Writes ACLED-style one-sentence notes from an event's coded fields (never copying the report's wording). */
final class NoteWriter {
    private NoteWriter() {
    }

    static String note(EventCandidate c) {
        StringBuilder s = new StringBuilder();
        c.date().ifPresent(d -> s.append("On ").append(d).append(", "));
        s.append(c.type().label()).append(": ").append(c.actor1());
        c.actor2().ifPresent(a -> s.append(" vs. ").append(a));
        c.place().ifPresent(p -> {
            s.append(" in ").append(p.location());
            p.admin1().filter(a -> !a.equals(p.location())).ifPresent(a -> s.append(", ").append(a));
            if (!p.country().equals(p.location())) {
                s.append(", ").append(p.country());
            }
        });
        c.fatalities().ifPresent(f -> s.append(". Fatalities: ").append(f));
        if (!c.factuality().equals(FactualityClassifier.ASSERTED)) {
            s.append(" (").append(c.factuality()).append(")");
        }
        return s.append('.').toString();
    }
}
