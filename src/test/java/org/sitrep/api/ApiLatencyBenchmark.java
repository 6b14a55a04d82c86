package org.sitrep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.sitrep.codebook.Countries;
import org.sitrep.store.jdbc.BulkFusedEvents;
import org.sitrep.store.jdbc.JdbcEventStore;

/**
 * Latency benchmark (not part of the build; BENCHMARKS.md, "API latency"): serves a store filled by
 * {@code StoreBenchmark fill} over real HTTP on localhost and times typical queries, one at a time, from a fixed
 * seed ({@code ADDRESS [ROUNDS [WARMUP]]}): warm-up rounds, then the measured rounds, each round one query of every
 * kind (interleaved so that load from other processes spreads over all kinds). Prints p50, p99 and the mean number matched per kind.
 */
public final class ApiLatencyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(10, rounds / 10);
        Map<String, Function<Random, String>> kinds = kinds();
        try (JdbcEventStore store = JdbcEventStore.open(address);
             ApiServer server = ApiServer.start(new ApiRoutes(store, Countries.load()), "127.0.0.1", 0)) {
            System.out.printf("store %s: %,d fused events%n", store.address(), store.counts().fusedEvents());
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            Random r = new Random(42);
            Map<String, long[]> nanos = new LinkedHashMap<>();
            Map<String, long[]> matched = new LinkedHashMap<>();
            kinds.keySet().forEach(k -> {
                nanos.put(k, new long[rounds]);
                matched.put(k, new long[rounds]);
            });
            for (int round = -warmup; round < rounds; round++) {
                for (Map.Entry<String, Function<Random, String>> k : kinds.entrySet()) {
                    String path = k.getValue().apply(r);
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException(path + " -> " + resp.statusCode() + " " + resp.body());
                    }
                    if (round >= 0) {
                        nanos.get(k.getKey())[round] = t;
                        matched.get(k.getKey())[round] = matched(resp.body());
                    }
                }
            }
            System.out.println("| query | p50 ms | p99 ms | mean matched |");
            System.out.println("|---|---:|---:|---:|");
            for (String k : kinds.keySet()) {
                long[] t = nanos.get(k).clone();
                Arrays.sort(t);
                System.out.printf("| %s | %.1f | %.1f | %,.0f |%n", k, t[t.length / 2] / 1e6,
                        t[Math.min(t.length - 1, (int) Math.ceil(t.length * 0.99) - 1)] / 1e6,
                        Arrays.stream(matched.get(k)).average().orElse(0));
            }
        }
    }

    private static long matched(String body) throws IOException {
        if (body.startsWith("event_id_cnty")) {
            return body.lines().count() - 1;
        }
        JsonNode n = JSON.readTree(body);
        return n.has("numberMatched") ? n.get("numberMatched").asLong() : n.get("total_count").asLong();
    }

    /** The query kinds, each a generator of request paths. */
    static Map<String, Function<Random, String>> kinds() {
        Map<String, Function<Random, String>> k = new LinkedHashMap<>();
        k.put("items: bbox 2x2 deg + 90-day datetime, limit 100", r -> {
            double[] box = BulkFusedEvents.countryBox(r.nextInt(BulkFusedEvents.COUNTRIES.size()));
            double w = box[0] + r.nextDouble() * 6;
            double s = box[1] + r.nextDouble() * 6;
            LocalDate from = day(r, 90);
            return "/collections/events/items?bbox=" + fmt(w) + "," + fmt(s) + "," + fmt(w + 2) + "," + fmt(s + 2)
                    + "&datetime=" + from + "/" + from.plusDays(89) + "&limit=100";
        });
        k.put("items: 30-day datetime only, limit 100", r -> {
            LocalDate from = day(r, 30);
            return "/collections/events/items?datetime=" + from + "/" + from.plusDays(29) + "&limit=100";
        });
        k.put("items: no filter, offset up to 100,000, limit 100", r ->
                "/collections/events/items?limit=100&offset=" + r.nextInt(100_000));
        k.put("acled: country + event_type + 180-day BETWEEN, limit 500", r -> {
            LocalDate from = day(r, 180);
            return "/api/events?country=" + enc(country(r)) + "&event_type="
                    + enc(BulkFusedEvents.TYPES.get(r.nextInt(3))) + "&event_date=" + from + "%7C" + from.plusDays(179)
                    + "&event_date_where=BETWEEN&limit=500";
        });
        k.put("acled: country + fatalities >= 10, limit 500", r ->
                "/api/events?country=" + enc(country(r)) + "&fatalities=10&fatalities_where=%3E%3D&limit=500");
        k.put("acled: country, limit 500, page 20-50 (offset 9,500-24,500)", r ->
                "/api/events?country=" + enc(country(r)) + "&limit=500&page=" + (20 + r.nextInt(31)));
        k.put("acled: 2 countries + actor1 part + year, CSV, limit 500", r -> {
            int year = 2020 + r.nextInt(5);
            return "/api/events?country=" + enc(country(r) + "|" + country(r)) + "&actor1=" + enc("actor " + r.nextInt(20))
                    + "&event_date=" + year + "-01-01%7C" + year + "-12-31&event_date_where=BETWEEN&limit=500&_format=csv";
        });
        return k;
    }

    private static LocalDate day(Random r, int span) {
        return BulkFusedEvents.FIRST_DAY.plusDays(r.nextInt(BulkFusedEvents.DAYS - span));
    }

    private static String country(Random r) {
        return BulkFusedEvents.COUNTRIES.get(r.nextInt(BulkFusedEvents.COUNTRIES.size()));
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
