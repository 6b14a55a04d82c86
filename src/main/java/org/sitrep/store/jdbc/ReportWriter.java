package org.sitrep.store.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.StoreOutcome;
import org.sitrep.store.StoredReport;

/**
 * Writes one report inside the caller's transaction: checks again for the same URL or content (a duplicate adds its
 * publisher to the stored document instead), then the document, its publishers, MinHash bands and events, then
 * fuses each event. Single use.
 */
final class ReportWriter {
    private static final int SNIPPET = 300;
    private final Handle h;
    private final long now;
    private final FusionTables fusion;

    ReportWriter(Handle h, long now, FusionTables fusion) {
        this.h = h;
        this.now = now;
        this.fusion = fusion;
    }

    StoreOutcome write(StoredReport r) {
        Document d = r.document();
        Optional<String> byUrl = d.url().flatMap(u -> h.createQuery("SELECT id FROM documents WHERE url = :u")
                .bind("u", u).mapTo(String.class).findFirst());
        if (byUrl.isPresent()) {
            return new StoreOutcome(StoreOutcome.Kind.SAME_URL, byUrl.get(), List.of());
        }
        Optional<String> byHash = h.createQuery("SELECT id FROM documents WHERE content_hash = :c")
                .bind("c", r.contentHash()).mapTo(String.class).findFirst();
        if (byHash.isPresent()) {
            publishers(byHash.get(), r);
            return new StoreOutcome(StoreOutcome.Kind.SAME_CONTENT, byHash.get(), List.of());
        }
        h.createUpdate("INSERT INTO documents (id, url, content_hash, title, published, language, snippet, relevant,"
                        + " fingerprint, pipeline_version, dictionary_version, gazetteer_version, stored_at)"
                        + " VALUES (:id, :url, :hash, :title, :published, :language, :snippet, :relevant, :fingerprint,"
                        + " :pv, :dv, :gv, :now)")
                .bind("id", d.id()).bind("url", d.url().orElse(null)).bind("hash", r.contentHash())
                .bind("title", d.title().map(t -> cut(t, 1000)).orElse(null))
                .bind("published", d.published().map(LocalDate::toString).orElse(null))
                .bind("language", d.language()).bind("snippet", cut(d.text(), SNIPPET))
                .bind("relevant", r.relevant() ? 1 : 0).bind("fingerprint", r.fingerprint().hex())
                .bind("pv", r.versions().pipeline()).bind("dv", r.versions().dictionaries())
                .bind("gv", r.versions().gazetteer()).bind("now", now).execute();
        publishers(d.id(), r);
        PreparedBatch bands = h.prepareBatch("INSERT INTO document_bands (band_key, document_id) VALUES (:k, :d)");
        for (long key : distinct(r.fingerprint().bandKeys())) {
            bands.bind("k", key).bind("d", d.id()).add();
        }
        bands.execute();
        long seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM events").mapTo(Long.class).one();
        String sql = "INSERT INTO events (id, seq, document_id, ordinal, fused_id, " + EventColumns.list()
                + ", pipeline_version, dictionary_version, gazetteer_version, stored_at) VALUES (:id, :seq, :doc,"
                + " :ordinal, :id, " + EventColumns.parameters() + ", :pv, :dv, :gv, :now)";
        int ordinal = 0;
        for (Event e : r.events()) {
            EventColumns.bind(h.createUpdate(sql), e).bind("id", e.id()).bind("seq", ++seq).bind("doc", d.id())
                    .bind("ordinal", ordinal++).bind("pv", r.versions().pipeline())
                    .bind("dv", r.versions().dictionaries()).bind("gv", r.versions().gazetteer()).bind("now", now)
                    .execute();
        }
        List<String> publishers = FusionTables.publishers(h, d.id());
        List<String> fused = new ArrayList<>();
        for (Event e : r.events()) {
            fused.add(fusion.fuse(h, new SourceEvent(e, d.id(), publishers), now));
        }
        return new StoreOutcome(StoreOutcome.Kind.STORED, d.id(), fused);
    }

    private void publishers(String documentId, StoredReport r) {
        String url = r.document().url().orElse("");
        for (String p : r.publishers()) {
            long known = h.createQuery("SELECT COUNT(*) FROM document_publishers WHERE document_id = :d AND publisher = :p"
                            + " AND url = :u").bind("d", documentId).bind("p", p).bind("u", url).mapTo(Long.class).one();
            if (known == 0) {
                h.createUpdate("INSERT INTO document_publishers (document_id, publisher, url, seen_at)"
                                + " VALUES (:d, :p, :u, :t)")
                        .bind("d", documentId).bind("p", p).bind("u", url).bind("t", now).execute();
            }
        }
    }

    private static long[] distinct(long[] keys) {
        return java.util.Arrays.stream(keys).distinct().toArray();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(max - 1, s.codePointCount(0, s.length()) - 1))) + "…";
    }
}
