package org.photodesk.scale.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/** The {@link AccountStore} in PostgreSQL (tables {@code users} and {@code sessions}); names are unique in any case. */
public final class PgAccountStore implements AccountStore {

    private final PgDatabase db;

    public PgAccountStore(PgDatabase db) {
        this.db = db;
    }

    @Override
    public long count() {
        return db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM users"));
    }

    @Override
    public List<User> list() {
        return db.read(c -> Sql.query(c, "SELECT id, username, role FROM users ORDER BY lower(username), username",
                PgAccountStore::user));
    }

    @Override
    public Optional<StoredAccount> find(String username) {
        return db.read(c -> Sql.queryOne(c, "SELECT id, username, role, password_hash FROM users "
                + "WHERE lower(username) = lower(?)", rs -> new StoredAccount(user(rs), rs.getString(4)), username));
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

    @Override
    public void addSession(StoredSession s) {
        db.read(c -> Sql.update(c, "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", s.tokenHash(), s.user().id(), s.csrfToken(), s.createdAt(), s.expiresAt()));
    }

    @Override
    public Optional<StoredSession> findSession(String tokenHash) {
        return db.read(c -> Sql.queryOne(c, "SELECT u.id, u.username, u.role, s.csrf_token, s.created_at, "
                + "s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                rs -> new StoredSession(tokenHash, user(rs), rs.getString(4), Sql.instant(rs, 5), Sql.instant(rs, 6)),
                tokenHash));
    }

    @Override
    public void deleteSession(String tokenHash) {
        db.read(c -> Sql.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash));
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.find(rs.getString(3)).orElse(Role.VIEWER));
    }
}
