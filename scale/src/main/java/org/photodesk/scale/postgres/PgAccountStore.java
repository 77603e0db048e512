package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/**
 * The {@link AccountStore} in PostgreSQL (tables {@code users} and {@code sessions}); names are unique in any case.
 * Changes that must not leave the desk without an enabled admin take one advisory lock of the library first, so two
 * admins demoting or disabling each other on two desk nodes cannot both succeed.
 */
public final class PgAccountStore implements AccountStore {

    private static final String USER = "SELECT id, username, role, disabled_at IS NULL FROM users ";

    private final PgDatabase db;
    private final long adminLock;

    public PgAccountStore(PgDatabase db) {
        this.db = db;
        this.adminLock = db.lockKey("accounts");
    }

    @Override
    public long count() {
        return db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM users"));
    }

    @Override
    public List<User> list() {
        return db.read(c -> Sql.query(c, USER + "ORDER BY lower(username), username", PgAccountStore::user));
    }

    @Override
    public Optional<StoredAccount> find(String username) {
        return db.read(c -> Sql.queryOne(c, "SELECT id, username, role, disabled_at IS NULL, password_hash FROM users "
                + "WHERE lower(username) = lower(?)", rs -> new StoredAccount(user(rs), rs.getString(5)), username));
    }

    @Override
    public User create(String username, String passwordHash, Role role, Instant at) {
        try {
            long id = db.read(c -> Sql.queryLong(c, "INSERT INTO users (username, password_hash, role, created_at) "
                    + "VALUES (?, ?, ?, ?) RETURNING id", username, passwordHash, role.id(), at));
            return new User(id, username, role);
        } catch (ScaleStoreException e) {
            if (ScaleStoreException.isUniqueViolation(e)) {
                throw new IllegalStateException("user name '" + username + "' is taken", e);
            }
            throw e;
        }
    }

    /** Refused when {@code username} is the last enabled admin and {@code role} is not admin. */
    @Override
    public Change setRole(String username, Role role) {
        return lockedChange(username, (c, u) -> {
            if (role != Role.ADMIN && isLastAdmin(c, u)) {
                return Change.LAST_ADMIN;
            }
            Sql.update(c, "UPDATE users SET role = ? WHERE id = ?", role.id(), u.id());
            return Change.DONE;
        });
    }

    @Override
    public Change setEnabled(String username, boolean enabled, Instant at) {
        return lockedChange(username, (c, u) -> {
            if (enabled) {
                Sql.update(c, "UPDATE users SET disabled_at = NULL WHERE id = ?", u.id());
                return Change.DONE;
            }
            if (isLastAdmin(c, u)) {
                return Change.LAST_ADMIN;
            }
            Sql.update(c, "UPDATE users SET disabled_at = coalesce(disabled_at, ?) WHERE id = ?", at, u.id());
            Sql.update(c, "DELETE FROM sessions WHERE user_id = ?", u.id());
            return Change.DONE;
        });
    }

    @Override
    public Change setPasswordHash(String username, String passwordHash, Instant at) {
        return lockedChange(username, (c, u) -> {
            Sql.update(c, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, u.id());
            Sql.update(c, "DELETE FROM sessions WHERE user_id = ?", u.id());
            return Change.DONE;
        });
    }

    @Override
    public int deleteSessions(String username) {
        return db.read(c -> Sql.update(c, "DELETE FROM sessions WHERE user_id = "
                + "(SELECT id FROM users WHERE lower(username) = lower(?))", username));
    }

    @Override
    public void addSession(StoredSession s) {
        db.read(c -> Sql.update(c, "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", s.tokenHash(), s.user().id(), s.csrfToken(), s.createdAt(), s.expiresAt()));
    }

    @Override
    public Optional<StoredSession> findSession(String tokenHash) {
        return db.read(c -> Sql.queryOne(c, "SELECT u.id, u.username, u.role, u.disabled_at IS NULL, s.csrf_token, "
                + "s.created_at, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                rs -> new StoredSession(tokenHash, user(rs), rs.getString(5), Sql.instant(rs, 6), Sql.instant(rs, 7)),
                tokenHash));
    }

    @Override
    public void deleteSession(String tokenHash) {
        db.read(c -> Sql.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash));
    }

    /** A change to one existing account, decided on its row as it is under the library's account lock. */
    @FunctionalInterface
    private interface AccountChange {
        Change apply(Connection c, User user) throws SQLException;
    }

    /** Runs {@code change} on {@code username} in one transaction under the account lock; NOT_FOUND when unknown. */
    private Change lockedChange(String username, AccountChange change) {
        return db.inTransaction(c -> {
            Sql.queryOne(c, "SELECT pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, adminLock);
            Optional<User> user = Sql.queryOne(c, USER + "WHERE lower(username) = lower(?)", PgAccountStore::user,
                    username);
            return user.isEmpty() ? Change.NOT_FOUND : change.apply(c, user.get());
        });
    }

    /** Whether {@code u} is an enabled admin and no other enabled admin exists. */
    private static boolean isLastAdmin(Connection c, User u) throws SQLException {
        return u.role() == Role.ADMIN && u.enabled() && Sql.queryLong(c, "SELECT count(*) FROM users "
                + "WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?", u.id()) == 0;
    }

    /** The user of a row whose first columns are id, username, role and whether the account is enabled. */
    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.find(rs.getString(3)).orElse(Role.VIEWER),
                rs.getBoolean(4));
    }
}
