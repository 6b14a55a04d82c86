package org.sitrep.geo.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

class LookupCacheTest {
    private static final List<Place> HAJIN = List.of(new Place(174506, "Hajin", "P", "PPL", "SY", "Syria",
            Optional.empty(), Optional.empty(), 34.7, 40.8, 37000));

    @Test
    void aRepeatedKeyIsLookedUpOnceAndTheListSizeIsPartOfTheKey() {
        LookupCache cache = new LookupCache(10);
        AtomicInteger lookups = new AtomicInteger();
        assertSame(HAJIN, cache.get("hajin", 25, k -> { lookups.incrementAndGet(); return HAJIN; }));
        assertSame(HAJIN, cache.get("hajin", 25, k -> { lookups.incrementAndGet(); return List.of(); }));
        assertEquals(1, lookups.get());
        cache.get("hajin", 1, k -> { lookups.incrementAndGet(); return HAJIN.subList(0, 1); });
        assertEquals(2, lookups.get());
    }

    @Test
    void aFullCacheStartsAgainAndAZeroCapacityCachesNothing() {
        LookupCache cache = new LookupCache(2);
        cache.get("a", 1, k -> List.of());
        cache.get("b", 1, k -> List.of());
        cache.get("c", 1, k -> List.of());
        assertEquals(1, cache.size());
        LookupCache none = new LookupCache(0);
        none.get("a", 1, k -> List.of());
        assertEquals(0, none.size());
    }
}
