package org.photodesk.core.search;

/**
 * Thrown when the search index cannot be read because its files are damaged: the store, the source of truth, is
 * intact, and {@code photodesk reindex} rebuilds the index from it.
 */
public final class IndexDamagedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The index at {@code where} is damaged, as {@code what} describes. */
    public IndexDamagedException(String where, String what, Throwable cause) {
        super(message(where, what), cause);
    }

    /** The one line that says the index at {@code where} is damaged ({@code what}) and how to fix it. */
    public static String message(String where, String what) {
        return "the search index in " + where + " is damaged (" + what + "); the photos are safe in the store: "
                + "run 'photodesk reindex' to rebuild the index from it";
    }
}
