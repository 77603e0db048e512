package org.photodesk.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to where desk accounts and their login sessions are kept; each call is atomic. It stores what it is
 * given: hashing passwords and session tokens is {@link Accounts}' job, so no secret reaches the store in clear.
 */
public interface AccountStore {

    long count();

    /** Every account, by name. */
    List<User> list();

    /** The account of {@code username} with its password hash. */
    Optional<StoredAccount> find(String username);

    /**
     * Creates an account.
     *
     * @throws IllegalStateException when the name is taken
     */
    User create(String username, String passwordHash, Role role, Instant at);

    /** Stores a new session, known only by the hash of its cookie token. */
    void addSession(StoredSession session);

    /** The session whose cookie token hashes to {@code tokenHash}, with its user, expired or not. */
    Optional<StoredSession> findSession(String tokenHash);

    /** Deletes the session whose cookie token hashes to {@code tokenHash}, if any. */
    void deleteSession(String tokenHash);

    /** An account as kept: the user and the hash of their password. */
    record StoredAccount(User user, String passwordHash) {}

    /** A session as kept: the SHA-256 of its cookie token, its user, CSRF token and lifetime. */
    record StoredSession(String tokenHash, User user, String csrfToken, Instant createdAt, Instant expiresAt) {}
}
