package org.photodesk.core.lock;

import java.time.Duration;

/** Thrown when a named lock stayed held by someone else for longer than the caller would wait. */
public final class LockTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String name, Duration waited) {
        super("'" + name + "' is held by another process or desk for more than " + waited.toSeconds()
                + " s: it is probably busy doing the same thing (a publish of the same gallery); try again in a moment");
    }
}
