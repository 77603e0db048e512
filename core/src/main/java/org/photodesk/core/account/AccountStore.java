package org.photodesk.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to where desk accounts and their login sessions are kept; each call is atomic. It stores what it is
 * given: hashing passwords and session tokens is {@link Accounts}' job, so no secret reaches the store in clear.
 * User names are unique regardless of case, and found regardless of case.
 */
public interface AccountStore {

    /** What became of a change to one account. */
    enum Change {
        /** The account was changed (or already was as asked). */
        DONE,
        /** There is no account of that name. */
        NOT_FOUND,
        /** Refused: it would leave the desk without an enabled admin. */
        LAST_ADMIN
    }

    long count();

    /** Every account, by name. */
    List<User> list();

    /** The account of {@code username} with its password hash. */
    Optional<StoredAccount> find(String username);

    /**
     * Creates an account, enabled.
     *
     * @throws IllegalStateException when the name is taken
     */
    User create(String username, String passwordHash, Role role, Instant at);

    /** Gives {@code username} the role {@code role}, unless that takes the admin role from the last enabled admin. */
    Change setRole(String username, Role role);

    /**
     * Enables or disables {@code username}. Disabling ends the account's sessions in the same step, and is refused
     * for the last enabled admin.
     */
    Change setEnabled(String username, boolean enabled, Instant at);

    /** Replaces the password hash of {@code username} and ends the account's sessions, in one step. */
    Change setPasswordHash(String username, String passwordHash, Instant at);

    /** Ends every session of {@code username}; returns how many there were (0 for an unknown name). */
    int deleteSessions(String username);

    /** Stores a new session, known only by the hash of its cookie token. */
    void addSession(StoredSession session);

    /** The session whose cookie token hashes to {@code tokenHash}, with its user as the user is now, expired or not. */
    Optional<StoredSession> findSession(String tokenHash);

    /** Deletes the session whose cookie token hashes to {@code tokenHash}, if any. */
    void deleteSession(String tokenHash);

    /** An account as kept: the user and the hash of their password. */
    record StoredAccount(User user, String passwordHash) {}

    /** A session as kept: the SHA-256 of its cookie token, its user, CSRF token and lifetime. */
    record StoredSession(String tokenHash, User user, String csrfToken, Instant createdAt, Instant expiresAt) {}
}
