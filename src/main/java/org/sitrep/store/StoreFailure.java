package org.sitrep.store;

/** A store that cannot be opened or written (unreachable server, bad address, unwritable file): one-line reason. */
public final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
