package org.sitrep.geo.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesReaderTest {
    static final String HAJIN = "174506\tHajīn\tHajin\tHajine,Hajîne,هجين\t34.69508\t40.83138\tP\tPPLA3\tSY\t\t07"
            + "\t\t\t\t29237\t\t182\tAsia/Damascus\t2020-06-10";
    static final String MAN = "2284647\tMan\tMan\tMJC,Man\t7.41251\t-7.55383\tP\tPPLA\tCI\t\t78\t\t\t\t241969\t\t329"
            + "\tAfrica/Abidjan\t2022-12-14";

    @TempDir
    Path dir;

    @Test
    void aMalformedLineIsSkippedAndReportedWithItsLineNumber() throws IOException {
        Path dump = dir.resolve("XX.txt");
        Files.writeString(dump, HAJIN + "\n" + "123\tbroken\trow\n"
                + MAN.replace("7.41251", "north") + "\n" + MAN + "\n", StandardCharsets.UTF_8);
        List<GeoNamesRow> rows = new ArrayList<>();
        ReadReport report = GeoNamesReader.read(dump, rows::add);
        assertEquals(2, report.rows());
        assertEquals(2, report.skipped());
        assertTrue(report.problems().get(0).startsWith("line 2:"), report.problems().get(0));
        assertTrue(report.problems().get(1).startsWith("line 3: latitude"), report.problems().get(1));
        assertEquals(List.of(174506L, 2284647L), rows.stream().map(GeoNamesRow::geonameid).toList());
    }

    @Test
    void aRowKeepsItsNamesCodesAndPopulation() {
        GeoNamesRow row = GeoNamesReader.parse(HAJIN);
        assertEquals("Hajīn", row.name());
        assertEquals(List.of("Hajine", "Hajîne", "هجين"), row.alternateNames());
        assertEquals("SY.07", row.admin1Key());
        assertEquals("", row.admin2Key());
        assertEquals(29237, row.population());
    }

    @Test
    void rowsAreReadFromTheTextTableInsideAZip() throws IOException {
        Path zip = dir.resolve("SY.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a table".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("SY.txt"));
            out.write((HAJIN + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<GeoNamesRow> rows = new ArrayList<>();
        ReadReport report = GeoNamesReader.read(zip, rows::add);
        assertEquals(1, report.rows());
        assertEquals(0, report.skipped());
        assertEquals("Hajin", rows.get(0).asciiName());
    }

    @Test
    void aMissingDumpIsAOneLineUserError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoNamesReader.read(dir.resolve("nope.zip"), r -> { }));
        assertTrue(e.getMessage().startsWith("GeoNames dump not found"), e.getMessage());
    }

    @Test
    void adminTablesAreReadFromGeoNamesTextAndCitiesJson() throws IOException {
        Path tabbed = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(tabbed, "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792\nbroken\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("admin2.json");
        Files.writeString(json, "[{\"code\":\"TR.81.8631903\",\"name\":\"Saimbeyli\"}]", StandardCharsets.UTF_8);
        AdminNames names = AdminNames.read(tabbed).merge(AdminNames.read(json));
        assertEquals("Deir ez-Zor", names.name("SY.07").orElseThrow());
        assertEquals(170792L, names.id("SY.07").orElseThrow());
        assertEquals("Saimbeyli", names.name("TR.81.8631903").orElseThrow());
    }

    static void writeZip(Path zip, String entry, String content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
