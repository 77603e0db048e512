package org.photodesk.core.search;

/** A query that cannot be parsed, with the position of the problem in the query text. */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String query;
    private final int position;

    public QuerySyntaxException(String query, int position, String message) {
        super(message);
        this.query = query == null ? "" : query;
        this.position = Math.clamp(position, 0, this.query.length());
    }

    public String query() {
        return query;
    }

    /** Index in {@link #query()} of the character where the problem starts. */
    public int position() {
        return position;
    }

    /**
     * The query on one line and a caret under the problem followed by the message, for a terminal or a
     * {@code <pre>}: control characters in the query are shown as spaces so the caret stays in its column.
     */
    public String render() {
        String shown = query.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String pad = " ".repeat(query.codePointCount(0, position));
        return shown + "\n" + pad + "^ " + getMessage();
    }
}
