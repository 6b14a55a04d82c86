package org.sitrep.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Bearer-token checks (RFC 6750): writes always need the configured token, reads only when the configuration makes
 * them private. A missing or wrong token is a 401 problem with a WWW-Authenticate challenge; writes on a server
 * without a token are a 403 problem. Stateless apart from the configuration; thread-safe.
 */
final class ApiAuth {
    private static final String REALM = "Bearer realm=\"sitrep\"";
    private final ApiConfig config;

    ApiAuth(ApiConfig config) {
        this.config = config;
    }

    /** Before every request: when reads are private, every request needs the token. */
    void beforeRequest(Context ctx) {
        if (config.privateReads() && !"OPTIONS".equals(ctx.method().name())) {
            requireToken(ctx, "this server's reads are private");
        }
    }

    /** Before a write. */
    void requireWrite(Context ctx) {
        if (!config.writable()) {
            throw new ApiProblem(403, "Writes disabled", "this server takes no writes: start it with a token"
                    + " (environment variable SITREP_API_TOKEN or --token-file FILE)");
        }
        requireToken(ctx, "writes need a token");
    }

    private void requireToken(Context ctx, String why) {
        Optional<String> presented = bearer(ctx.header("Authorization"));
        if (presented.isEmpty()) {
            throw ApiProblem.unauthorized(why + ": send the header Authorization: Bearer TOKEN", REALM);
        }
        if (!config.tokenMatches(presented.get())) {
            throw ApiProblem.unauthorized("the token is not valid", REALM + ", error=\"invalid_token\"");
        }
    }

    /** The token of an {@code Authorization: Bearer TOKEN} header (scheme name in any case). */
    static Optional<String> bearer(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.length() <= 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        String token = h.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
