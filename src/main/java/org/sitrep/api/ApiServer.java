package org.sitrep.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.sitrep.web.WebMap;

/**
 * The HTTP API over an event store: OGC API – Features for the fused events, an ACLED-style query, one event with its
 * sources, and territorial control; reports
 * are posted to /api/documents with a bearer token (see {@link ApiConfig}). Every response carries a Content-Security-Policy; every error is an
 * RFC 9457 problem JSON from one mapper. Thread-safe (the store is).
 */
public final class ApiServer implements AutoCloseable {
    /** Nothing from outside this server: no scripts, styles or frames from anywhere else, no plugins. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Sent with every response, the map's static files included. */
    private static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
    static final String PROBLEM_JSON = "application/problem+json";
    /** Request attribute: a problem was already written, so the status-code error handlers leave it alone. */
    private static final String PROBLEM_WRITTEN = "sitrep.problem";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving the store on host:port (port 0: any free port). */
    public static ApiServer start(ApiRoutes routes, String host, int port) {
        Objects.requireNonNull(routes);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ApiServer::secure);
            WebMap.serveAssets(config.staticFiles, SECURITY_HEADERS);
            routes.register(config.routes);
            config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx,
                    new ApiProblem(500, "Internal error", "the server could not answer this request")));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    problem(ctx, ApiProblem.notFound("no resource at " + ctx.path()));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    problem(ctx, new ApiProblem(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
                }
            });
        });
        app.start(host, port);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    static void secure(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    /** The one error mapper: RFC 9457 problem JSON with type, title, status and detail. */
    static void problem(Context ctx, ApiProblem p) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        secure(ctx);
        ctx.status(p.status());
        p.challenge().ifPresent(c -> ctx.header("WWW-Authenticate", c));
        ctx.contentType(PROBLEM_JSON);
        ctx.result(json(g -> {
            g.writeStartObject();
            g.writeStringField("type", p.type());
            g.writeStringField("title", p.title());
            g.writeNumberField("status", p.status());
            g.writeStringField("detail", p.getMessage());
            g.writeStringField("instance", ctx.path());
            g.writeEndObject();
        }));
    }

    /** JSON writing for the API: {@code < > & '} written as unicode escapes so no report text can read as markup. */
    static String json(JsonBody body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final JsonFactory JSON = new JsonFactory();

    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();
        private final int[] escapes;

        private HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
