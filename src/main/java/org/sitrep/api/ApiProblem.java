package org.sitrep.api;

/** An RFC 9457 problem the API answers with: HTTP status, short title and a detail for the caller. */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
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
            case 406 -> "tag:sitrep.org,2026:problem:not-acceptable";
            default -> "about:blank";
        };
    }
}
