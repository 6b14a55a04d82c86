package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.document.DocumentStage;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

/** Test support: hand-made report events and stored reports. */
public final class TestReports {
    public static final CodingVersions VERSIONS = new CodingVersions("sitrep test", "dict-1", "gaz-1");

    private TestReports() {
    }

    /** A battle-family event at a place and date with the given actors and fatalities. */
    public static Event event(String id, String eventType, String actor1, String actor2, String location,
                              double lat, double lon, LocalDate date, Long fatalities, double confidence) {
        String sub = switch (eventType) {
            case "Battles" -> "Armed clash";
            case "Protests" -> "Peaceful protest";
            case "Violence against civilians" -> "Attack";
            default -> "Shelling/artillery/missile attack";
        };
        String disorder = eventType.equals("Protests") ? "Demonstrations" : "Political violence";
        return new Event(id, disorder, eventType, sub, actor1, Optional.empty(), 2,
                Optional.ofNullable(actor2), Optional.empty(), Optional.ofNullable(actor2).map(a -> 1), 12, false,
                Optional.of(new Event.EventPlace("Nigeria", 566, Optional.of("Borno"), Optional.empty(), location,
                        lat, lon, 1, 2331447, "test place")),
                Optional.ofNullable(date), Optional.of(1), Optional.ofNullable(fatalities),
                Optional.ofNullable(fatalities).map(f -> "at least " + f), "asserted", "example.org",
                "Clash at " + location + ".", Optional.of("190"), Optional.of("ASSAULT"), confidence,
                List.of(new Evidence(new Span(0, 10), "the words")), List.of("trigger:clash", "place:test"));
    }

    /** A stored report of {@code text} (id = its content hash) with events numbered docid:0.. from the templates. */
    public static StoredReport report(String text, String url, String publisher, List<Event> templates) {
        String id = DocumentStage.contentHash(text);
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            events.add(withId(templates.get(i), id + ":" + i));
        }
        Document d = new Document(id, Optional.ofNullable(url), Optional.of("Title of " + id),
                Optional.of(LocalDate.of(2024, 3, 12)), "en", text);
        return new StoredReport(d, id, true, publisher == null ? List.of() : List.of(publisher),
                TextFingerprint.of(text), events, VERSIONS);
    }

    public static Event withId(Event e, String id) {
        return new Event(id, e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(), e.inter1(),
                e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(), e.place(),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(), e.source(),
                e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
    }

    public static Event withPlace(Event e, Event.EventPlace place) {
        return new Event(e.id(), e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(),
                Optional.of(place), e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(),
                e.factuality(), e.source(), e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
    }
}
