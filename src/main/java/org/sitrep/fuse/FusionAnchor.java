package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What fusion compares a new report event with: the founding report's type family, place and date, and the union of
 * the specific actors every source named (as comparison keys, {@link FusionRule#actorKeys}). Blocking keys ({@link #cell}, {@link #date}) never change once founded.
 *
 * @param latitude  decimal degrees (WGS 84)
 * @param longitude decimal degrees (WGS 84)
 * @param precision ACLED geo_precision of the founding place (1 exact .. 3 region)
 * @param region    "country|admin1" of the founding place ({@link FusionRule#region}), a second blocking key
 */
public record FusionAnchor(String fusedId, String family, Set<String> actors, double latitude, double longitude,
                           int precision, String region, LocalDate date) {
    public FusionAnchor {
        Objects.requireNonNull(fusedId);
        Objects.requireNonNull(family);
        Objects.requireNonNull(region);
        Objects.requireNonNull(date);
        actors = Set.copyOf(actors);
    }

    /** The grid cell of the anchor's place. */
    public long cell() {
        return GridCells.cell(latitude, longitude);
    }
}
