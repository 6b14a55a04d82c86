package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Span;

class NerCacheTest {
    @TempDir
    Path dir;

    @Test
    void entitiesSurviveASaveAndAreKeyedByTextAndConfiguration() {
        List<EntityMention> entities = List.of(new EntityMention(new Span(0, 5), "Mosul", "LOCATION", 0),
                new EntityMention(new Span(9, 13), "a\tb\\c", "ORGANIZATION", 1));
        NerCache cache = NerCache.open(dir, "config-1");
        cache.put("Mosul was hit.", entities);
        cache.put("Nothing here.", List.of());
        cache.save();
        NerCache again = NerCache.open(dir, "config-1");
        assertEquals(entities, again.get("Mosul was hit.").orElseThrow());
        assertEquals(List.of(), again.get("Nothing here.").orElseThrow());
        assertTrue(again.get("Another text.").isEmpty());
        assertTrue(NerCache.open(dir, "config-2").get("Mosul was hit.").isEmpty(), "another NER set-up, no reuse");
    }
}
