package org.sitrep.api;

import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.sitrep.codebook.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.ingest.Ingester;

/**
 * The endpoints over one event store: OGC API - Features, the ACLED-style API, and report writes; who may read and
 * write is set by an {@link ApiConfig}.
 */
public final class ApiRoutes {
    private final OgcRoutes ogc;
    private final AcledRoutes acled;
    private final ApiAuth auth;
    private final DocumentRoutes documents;

    /** Open reads, no writes. */
    public ApiRoutes(EventStore store, Countries countries) {
        this(store, countries, ApiConfig.readsOnly(), Optional.empty());
    }

    /** @param ingester codes and stores posted reports (its pipeline may load lazily); empty: no writes */
    public ApiRoutes(EventStore store, Countries countries, ApiConfig config, Optional<Ingester> ingester) {
        this.ogc = new OgcRoutes(store);
        this.acled = new AcledRoutes(store, countries, config.fullText());
        this.auth = new ApiAuth(config);
        this.documents = new DocumentRoutes(store, ingester, auth, config);
    }

    void register(RoutesConfig r) {
        r.before(auth::beforeRequest);
        r.post("/api/documents", documents::post);
        r.get("/", ogc::landing);
        r.get("/conformance", ogc::conformance);
        r.get("/collections", ogc::collections);
        r.get("/collections/events", ogc::eventsCollection);
        r.get("/collections/events/items", ogc::items);
        r.get("/collections/events/items/{id}", ogc::item);
        r.get("/api/events", acled::acledEvents);
        r.get("/api/events/{id}", acled::eventWithSources);
        r.get("/api/control", acled::control);
    }
}
