package org.photodesk.core.search;

/** A query that cannot be parsed, with the position of the problem in the query text. */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String query;
    private final int position;

    public QuerySyntaxException(String query, int position, String message) {
        super(message);
        this.query = query;
        this.position = position;
    }

    public String query() {
        return query;
    }

    /** Index in {@link #query()} of the character where the problem starts. */
    public int position() {
        return position;
    }
}
