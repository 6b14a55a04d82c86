package org.sitrep.store.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.store.TestReports;

/**
 * Test support: a coder without CoreNLP. Every report gives one clash at Kukawa (or at Lagos when the text names it)
 * on its publication date (default 2024-03-10), with the first number in the text as fatalities; optional delay.
 */
public final class StubCoder implements Function<RawArticle, Extraction> {
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,4})\\b");
    private final long delayMillis;

    public StubCoder(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Extraction apply(RawArticle a) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String id = a.id().orElseThrow();
        Document d = new Document(id, a.url(), a.title(), a.published(), "en", a.body());
        Matcher m = NUMBER.matcher(a.body());
        Long dead = m.find() ? Long.valueOf(m.group(1)) : null;
        boolean lagos = a.body().contains("Lagos");
        Event e = TestReports.event(id + ":0", "Battles", "Military Forces of Nigeria (2023-)", "Boko Haram",
                lagos ? "Lagos" : "Kukawa", lagos ? 6.45 : 12.92, lagos ? 3.39 : 13.56,
                a.published().orElse(LocalDate.of(2024, 3, 10)), dead, 0.6);
        return new Extraction(d, List.of(), List.of(e));
    }
}
