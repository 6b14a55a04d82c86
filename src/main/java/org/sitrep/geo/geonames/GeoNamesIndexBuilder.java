package org.sitrep.geo.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.geo.CountryNames;
import org.sitrep.model.Place;

/**
 * Builds a Lucene gazetteer index from a GeoNames dump in two passes: region statistics first, then one document per
 * row plus synthetic country/ADM1/ADM2 entries for regions the dump has no row for (countries at GeoNames' own
 * point and id, {@link CountryPoints}, else their GeoNames shape's centre, {@link CountryShapes}; first-order regions at the centre of their share of that shape,
 * {@link RegionTerritories}; otherwise coordinates derived from the region's populated places,
 * {@link RegionAccumulator#derived}) and the continents ({@code /geo/continents.tsv})
 * when the dump has none. Not thread-safe.
 */
public final class GeoNamesIndexBuilder {
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final String REGION_SUFFIXES =
            "(?i)\\s+(governorate|province|district|region|state|oblast|county|municipality|prefecture|wilayah|raion)$";

    /** What a build produced. */
    public record BuildReport(long entries, long synthetic, ReadReport read, Duration took) {
    }

    private final AdminNames admin;
    private final CountryCentres centres;
    private final Consumer<String> progress;

    /** A builder naming regions from {@code admin} and reporting progress lines to {@code progress}. */
    public GeoNamesIndexBuilder(AdminNames admin, Consumer<String> progress) {
        this(admin, CountryCentres.empty(), progress);
    }

    /** As above; countries without a row of their own are placed at their point in {@code centres} if it has one. */
    GeoNamesIndexBuilder(AdminNames admin, CountryCentres centres, Consumer<String> progress) {
        this.admin = admin;
        this.centres = centres;
        this.progress = progress;
    }

