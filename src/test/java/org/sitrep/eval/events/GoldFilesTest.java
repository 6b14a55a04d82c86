package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small files written for the test in the gold files' formats. */
class GoldFilesTest {
    @TempDir
    Path dir;

    @Test
    void caseSnippetsAreReadAfterTheHeader() throws IOException {
        Path f = Files.writeString(dir.resolve("c.tsv"), "id\tEventSnippet\tSubType\n"
                + "7\tRebels shelled the town.\tART_MISS_ATTACK\n");
        List<GoldFiles.CaseSnippet> s = GoldFiles.caseSnippets(f);
        assertEquals(1, s.size());
        assertEquals("ART_MISS_ATTACK", s.get(0).code());
    }

    @Test
    void acledNotesKeepQuotedCommasAndLineBreaks() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), ",data_id,notes,event_type,inter1,inter2,country,admin1,"
                + "location,latitude,longitude,fatalities,event_date\n"
                + "0,11,\"Police fired, \"\"it is said\"\",\non students.\",Riots/Protests,1,6,Kenya,Nairobi,Nairobi,"
                + "-1.28,36.82,2,2016-07-04\n");
        GoldFiles.AcledNote n = GoldFiles.acledNotes(f).get(0);
        assertEquals("Police fired, \"it is said\",\non students.", n.notes());
        assertEquals(6, n.inter2());
        assertEquals(2, n.fatalities());
        assertEquals(LocalDate.of(2016, 7, 4), n.eventDate());
    }

    @Test
    void ploverRecordsSkipTheDocumentationRecord() throws IOException {
        Path f = Files.writeString(dir.resolve("p.json"), "[{\"id\":\"D\",\"event\":\"DOCUMENT\"},"
                + "{\"id\":\"X-1\",\"event\":\"FIGHT\",\"date\":\"2001-02-03\",\"text\":\"Troops fought rebels.\"}]");
        List<GoldFiles.PloverRecord> r = GoldFiles.ploverRecords(f);
        assertEquals(1, r.size());
        assertEquals("FIGHT", r.get(0).event());
        assertTrue(r.get(0).date().isPresent());
    }
}
