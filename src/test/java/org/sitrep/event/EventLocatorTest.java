package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Countries;
import org.sitrep.geo.RegionSeats;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

/** Where an event is placed among the resolved places of its report (hand-written places, made-up ids). */
class EventLocatorTest {
    private static final Countries COUNTRIES = Countries.load();
    private static final Place REGION = new Place(-1, "Lower Vale", "A", "ADM1", "SO", "Somalia",
            Optional.of("Lower Vale"), Optional.empty(), 2.9, 42.0, 160_000);
    private static final Place SEAT = new Place(10, "Seatown", "P", "PPLA", "SO", "Somalia",
            Optional.of("Lower Vale"), Optional.of("Seatown District"), 3.8, 42.5, 12_000);
    private static final Place VILLAGE = new Place(11, "Smallville", "P", "PPL", "SO", "Somalia",
            Optional.of("Lower Vale"), Optional.empty(), 2.5, 41.8, 900);
    private static final Place COUNTRY = new Place(-2, "Somalia", "A", "PCLI", "SO", "Somalia", Optional.empty(),
            Optional.empty(), 6.0, 47.0, 10_000_000);
    private static final Place CAPITAL = new Place(12, "Capitol", "P", "PPLC", "SO", "Somalia",
            Optional.of("Coast"), Optional.empty(), 2.0, 45.3, 2_000_000);
    private static final RegionSeats SEATS = r -> r.equals(REGION) ? Optional.of(SEAT)
            : r.equals(COUNTRY) ? Optional.of(CAPITAL) : Optional.empty();

    private static ResolvedPlace at(String text, String name, Place place) {
        int start = text.indexOf(name);
        return new ResolvedPlace(new Span(start, start + name.length()), name, place, 0.9, "test");
    }

    private static EventPlace locate(String text, List<ResolvedPlace> places) {
        return new EventLocator(COUNTRIES, SEATS).locate(text, new Span(0, text.length()), text.indexOf("killing"),
                places, List.of()).orElseThrow();
    }

    @Test
    void anEventLocatedOnlyByItsRegionIsPlacedAtTheRegionsSeatWithPrecisionThree() {
        String text = "Jets struck positions in Lower Vale region killing 40.";
        EventPlace p = locate(text, List.of(at(text, "Lower Vale", REGION)));
        assertEquals("Seatown", p.location());
        assertEquals(3.8, p.latitude());
        assertEquals(Optional.of("Lower Vale"), p.admin1());
        assertEquals(3, p.geoPrecision());
        assertTrue(p.rule().endsWith("+region-seat"), p.rule());
    }

    @Test
    void aTownNamedInTheSentenceOutranksTheRegionsSeat() {
        String text = "Gunmen raided Smallville in Lower Vale region killing 4.";
        EventPlace p = locate(text, List.of(at(text, "Smallville", VILLAGE), at(text, "Lower Vale", REGION)));
        assertEquals("Smallville", p.location());
        assertEquals(1, p.geoPrecision());
    }

    @Test
    void withoutAKnownSeatTheRegionKeepsItsOwnPoint() {
        String text = "Jets struck positions in Lower Vale region killing 40.";
        EventPlace p = new EventLocator(COUNTRIES, RegionSeats.none()).locate(text, new Span(0, text.length()), 30,
                List.of(at(text, "Lower Vale", REGION)), List.of()).orElseThrow();
        assertEquals("Lower Vale", p.location());
        assertEquals(2.9, p.latitude());
        assertEquals(3, p.geoPrecision());
    }

    @Test
    void anEventLocatedOnlyByItsCountryIsPlacedAtTheCapitalWithItsAdmin1() {
        String text = "Students of the University of Somalia went on strike, killing time.";
        EventPlace p = locate(text, List.of(at(text, "Somalia", COUNTRY)));
        assertEquals("Capitol", p.location());
        assertEquals(Optional.of("Coast"), p.admin1());
        assertEquals(3, p.geoPrecision());
        assertTrue(p.rule().endsWith("+capital"), p.rule());
    }

    @Test
    void aCountryInTheSentenceYieldsToATownOfThePreviousSentence() {
        String text = "Workers marched in Smallville. Later a crowd from Somalia rioted, killing one.";
        int second = text.indexOf("Later");
        EventPlace p = new EventLocator(COUNTRIES, SEATS).locate(text, new Span(second, text.length()),
                text.indexOf("killing"), List.of(at(text, "Smallville", VILLAGE), at(text, "Somalia", COUNTRY)),
                List.of(new Span(0, second - 1))).orElseThrow();
        assertEquals("Smallville", p.location());
        assertEquals("place-of-previous-sentence", p.rule());
    }

    @Test
    void aTownReadAbroadGivesWayToTheContainerNamedAfterIt() {
        Place abroad = new Place(13, "Wentworth", "P", "PPL", "US", "United States", Optional.of("North Carolina"),
                Optional.empty(), 36.4, -79.8, 2_800);
        String text = "Protesters marched in Wentworth, Seatown, killing time.";
        EventPlace p = locate(text, List.of(at(text, "Wentworth", abroad), at(text, "Seatown", SEAT)));
        assertEquals("Seatown", p.location());
        assertEquals(2, p.geoPrecision());
        assertEquals("place-in-sentence+container", p.rule());
    }

    @Test
    void aTownInItsOwnCountrysContainerStays() {
        String text = "Protesters marched in Smallville, Seatown, killing time.";
        EventPlace p = locate(text, List.of(at(text, "Smallville", VILLAGE), at(text, "Seatown", SEAT)));
        assertEquals("Smallville", p.location());
    }
}