    /** Replaces any index in {@code indexDir} with one built from {@code dump}; input errors are one-line IAEs. */
    public BuildReport build(Path dump, Path indexDir) {
        Instant start = Instant.now();
        RegionAccumulator regions = new RegionAccumulator();
        RegionTerritories territories = new RegionTerritories();
        progress.accept("gazetteer: pass 1/2 over " + dump.getFileName() + " (region statistics)");
        ReadReport first = GeoNamesReader.read(dump, row -> {
            regions.add(row);
            territories.add(row);
        });
        progress.accept("gazetteer: " + first.summary());
        Map<String, CountryCentres.Point> regionPoints = territories.centres(centres);
        if (!regionPoints.isEmpty()) {
            progress.accept("gazetteer: " + regionPoints.size() + " first-order regions placed in their share of "
                    + "the country shapes");
        }
        try {
            Files.createDirectories(indexDir);
            IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
                progress.accept("gazetteer: pass 2/2 (indexing into " + indexDir + ")");
                long[] count = {0};
                GeoNamesReader.read(dump, row -> {
                    add(writer, toPlace(row, regions), names(row), row.population());
                    if (++count[0] % PROGRESS_EVERY == 0) {
                        progress.accept("gazetteer: " + count[0] + " rows indexed");
                    }
                });
                long synthetic = addSynthetic(writer, regions, regionPoints);
                if (!regions.hasContinents()) {
                    synthetic += addContinents(writer);
                }
                writer.setLiveCommitData(Map.of("source", dump.getFileName().toString(),
                        "built", Instant.now().toString(), "rows", Long.toString(count[0]),
                        "synthetic", Long.toString(synthetic), "skipped", Long.toString(first.skipped())).entrySet());
                writer.forceMerge(1);
                writer.commit();
                Duration took = Duration.between(start, Instant.now());
                progress.accept("gazetteer: " + (count[0] + synthetic) + " entries (" + synthetic
                        + " synthetic regions) in " + took.toSeconds() + " s");
                return new BuildReport(count[0] + synthetic, synthetic, first, took);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private long addSynthetic(IndexWriter writer, RegionAccumulator regions,
                              Map<String, CountryCentres.Point> regionPoints) {
        long added = 0;
        List<String> codes = new ArrayList<>();
        regions.codes().forEach(codes::add);
        codes.sort(null);
        for (String code : codes) {
            Optional<RegionAccumulator.Derived> derived = regions.derived(code);
            if (regions.hasOwnRow(code) || derived.isEmpty()) {
                continue;
            }
            String[] parts = code.split("\\.");
            String cc = parts[0];
            String country = CountryNames.englishName(cc);
            RegionAccumulator.Derived d = derived.get();
            Place place;
            List<String> names;
            if (parts.length == 1) {
                Optional<CountryCentres.Point> centre = centres.of(cc);
                place = new Place(centres.geonameid(cc).orElse(syntheticId(code)), country, "A", "PCLI", cc, country,
                        Optional.empty(), Optional.empty(), centre.map(CountryCentres.Point::latitude).orElse(d.latitude()),
                        centre.map(CountryCentres.Point::longitude).orElse(d.longitude()), d.weight());
                names = CountryNames.namesOf(cc);
            } else {
                Optional<String> name = admin.name(code);
                if (name.isEmpty()) {
                    continue;
                }
                boolean first = parts.length == 2;
                Optional<String> admin1 = first ? name : admin1Name(parts[0] + "." + parts[1], regions);
                Optional<CountryCentres.Point> territory = first ? Optional.ofNullable(regionPoints.get(code))
                        : Optional.empty();
                place = new Place(admin.id(code).orElse(syntheticId(code)), name.get(), "A", first ? "ADM1" : "ADM2",
                        cc, country, admin1, first ? Optional.empty() : name,
                        territory.map(CountryCentres.Point::latitude).orElse(d.latitude()),
                        territory.map(CountryCentres.Point::longitude).orElse(d.longitude()), d.weight());
                names = regionNames(name.get());
            }
            add(writer, place, names, d.weight());
            added++;
        }
        return added;
    }

    /** The continents of {@code /geo/continents.tsv} (GeoNames' own CONT rows), weighted above any country. */
    private static long addContinents(IndexWriter writer) {
        try (java.io.InputStream in = GeoNamesIndexBuilder.class.getResourceAsStream("/geo/continents.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource /geo/continents.tsv is missing from the build");
            }
            long added = 0;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 4) {
                    continue;
                }
                List<String> names = new ArrayList<>(List.of(f[1]));
                if (f.length > 4 && !f[4].isBlank()) {
                    names.addAll(List.of(f[4].split(",")));
                }
                Place place = new Place(Long.parseLong(f[0]), f[1], "L", "CONT", "", "", Optional.empty(),
                        Optional.empty(), Double.parseDouble(f[2]), Double.parseDouble(f[3]), 0);
                add(writer, place, names, Long.MAX_VALUE / 2);
                added++;
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Place toPlace(GeoNamesRow row, RegionAccumulator regions) {
        Optional<String> admin1 = row.admin1Key().isEmpty() ? Optional.empty() : admin1Name(row.admin1Key(), regions);
        Optional<String> admin2 = row.admin2Key().isEmpty() ? Optional.empty()
                : admin.name(row.admin2Key()).or(() -> regions.ownName(row.admin2Key()));
        String country = row.countryCode().isEmpty() ? "" : CountryNames.englishName(row.countryCode());
        return new Place(row.geonameid(), row.name(), row.featureClass(), row.featureCode(), row.countryCode(),
                country, admin1, admin2, row.latitude(), row.longitude(), row.population());
    }

    private Optional<String> admin1Name(String code, RegionAccumulator regions) {
        return admin.name(code).or(() -> regions.ownName(code));
    }

    /** Name, ASCII name and the Latin-script alternate names that are not airport or other short codes. */
    static Set<String> names(GeoNamesRow row) {
        Set<String> names = new LinkedHashSet<>();
        names.add(row.name());
        names.add(row.asciiName());
        for (String alt : row.alternateNames()) {
            if (isLatin(alt) && !alt.matches("[A-Z0-9]{2,5}") && !alt.contains("http")) {
                names.add(alt);
            }
        }
        if (row.featureCode().startsWith("PCL") && !row.countryCode().isEmpty()) {
            names.addAll(CountryNames.namesOf(row.countryCode()));
        }
        if ("A".equals(row.featureClass())) {
            names.addAll(regionNames(row.name()));
        }
        return names;
    }

    private static List<String> regionNames(String name) {
        String bare = name.replaceAll(REGION_SUFFIXES, "");
        return bare.isBlank() || bare.equals(name) ? List.of(name) : List.of(name, bare);
    }

    private static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static long syntheticId(String code) {
        long hash = 0xcbf29ce484222325L;
        for (char c : code.toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        return -1 - (hash & 0x3FFF_FFFF_FFFFL);
    }

    private static void add(IndexWriter writer, Place place, java.util.Collection<String> names, long weight) {
        try {
            writer.addDocument(PlaceDocuments.toDocument(place, names, weight));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
