package org.sitrep.store.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.document.DocumentStage;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;
import org.sitrep.source.SourceItem;
import org.sitrep.store.CodingVersions;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreOutcome;
import org.sitrep.store.StoredReport;
import org.sitrep.store.TextFingerprint;

/**
 * Ingests source items into an event store in two steps: {@link #prepare} (thread-safe, run in parallel: skips what
 * is stored by URL, content hash or near-duplicate fingerprint, cleans, filters for relevance, codes) and
 * {@link #commit} (one thread, in input order: stores each report in its own transaction, so a killed run loses
 * nothing it reported stored and a rerun skips it). Documents are identified by the hash of their clean text.
 */
public final class Ingester {
    /** Estimated Jaccard similarity of word 3-shingles above which a report is a wire copy of a stored one. */
    public static final double NEAR_DUPLICATE = 0.7;

    private final EventStore store;
    private final DocumentStage documents;
    private final Function<RawArticle, Extraction> coder;
    private final RelevanceFilter relevance;
    private final CodingVersions versions;

    /** @param coder the pipeline: codes an article given as clean text (format GIVEN, id = content hash) */
    public Ingester(EventStore store, DocumentStage documents, Function<RawArticle, Extraction> coder,
                    RelevanceFilter relevance, CodingVersions versions) {
        this.store = Objects.requireNonNull(store);
        this.documents = Objects.requireNonNull(documents);
        this.coder = Objects.requireNonNull(coder);
        this.relevance = Objects.requireNonNull(relevance);
        this.versions = Objects.requireNonNull(versions);
    }

    /** An item after the parallel step: either finished (skip or failure, maybe adding a publisher) or a report. */
    public record Prepared(String origin, Optional<IngestOutcome> finished, Optional<StoredReport> report,
                           Optional<String> publisher, Optional<String> url) {
    }

    /** Codes and stores every item in order on this thread, handing each outcome to {@code sink}. */
    public void run(Stream<SourceItem> items, Consumer<IngestOutcome> sink) {
        items.forEach(item -> sink.accept(commit(prepare(item))));
    }

    /** The parallel step; never throws for a bad item. */
    public Prepared prepare(SourceItem item) {
        if (item instanceof SourceItem.Failed f) {
            return finished(f.origin(), IngestOutcome.Kind.FAILED, "source: " + f.reason(), "", Optional.empty(),
                    Optional.empty());
        }
        SourceItem.Article a = (SourceItem.Article) item;
        RawArticle raw = a.article();
        String origin = raw.origin();
        Optional<String> publisher = a.publisher().or(() -> raw.url().flatMap(SourceItem::host));
        if (raw.url().isPresent()) {
            Optional<String> same = store.documentWithUrl(raw.url().get());
            if (same.isPresent()) {
                return finished(origin, IngestOutcome.Kind.SKIPPED, "same URL", same.get(), Optional.empty(), raw.url());
            }
        }
        try {
            Document doc = documents.apply(new RawArticle(Optional.empty(), origin, raw.format(), raw.body(), raw.title(),
                    raw.published(), raw.url()));
            String hash = DocumentStage.contentHash(doc.text());
            Optional<String> same = store.documentWithContentHash(hash);
            if (same.isPresent()) {
                return finished(origin, IngestOutcome.Kind.SKIPPED, "same text", same.get(), publisher, raw.url());
            }
            TextFingerprint fingerprint = TextFingerprint.of(doc.text());
            Optional<String> near = store.nearDuplicate(fingerprint, NEAR_DUPLICATE);
            if (near.isPresent()) {
                return finished(origin, IngestOutcome.Kind.SKIPPED, "near-duplicate", near.get(), publisher, raw.url());
            }
            boolean relevant = relevance.trigger(doc.title().orElse("") + "\n" + doc.text()).isPresent();
            List<Event> events = List.of();
            if (relevant) {
                events = coder.apply(new RawArticle(Optional.of(doc.id()), origin, RawArticle.Format.GIVEN, doc.text(),
                        doc.title(), doc.published(), doc.url())).events();
            }
            StoredReport report = new StoredReport(doc, hash, relevant, publisher.stream().toList(), fingerprint, events,
                    versions);
            return new Prepared(origin, Optional.empty(), Optional.of(report), publisher, raw.url());
        } catch (StageFailure f) {
            return finished(origin, IngestOutcome.Kind.FAILED, f.stage() + ": " + f.reason(), "", Optional.empty(),
                    Optional.empty());
        }
    }

    /** The storing step, called on one thread in input order. */
    public IngestOutcome commit(Prepared p) {
        if (p.finished().isPresent()) {
            IngestOutcome o = p.finished().get();
            if (o.kind() == IngestOutcome.Kind.SKIPPED && p.publisher().isPresent()) {
                store.addPublisher(o.documentId(), p.publisher().get(), p.url());
            }
            return o;
        }
        StoredReport r = p.report().orElseThrow();
        if (store.documentWithContentHash(r.contentHash()).isEmpty()) {
            Optional<String> near = store.nearDuplicate(r.fingerprint(), NEAR_DUPLICATE);
            if (near.isPresent()) {
                p.publisher().ifPresent(pub -> store.addPublisher(near.get(), pub, p.url()));
                return new IngestOutcome(p.origin(), IngestOutcome.Kind.SKIPPED, "near-duplicate", near.get(), 0);
            }
        }
        StoreOutcome o = store.store(r);
        return switch (o.kind()) {
            case STORED -> new IngestOutcome(p.origin(), r.relevant() ? IngestOutcome.Kind.STORED
                    : IngestOutcome.Kind.NOT_RELEVANT, "", o.documentId(), r.events().size());
            case SAME_URL -> new IngestOutcome(p.origin(), IngestOutcome.Kind.SKIPPED, "same URL", o.documentId(), 0);
            case SAME_CONTENT -> new IngestOutcome(p.origin(), IngestOutcome.Kind.SKIPPED, "same text", o.documentId(), 0);
        };
    }

    private static Prepared finished(String origin, IngestOutcome.Kind kind, String reason, String documentId,
                                     Optional<String> publisher, Optional<String> url) {
        return new Prepared(origin, Optional.of(new IngestOutcome(origin, kind, reason, documentId, 0)), Optional.empty(),
                publisher, url);
    }
}
