package org.sitrep.geo.geonames;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints single-thread {@code candidates(name, 10)} lookups per second on an index:
 * {@code java ... org.sitrep.geo.geonames.GazetteerBenchmark <indexDir> [seconds]}. Not a test.
 */
public final class GazetteerBenchmark {
    private static final List<String> NAMES = List.of("Hajin", "Deir ez-Zor", "Dayr az Zawr", "Aleppo", "Mosul",
            "Kabul", "Kandahar", "Maiduguri", "Mogadishu", "Gao", "Kharkiv", "Bakhmut", "Aden", "Taiz", "El Fasher",
            "Springfield", "San Jose", "Man", "Paris", "Xyzzyville", "Ma'arrat al-Nu'man", "Al-Hasakah", "Idlib",
            "Syria", "Turkey", "Raqqa", "Tikrit", "Afrin", "Kobani", "Darnah");

    private GazetteerBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: GazetteerBenchmark <indexDir> [seconds]");
            System.exit(2);
        }
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(Path.of(args[0]))) {
            System.out.println(gazetteer.describe());
            long hits = 0;
            for (int i = 0; i < 2000; i++) {
                hits += gazetteer.candidates(NAMES.get(i % NAMES.size()), 10).size();
            }
            long lookups = 0;
            long start = System.nanoTime();
            long deadline = start + seconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (String name : NAMES) {
                    hits += gazetteer.candidates(name, 10).size();
                }
                lookups += NAMES.size();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d lookups in %.1f s: %.0f lookups/s (one thread, %d candidates seen)%n",
                    lookups, elapsed, lookups / elapsed, hits);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
