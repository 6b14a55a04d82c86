package org.sitrep.api;

import io.javalin.config.RoutesConfig;
import org.sitrep.codebook.Countries;
import org.sitrep.store.EventStore;

/** The endpoints over one event store (reads only): OGC API - Features and the ACLED-style API. */
public final class ApiRoutes {
    private final OgcRoutes ogc;
    private final AcledRoutes acled;

    public ApiRoutes(EventStore store, Countries countries) {
        this.ogc = new OgcRoutes(store);
        this.acled = new AcledRoutes(store, countries);
    }

    void register(RoutesConfig r) {
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
