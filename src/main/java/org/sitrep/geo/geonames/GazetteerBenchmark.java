package org.sitrep.geo.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.sitrep.geo.Gazetteer;

/**
 * Prints single-thread {@code candidates(name, 60)} lookups (what the resolver reads per toponym) per second on an index, without and with the in-memory
 * cache, on two name streams: 30 conflict-news names repeated, and 200,000 draws from a Zipf(1) distribution over
 * every indexed place name (most names looked up once or never; the cache starts cold). Also the index's size on
 * disk and the heap the cache took.
 * {@code java ... org.sitrep.geo.geonames.GazetteerBenchmark <indexDir> [seconds] [candidates]}. Not a test.
 */
public final class GazetteerBenchmark {
    private static final List<String> NAMES = List.of("Hajin", "Deir ez-Zor", "Dayr az Zawr", "Aleppo", "Mosul",
            "Kabul", "Kandahar", "Maiduguri", "Mogadishu", "Gao", "Kharkiv", "Bakhmut", "Aden", "Taiz", "El Fasher",
            "Springfield", "San Jose", "Man", "Paris", "Xyzzyville", "Ma'arrat al-Nu'man", "Al-Hasakah", "Idlib",
            "Syria", "Turkey", "Raqqa", "Tikrit", "Afrin", "Kobani", "Darnah");
    private static final int MAX = 60;
    private static final int ZIPF_DRAWS = 200_000;

    private GazetteerBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: GazetteerBenchmark <indexDir> [seconds] [candidates]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 5;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : MAX;
        try (LuceneGazetteer plain = LuceneGazetteer.open(dir, 0);
             LuceneGazetteer cached = LuceneGazetteer.open(dir)) {
            System.out.println(plain.describe());
            System.out.printf(Locale.ROOT, "index on disk: %.1f MB%n", diskBytes(dir) / 1e6);
            List<String> zipf = zipfStream(new ArrayList<>(plain.prominentNames(0)));
            double a = repeated(plain, seconds, max);
            double b = repeated(cached, seconds, max);
            System.out.printf(Locale.ROOT, "30 names repeated:        %,9.0f lookups/s uncached, %,11.0f cached "
                    + "(x%.1f)%n", a, b, b / a);
            long heapBefore = usedHeap();
            double c = once(plain, zipf, max);
            double d = once(cached, zipf, max);
            double e = once(cached, zipf, max);
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "Zipf over all %s names: %,9.0f lookups/s uncached, %,11.0f cached cold "
                    + "(x%.1f), %,.0f warm (x%.1f)%n", String.format(Locale.ROOT, "%,d",
                    plain.prominentNames(0).size()), c, d, d / c, e, e / c);
            System.out.printf(Locale.ROOT, "cache: %d entries, about %.0f MB of heap%n", cached.cacheSize(),
                    Math.max(0, heapAfter - heapBefore) / 1e6);
        } catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.exit(2);
        }
    }

    private static double repeated(Gazetteer g, long seconds, int max) {
        long hits = 0;
        for (int i = 0; i < 3000; i++) {
            hits += g.candidates(NAMES.get(i % NAMES.size()), max).size();
        }
        long lookups = 0;
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String name : NAMES) {
                hits += g.candidates(name, max).size();
            }
            lookups += NAMES.size();
        }
        blackhole(hits);
        return lookups / ((System.nanoTime() - start) / 1e9);
    }

    private static double once(Gazetteer g, List<String> names, int max) {
        long hits = 0;
        long start = System.nanoTime();
        for (String name : names) {
            hits += g.candidates(name, max).size();
        }
        blackhole(hits);
        return names.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** {@value #ZIPF_DRAWS} draws, rank r with probability proportional to 1/r, over the names in a fixed shuffle. */
    private static List<String> zipfStream(List<String> names) {
        names.sort(null);
        Random random = new Random(42);
        java.util.Collections.shuffle(names, random);
        double[] cumulative = new double[names.size()];
        double sum = 0;
        for (int r = 0; r < names.size(); r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        List<String> out = new ArrayList<>(ZIPF_DRAWS);
        for (int i = 0; i < ZIPF_DRAWS; i++) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            out.add(names.get(Math.min(names.size() - 1, at < 0 ? -at - 1 : at)));
        }
        return out;
    }

    private static long diskBytes(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static volatile long sink;

    private static void blackhole(long x) {
        sink += x;
    }
}
