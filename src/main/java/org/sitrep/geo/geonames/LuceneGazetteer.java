package org.sitrep.geo.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.ToponymKeys;
import org.sitrep.model.Place;

/**
 * The GeoNames gazetteer on a Lucene index built by {@link GeoNamesIndexBuilder}: exact normalised-key matches first,
 * the transliteration-tolerant key only when there are none; candidate lists and countries are cached in memory
 * (bounded). Immutable after {@link #open} apart from its caches; safe for concurrent readers.
 */
public final class LuceneGazetteer implements Gazetteer {
    private final Path location;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final LookupCache cache;
    private final Map<String, Optional<Place>> countries = new java.util.concurrent.ConcurrentHashMap<>();
    /** Built on the first {@link #seatOf} call (one scan of the stored places), then read-only. */
    private volatile SeatTable seats;

    /** Candidate lists kept in memory by default (a few tens of MB at most). */
    public static final int DEFAULT_CACHE_ENTRIES = 100_000;

    private LuceneGazetteer(Path location, FSDirectory directory, DirectoryReader reader, int cacheEntries) {
        this.location = location;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.cache = new LookupCache(cacheEntries);
    }

    /** Opens the index in {@code dir}; IllegalArgumentException with a one-line reason when there is none. */
    public static LuceneGazetteer open(Path dir) {
        return open(dir, DEFAULT_CACHE_ENTRIES);
    }

    /** As {@link #open(Path)}, caching at most {@code cacheEntries} candidate lists (0: none, for benchmarks). */
    public static LuceneGazetteer open(Path dir, int cacheEntries) {
        if (!Files.isDirectory(dir)) {
            throw noIndex(dir);
        }
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir);
            return new LuceneGazetteer(dir, directory, DirectoryReader.open(directory), cacheEntries);
        } catch (IndexNotFoundException e) {
            closeQuietly(directory);
            throw noIndex(dir);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IllegalArgumentException("cannot open gazetteer index " + dir + ": " + e.getMessage());
        }
    }

    @Override
    public List<Place> candidates(String name, int max) {
        String key = ToponymKeys.key(name);
        if (key.isEmpty() || max <= 0) {
            return List.of();
        }
        return cache.get(key, max, k -> lookup(k, max));
    }

    /** Index lookup by exact key, then by the loose key (which depends on the exact key only). */
    private List<Place> lookup(String key, int max) {
        List<Place> exact = search(new TermQuery(new Term(PlaceDocuments.KEY, key)), max);
        if (!exact.isEmpty()) {
            return exact;
        }
        String loose = ToponymKeys.looseKey(key);
        return loose.length() < 4 ? List.of() : search(new TermQuery(new Term(PlaceDocuments.LOOSE, loose)), max);
    }

    @Override
    public boolean hasExactName(String name) {
        String key = ToponymKeys.key(name);
        return !key.isEmpty() && !search(new TermQuery(new Term(PlaceDocuments.KEY, key)), 1).isEmpty();
    }

    /** Candidate lists cached now. */
    int cacheSize() {
        return cache.size();
    }

    @Override
    public Optional<Place> byId(long geonameid) {
        return search(new TermQuery(new Term(PlaceDocuments.ID, Long.toString(geonameid))), 1).stream().findFirst();
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return countries.computeIfAbsent(countryCode, this::findCountry);
    }

    private Optional<Place> findCountry(String countryCode) {
        return search(new TermQuery(new Term(PlaceDocuments.COUNTRY_OF, countryCode)), 5).stream()
                .filter(p -> "PCLI".equals(p.featureCode())).findFirst()
                .or(() -> search(new TermQuery(new Term(PlaceDocuments.COUNTRY_OF, countryCode)), 1).stream()
                        .findFirst());
    }

    @Override
    public Optional<Place> seatOf(Place region) {
        if (!region.isCountry() && !region.isAdmin1() && !region.isAdmin2()) {
            return Optional.empty();
        }
        SeatTable table = seats;
        if (table == null) {
            synchronized (this) {
                if (seats == null) {
                    seats = buildSeatTable();
                }
                table = seats;
            }
        }
        return table.seatOf(region);
    }

    @Override
    public java.util.Set<String> prominentNames(long minPopulation) {
        java.util.Set<String> names = new java.util.HashSet<>();
        forEachPlace(p -> {
            if (p.isAdmin1() || p.isPopulatedPlace() && p.population() >= minPopulation) {
                names.add(p.name());
            }
        });
        return java.util.Set.copyOf(names);
    }

    /** The seats of all regions: one pass over the stored feature codes, full entries read for seats only. */
    private SeatTable buildSeatTable() {
        SeatTable table = new SeatTable();
        java.util.Set<String> codeOnly = java.util.Set.of("fcode");
        try {
            StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String code = stored.document(doc, codeOnly).get("fcode");
                if ("PPLC".equals(code) || "PPLA".equals(code) || "PPLA2".equals(code)) {
                    table.add(PlaceDocuments.toPlace(stored.document(doc)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + location, e);
        }
        return table;
    }

    /** Every live entry of the index, in index order. */
    private void forEachPlace(java.util.function.Consumer<Place> action) {
        try {
            StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    action.accept(PlaceDocuments.toPlace(stored.document(doc)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + location, e);
        }
    }

    @Override
    public String describe() {
        try {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            return "GeoNames gazetteer (Lucene) at " + location + ": " + reader.numDocs() + " entries from "
                    + data.getOrDefault("source", "?") + " (" + data.getOrDefault("synthetic", "?")
                    + " synthetic regions, built " + data.getOrDefault("built", "?") + ")";
        } catch (IOException e) {
            return "GeoNames gazetteer (Lucene) at " + location + ": " + reader.numDocs() + " entries";
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Place> search(Query query, int max) {
        try {
            TopDocs top = searcher.search(query, max, PlaceDocuments.RANK);
            StoredFields stored = searcher.storedFields();
            List<Place> places = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                places.add(PlaceDocuments.toPlace(stored.document(hit.doc)));
            }
            return List.copyOf(places);
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer lookup failed in " + location, e);
        }
    }

    private static IllegalArgumentException noIndex(Path dir) {
        return new IllegalArgumentException("no gazetteer index at " + dir + " (build one with the gazetteer installer)");
    }

    private static void closeQuietly(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failure is the error worth reporting
            }
        }
    }
}
