package org.photodesk.core.account;

/** Thrown when an account change is refused: the input is not acceptable, or it conflicts with an account. */
public final class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the change was refused. */
    public enum Kind {
        /** The input is not acceptable (a bad name, a short password). */
        INVALID,
        /** It conflicts with the accounts as they are (a name taken, the last admin). */
        CONFLICT,
        /** There is no account of that name. */
        NOT_FOUND
    }

    private final Kind kind;

    public AccountException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
