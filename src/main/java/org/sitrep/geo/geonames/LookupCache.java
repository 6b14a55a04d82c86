package org.sitrep.geo.geonames;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitrep.model.Place;

/**
 * A bounded cache of candidate lists by normalised key and list size. When it reaches its capacity it is emptied and
 * starts again (cheap, and news mentions repeat within a run, so hot names come straight back). Thread-safe.
 */
final class LookupCache {
    private final int capacity;
    private final Map<String, List<Place>> entries = new ConcurrentHashMap<>();

    /** A cache of at most {@code capacity} entries; 0 caches nothing. */
    LookupCache(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The cached list for {@code key} and {@code max}, computed by {@code lookup} on a miss. */
    List<Place> get(String key, int max, Function<String, List<Place>> lookup) {
        if (capacity == 0) {
            return lookup.apply(key);
        }
        String cacheKey = max + "|" + key;
        List<Place> hit = entries.get(cacheKey);
        if (hit != null) {
            return hit;
        }
        List<Place> found = lookup.apply(key);
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(cacheKey, found);
        return found;
    }

    int size() {
        return entries.size();
    }
}
