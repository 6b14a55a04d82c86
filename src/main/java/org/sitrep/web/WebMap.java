package org.sitrep.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web map's files: the page itself (resources/web/index.html), its scripts, styles and basemap under /web, and
 * the Leaflet webjars under /webjars. Everything is served from the jar, so the map works offline. Stateless.
 */
public final class WebMap {
    /** Path under which the map's own files are served. */
    public static final String ASSETS = "/web";
    private static final String PAGE = "/web/index.html";

    private WebMap() {
    }

    /** Registers the map's files and the webjars as static files, each sent with {@code headers}. */
    public static void serveAssets(StaticFilesConfig files, Map<String, String> headers) {
        files.add(f -> {
            f.hostedPath = ASSETS;
            f.directory = ASSETS;
            f.location = Location.CLASSPATH;
            f.headers = Map.copyOf(headers);
        });
        files.add(f -> {
            f.hostedPath = "/webjars";
            f.directory = "META-INF/resources/webjars";
            f.location = Location.CLASSPATH;
            f.headers = Map.copyOf(headers);
        });
    }

    /** The map's HTML page (no inline script or style: it runs under a strict Content-Security-Policy). */
    public static String page() {
        try (InputStream in = WebMap.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the web map page " + PAGE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
