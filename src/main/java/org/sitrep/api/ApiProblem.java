package org.sitrep.api;

/** An RFC 9457 problem the API answers with: HTTP status, short title and a detail for the caller. */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String challenge;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    private ApiProblem(int status, String title, String detail, String challenge) {
        super(detail);
        this.status = status;
        this.title = title;
        this.challenge = challenge;
    }

    /** A 401 with the WWW-Authenticate challenge to send. */
    public static ApiProblem unauthorized(String detail, String challenge) {
        return new ApiProblem(401, "Unauthorized", detail, challenge);
    }

    /** The WWW-Authenticate challenge of a 401, if any. */
    public java.util.Optional<String> challenge() {
        return java.util.Optional.ofNullable(challenge);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Invalid parameter", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type URI: a tag per status (no documentation site to point at yet). */
    public String type() {
        return switch (status) {
            case 400 -> "tag:sitrep.org,2026:problem:invalid-parameter";
            case 404 -> "tag:sitrep.org,2026:problem:not-found";
            case 401 -> "tag:sitrep.org,2026:problem:unauthorized";
            case 403 -> "tag:sitrep.org,2026:problem:forbidden";
            case 406 -> "tag:sitrep.org,2026:problem:not-acceptable";
            case 413 -> "tag:sitrep.org,2026:problem:too-large";
            case 415 -> "tag:sitrep.org,2026:problem:unsupported-media-type";
            case 422 -> "tag:sitrep.org,2026:problem:unprocessable-report";
            default -> "about:blank";
        };
    }
}
