package org.sitrep.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.source.SourceItem;
import org.sitrep.store.EventStore;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.export.JsonEventFields;
import static org.sitrep.api.ApiResponses.JSON;
import static org.sitrep.api.ApiResponses.base;
import static org.sitrep.api.ApiResponses.coordinates;
import static org.sitrep.api.ApiResponses.idSegment;
import static org.sitrep.api.ApiResponses.json;
import static org.sitrep.api.ApiResponses.stored;

/**
 * {@code POST /api/documents}: codes and stores one report the way {@code sitrep ingest} does (skip what is stored,
 * clean, filter for relevance, NLP, geo, events, store with fusion), after the token check. 201 with the document id
 * and its fused events when stored, 200 when it was already stored (same URL, same text or a wire copy).
 * Reports are coded in parallel, at most one per core (others wait up to a minute, then get a 503); the storing step
 * runs one request at a time. Thread-safe.
 */
final class DocumentRoutes {
    private final EventStore store;
    private final Optional<Ingester> ingester;
    private final ApiAuth auth;
    private final ApiConfig config;
    private final Object commitLock = new Object();
    private final Semaphore coding = new Semaphore(Runtime.getRuntime().availableProcessors());

    DocumentRoutes(EventStore store, Optional<Ingester> ingester, ApiAuth auth, ApiConfig config) {
        this.store = store;
        this.ingester = ingester;
        this.auth = auth;
        this.config = config;
    }

    void post(Context ctx) {
        auth.requireWrite(ctx);
        Ingester in = ingester.orElseThrow(() -> new ApiProblem(403, "Writes disabled",
                "this server was started without a pipeline for writes"));
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new ApiProblem(415, "Unsupported media type", "send the report as application/json: {\"text\": …}");
        }
        DocumentSubmission s = DocumentSubmission.parse(body(ctx));
        Ingester.Prepared prepared;
        try {
            if (!coding.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new ApiProblem(503, "Busy", "every core is coding a report: try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Busy", "interrupted while waiting to code the report");
        }
        try {
            prepared = in.prepare(new SourceItem.Article(s.article(), s.publisher()));
        } catch (RuntimeException e) {
            // the pipeline could not load (no gazetteer index, no models): the server cannot code reports now
            throw new ApiProblem(503, "Pipeline unavailable", "reports cannot be coded now: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            coding.release();
        }
        IngestOutcome o;
        synchronized (commitLock) {
            o = in.commit(prepared);
        }
        if (config.fullText() && o.kind() == IngestOutcome.Kind.STORED) {
            store.keepText(o.documentId(), prepared.report().orElseThrow().document().text());
        }
        if (o.kind() == IngestOutcome.Kind.FAILED) {
            throw new ApiProblem(422, "Report not coded", o.reason());
        }
        boolean created = o.kind() == IngestOutcome.Kind.STORED || o.kind() == IngestOutcome.Kind.NOT_RELEVANT;
        List<String> fusedIds = store.fusedIdsOfDocument(o.documentId()).stream().distinct().toList();
        String base = base(ctx);
        ctx.status(created ? 201 : 200);
        if (!fusedIds.isEmpty()) {
            ctx.header("Location", base + "/api/events/" + idSegment(fusedIds.get(0)));
        }
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeStringField("document_id", o.documentId());
            g.writeStringField("status", switch (o.kind()) {
                case STORED -> "stored";
                case NOT_RELEVANT -> "not_relevant";
                default -> "already_stored";
            });
            if (!o.reason().isEmpty()) {
                g.writeStringField("reason", o.reason());
            }
            if (config.fullText() && prepared.report().isPresent() && created) {
                g.writeStringField("text", prepared.report().get().document().text());
            }
            g.writeArrayFieldStart("events");
            for (String id : fusedIds) {
                Optional<FusedEvent> fe = store.fusedEvent(id);
                if (fe.isEmpty()) {
                    continue;
                }
                g.writeStartObject();
                JsonEventFields.write(g, stored(fe.get()));
                coordinates(g, fe.get().fused());
                g.writeStringField("href", base + "/api/events/" + idSegment(id));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The request body, at most the configured number of bytes (413 beyond). */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(config.maxBodyBytes() + 1);
            if (b.length > config.maxBodyBytes()) {
                throw tooLarge();
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "Report too large", "the body is larger than " + config.maxBodyBytes() + " bytes");
    }
}
