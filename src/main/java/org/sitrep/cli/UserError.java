package org.sitrep.cli;

/** A mistake the user can fix (a missing file, a missing gazetteer, a bad flag): exit code 2, one line, no trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message, null, false, false);
    }
}
