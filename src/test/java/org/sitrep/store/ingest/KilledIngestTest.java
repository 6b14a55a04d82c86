package org.sitrep.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.document.DocumentStage;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.jdbc.JdbcEventStore;

/** kill -9 in the middle of an ingest, then a rerun: every document stored exactly once, nothing reported lost. */
class KilledIngestTest {
    private static final int DOCUMENTS = 30;
    private static final String[] WORDS = ("river market road bridge village town district convoy checkpoint school "
            + "hospital mosque church farm field well camp base airport port station hill valley forest border "
            + "morning evening night week residents officials witnesses elders traders farmers herders students "
            + "teachers nurses drivers fishermen chiefs pastors imams youths women children police army navy").split(" ");

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidIngestAndRerunStoresEveryDocumentExactlyOnce() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Random random = new Random(42);
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Gunmen attacked the area and " + (i + 3) + " people were killed.");
            for (int w = 0; w < 60; w++) {
                text.append(w % 12 == 0 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append('.');
            Files.writeString(folder.resolve(String.format("r%02d.txt", i)), text.toString());
            hashes.add(DocumentStage.contentHash(DocumentStage.english().apply(
                    new org.sitrep.source.FileSource().read(folder.resolve(String.format("r%02d.txt", i)))).text()));
        }
        Path db = dir.resolve("sitrep.db");

        Process first = child(db, folder, 150);
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; reported.size() < 8 && (line = out.readLine()) != null; ) {
                if (line.startsWith("stored ")) {
                    reported.add(line.substring(7));
                }
            }
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(8, reported.size(), "the child reported stored documents before it was killed");

        try (JdbcEventStore store = JdbcEventStore.open("sqlite:" + db)) {
            StoreCounts afterKill = store.counts();
            assertTrue(afterKill.documents() >= 8 && afterKill.documents() < DOCUMENTS, afterKill.toString());
            for (String id : reported) {
                assertTrue(store.documentWithContentHash(id).isPresent(), "reported stored but lost: " + id);
            }
        }

        Process second = child(db, folder, 0);
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.endsWith("done\n"), output);

        try (JdbcEventStore store = JdbcEventStore.open("sqlite:" + db)) {
            StoreCounts done = store.counts();
            assertEquals(DOCUMENTS, done.documents(), done.toString());
            assertEquals(DOCUMENTS, done.events(), "each document's events stored once: " + done);
            for (String hash : hashes) {
                assertTrue(store.documentWithContentHash(hash).isPresent(), "missing " + hash);
            }
        }
    }

    private static Process child(Path db, Path folder, long delayMillis) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), db.toString(), folder.toString(), Long.toString(delayMillis))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
