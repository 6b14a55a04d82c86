package org.sitrep.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.codebook.Countries;
import org.sitrep.codebook.Country;
import org.sitrep.geo.RegionSeats;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

/**
 * Chooses where an event happened: the most specific place in its own sentence (the first mentioned of equals; its
 * container when the place read lies in another country than the container named right after it, as in "Wentworth,
 * Durban"), else the place the report was just talking about, else the report's main place; and gives ACLED's
 * geo_precision (1 town, 2 near a town or part of a region, 3 a larger region). An event located only by an admin
 * region is placed at the region's seat, one located only by a country at its capital, as ACLED codes them (rule
 * suffixes "+region-seat", "+capital"), with precision 2 (admin2) or 3.
 * Immutable; thread-safe.
 */
final class EventLocator {
    private static final Pattern NEAR = Pattern.compile("(?i)(near|outskirts of|outside|around|north of|south of|"
            + "east of|west of|northeast of|northwest of|southeast of|southwest of|km from|kilometres from|"
            + "kilometers from|miles from|vicinity of|close to|countryside of|countryside)\\s+(the\\s+)?"
            + "(town of\\s+|city of\\s+|village of\\s+)?$");
    private static final Pattern CONTAINER_GAP = Pattern.compile("(?i)^\\s*(,|\\(|,?\\s*in(\\s+the)?|"
            + "(area|areas|locality|suburb|township|village|villages|district|neighbou?rhood|part)\\s+of)\\s*$");
    private final Countries countries;
    private final RegionSeats seats;

    EventLocator(Countries countries, RegionSeats seats) {
        this.countries = countries;
        this.seats = seats;
    }

    /** The event's place, with the rule that chose it. */
    Optional<EventPlace> locate(String text, Span sentence, int triggerAt, List<ResolvedPlace> places,
                                List<Span> earlierSentences) {
        Optional<ResolvedPlace> inSentence = places.stream().filter(p -> sentence.contains(p.span()))
                .min(Comparator.comparingInt((ResolvedPlace p) -> specificity(p.place()))
                        .thenComparingInt(p -> p.span().start()));
        if (inSentence.isPresent() && !inSentence.get().place().isCountry()) {
            Optional<ResolvedPlace> container = foreignToItsContainer(text, inSentence.get(), places);
            if (container.isPresent()) {
                return Optional.of(toEventPlace(text, container.get(), "place-in-sentence+container"));
            }
            return Optional.of(toEventPlace(text, inSentence.get(), "place-in-sentence"));
        }
        for (int i = earlierSentences.size() - 1; i >= Math.max(0, earlierSentences.size() - 2); i--) {
            Span s = earlierSentences.get(i);
            Optional<ResolvedPlace> recent = places.stream().filter(p -> s.contains(p.span()))
                    .filter(p -> p.place().isPopulatedPlace()).findFirst();
            if (recent.isPresent()) {
                return Optional.of(toEventPlace(text, recent.get(), "place-of-previous-sentence"));
            }
        }
        if (inSentence.isPresent()) {
            return Optional.of(toEventPlace(text, inSentence.get(), "place-in-sentence"));
        }
        return mainPlace(places).map(p -> toEventPlace(text, p, "main-place-of-report"));
    }

    /**
     * The place named right after {@code p} as its container ("X, Y", "X in Y", "X area of Y") when the two readings
     * lie in different countries: one of them is a namesake, and the container, resolved on its own, is the surer.
     */
    private static Optional<ResolvedPlace> foreignToItsContainer(String text, ResolvedPlace p,
                                                                 List<ResolvedPlace> places) {
        return places.stream().filter(q -> q.span().start() >= p.span().end()).min(
                        Comparator.comparingInt(q -> q.span().start()))
                .filter(q -> CONTAINER_GAP.matcher(CodePoints.slice(text, new Span(p.span().end(), q.span().start())))
                        .matches())
                .filter(q -> !q.place().countryCode().equals(p.place().countryCode()));
    }

    /** The report's main place: the most mentioned populated place, earliest on ties; else the most specific region. */
    static Optional<ResolvedPlace> mainPlace(List<ResolvedPlace> places) {
        return places.stream().min(Comparator.comparingInt((ResolvedPlace p) -> specificity(p.place()) > 0 ? 1 : 0)
                .thenComparingLong(p -> -places.stream()
                        .filter(q -> q.place().geonameid() == p.place().geonameid()).count())
                .thenComparingInt(p -> specificity(p.place()))
                .thenComparingInt(p -> p.span().start()));
    }

    /** 0 populated place, 1 second-order region, 2 first-order region, 3 country or other. */
    static int specificity(Place p) {
        if (p.isPopulatedPlace()) {
            return 0;
        }
        if (p.isAdmin2()) {
            return 1;
        }
        return p.isAdmin1() ? 2 : 3;
    }

    Optional<Country> country(Place p) {
        return countries.byIso2(p.countryCode());
    }

    private EventPlace toEventPlace(String text, ResolvedPlace r, String rule) {
        Place p = r.place();
        int precision = switch (specificity(p)) {
            case 0 -> near(text, r.span()) || rule.endsWith("+container") ? 2 : 1;
            case 1 -> 2;
            default -> 3;
        };
        Optional<Country> c = country(p);
        String countryName = c.map(Country::name).orElse(p.country());
        int iso = c.map(Country::isoNumeric).orElse(0);
        String location = p.isCountry() ? countryName : p.name();
        String rules = rule + (specificity(p) == 0 && near(text, r.span()) ? "+near" : "");
        Optional<Place> seat = seats.seatOf(p).filter(s -> s.countryCode().equals(p.countryCode()));
        if (seat.isPresent()) {
            Place s = seat.get();
            return new EventPlace(countryName, iso, p.isCountry() ? s.admin1() : p.admin1(),
                    p.isAdmin2() ? p.admin2() : s.admin2(), s.name(), s.latitude(), s.longitude(), precision,
                    s.geonameid(), rules + (p.isCountry() ? "+capital" : "+region-seat"));
        }
        return new EventPlace(countryName, iso, p.admin1(), p.admin2(), location, p.latitude(), p.longitude(),
                precision, p.geonameid(), rules);
    }

    private static boolean near(String text, Span span) {
        int from = Math.max(0, span.start() - 40);
        String before = CodePoints.slice(text, new Span(from, span.start()));
        return NEAR.matcher(before).find();
    }
}
