package org.photodesk.scale.postgres;

import java.sql.SQLException;

/** A PostgreSQL store could not do what was asked: the server is unreachable, refused, or holds something unexpected. */
public final class ScaleStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** SQLSTATE of a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    public ScaleStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception for {@code e} met on the store at {@code address}, saying what to check. */
    static ScaleStoreException of(PostgresAddress address, SQLException e) {
        String state = e.getSQLState();
        String hint = state != null && state.startsWith("08")
                ? "; the connection was lost: check that the server runs and is reachable"
                : "";
        return new ScaleStoreException("PostgreSQL store " + address.describe() + ": " + e.getMessage() + hint, e);
    }

    /** Whether {@code e} (or what it wraps) is a unique violation: another writer stored the same key first. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
