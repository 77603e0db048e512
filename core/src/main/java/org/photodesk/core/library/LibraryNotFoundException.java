package org.photodesk.core.library;

/** Thrown when a command that only reads is pointed at a place that holds no library. */
public final class LibraryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No library at {@code where}. */
    public LibraryNotFoundException(String where) {
        super("no library in " + where + ": check --data (or $PHOTODESK_DATA), or create one with "
                + "'photodesk ingest PATH...'");
    }
}
