package org.photodesk.core.search;

/**
 * Parses the library's query syntax: free words (all must match), {@code "phrases"}, {@code -negation}, and field
 * filters such as {@code by:}, {@code in:} and {@code taken:2024-08-01..2024-08-12}.
 */
public final class QueryParser {

    /** Parses {@code text}; a blank text is {@link Query.All}. */
    public Query parse(String text) {
        throw new UnsupportedOperationException("not yet written");
    }
}
