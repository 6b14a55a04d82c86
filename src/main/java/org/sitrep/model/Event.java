package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event in ACLED's terms, as one report tells it. Absent values are unknown (null in results);
 * ACLED's own conventions for unknowns (0 fatalities, empty strings) belong to the ACLED export.
 *
 * @param subEventType one of ACLED's 25 sub-event types, exactly as the codebook names it
 * @param interaction  ACLED interaction code (lower inter code first; inter*10 for a sole actor)
 * @param factuality   asserted | reported | possible | denied
 * @param confidence   0..1
 * @param rules        the rules that chose type, actors, place, date and fatalities
 */
public record Event(String id, String disorderType, String eventType, String subEventType,
                    String actor1, Optional<String> assocActor1, int inter1,
                    Optional<String> actor2, Optional<String> assocActor2, Optional<Integer> inter2, int interaction,
                    boolean civilianTargeting,
                    Optional<EventPlace> place, Optional<LocalDate> eventDate, Optional<Integer> timePrecision,
                    Optional<Long> fatalities, Optional<String> fatalitiesText, String factuality, String source,
                    String notes, Optional<String> cameo, Optional<String> plover, double confidence,
                    List<Evidence> evidence, List<String> rules) {
    public Event {
        Objects.requireNonNull(id);
        Objects.requireNonNull(disorderType);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(subEventType);
        Objects.requireNonNull(actor1);
        Objects.requireNonNull(factuality);
        Objects.requireNonNull(source);
        Objects.requireNonNull(notes);
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** Where an event happened, in ACLED's geography fields. */
    public record EventPlace(String country, int iso, Optional<String> admin1, Optional<String> admin2,
                             String location, double latitude, double longitude, int geoPrecision,
                             long geonameid, String rule) {
        public EventPlace {
            Objects.requireNonNull(country);
            Objects.requireNonNull(location);
            if (geoPrecision < 1 || geoPrecision > 3) {
                throw new IllegalArgumentException("geo_precision must be 1..3");
            }
        }
    }
}
