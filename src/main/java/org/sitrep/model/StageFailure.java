package org.sitrep.model;

/**
 * A document that cannot go through a stage: the stage's name and a one-line reason for the user.
 * Thrown by stages, caught by the pipeline per document; it never carries a stack trace to the user.
 */
public final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stage;

    public StageFailure(String stage, String reason) {
        super(reason, null, false, false);
        this.stage = stage;
    }

    public StageFailure(String stage, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }

    public String reason() {
        return getMessage();
    }
}
