package org.sitrep.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusionRule;

/**
 * The event database: stored reports, their events, the fused events they make up and a change feed. Every write
 * is one transaction, committed before the call returns. Implementations are thread-safe; writes are meant to come
 * from one thread at a time.
 */
public interface EventStore extends AutoCloseable {
    /** The stored document with this URL, if any. */
    Optional<String> documentWithUrl(String url);

    /** The stored document whose clean text has this hash, if any. */
    Optional<String> documentWithContentHash(String contentHash);

    /** The stored document most similar to this fingerprint with estimated similarity >= {@code minSimilarity}. */
    Optional<String> nearDuplicate(TextFingerprint fingerprint, double minSimilarity);

    /** Records one more publisher (and URL) of a stored document; false when already known. */
    boolean addPublisher(String documentId, String publisher, Optional<String> url);

    /** Stores a report with its events and fuses them with stored events, in one transaction. */
    StoreOutcome store(StoredReport report);

    /** Calls {@code sink} with every fused event matching the query, ordered by event date (unknown last) then id. */
    void forEachFusedEvent(EventQuery query, Consumer<StoredEvent> sink);

    /**
     * One page of the fused events matching a query, in the order of {@link #forEachFusedEvent}: at most {@code limit}
     * (>= 1) from position {@code offset} (>= 0), with how many match in all. Filters, order, paging and the count run
     * in the database.
     */
    EventPage fusedEventPage(EventQuery query, long offset, int limit);

    /** The fused events matching a query, ordered by event date (unknown last) then id. */
    default List<StoredEvent> fusedEvents(EventQuery query) {
        List<StoredEvent> all = new ArrayList<>();
        forEachFusedEvent(query, all::add);
        return all;
    }

    /** One fused event with every source's own coding. */
    Optional<FusedEvent> fusedEvent(String id);

    /** The fused events the events of a stored document now belong to, in the document's event order. */
    List<String> fusedIdsOfDocument(String documentId);

    /** The versions of the pipeline, dictionaries and gazetteer that coded a stored report event. */
    Optional<CodingVersions> codingVersions(String eventId);

    /** The URL a stored document was first read from, if it had one. */
    Optional<String> documentUrl(String documentId);

    /**
     * Keeps the full clean text of a stored document (only where the operator allows full texts); false when the
     * document is unknown or its text is already kept.
     */
    boolean keepText(String documentId, String text);

    /** The full clean text kept for a document, if any. */
    Optional<String> documentText(String documentId);

    /** The publishers recorded for a stored document, in the order they were seen. */
    List<String> publishers(String documentId);

    /** The start of a stored document's clean text as stored (its first few hundred characters), if stored. */
    Optional<String> documentSnippet(String documentId);

    /** Changes committed after {@code since} (exclusive), oldest first, at most {@code limit}. */
    List<Change> changesSince(Instant since, int limit);

    /** Re-fuses every stored report event from scratch (in stored order) and logs what changed. */
    RebuildReport rebuildFusion(FusionRule rule);

    StoreCounts counts();

    @Override
    void close();
}
