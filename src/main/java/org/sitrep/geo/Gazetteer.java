package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Looks up places by name. Implementations are immutable after opening and safe for concurrent readers.
 */
public interface Gazetteer extends AutoCloseable {

    /**
     * Entries whose name, ASCII name or an alternate name equals {@code name} after normalisation
     * (case, diacritics, punctuation, transliteration variants), best-known first (countries, regions, then
     * places by population); at most {@code max}.
     */
    List<Place> candidates(String name, int max);

    /**
     * True when some entry has {@code name} itself (name, ASCII name or an alternate name after normalisation) and
     * not only a name with the same transliteration-tolerant consonant skeleton, which {@link #candidates} falls
     * back to.
     */
    boolean hasExactName(String name);

    /** The entry with this GeoNames id. */
    Optional<Place> byId(long geonameid);

    /** The country entry for an ISO 3166-1 alpha-2 code, with coordinates derived from GeoNames data. */
    Optional<Place> country(String countryCode);

    /**
     * Names of well-known places: first-order regions and populated places of at least {@code minPopulation}
     * people (for curating NER; never every name, which would turn common words into places).
     */
    java.util.Set<String> prominentNames(long minPopulation);

    /**
     * The capital of a country or the seat of a first- or second-order region ({@link RegionSeats#seatOf}); empty
     * when this gazetteer keeps no seats. The first call may scan the whole gazetteer once.
     */
    default Optional<Place> seatOf(Place region) {
        return Optional.empty();
    }

    /** Human-readable description of the data behind this gazetteer, with its size. */
    String describe();

    @Override
    void close();
}
