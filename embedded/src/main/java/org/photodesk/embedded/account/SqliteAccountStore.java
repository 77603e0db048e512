package org.photodesk.embedded.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/** The {@link AccountStore} in the library's SQLite file (tables {@code users} and {@code sessions}). */
public final class SqliteAccountStore implements AccountStore {

    private final SqliteDeskDatabase db;

    public SqliteAccountStore(SqliteDeskDatabase db) {
        this.db = db;
    }

    @Override
    public long count() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM users"); ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<User> list() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, role, disabled_at IS NULL FROM users ORDER BY username");
                    ResultSet rs = ps.executeQuery()) {
                var out = new ArrayList<User>();
                while (rs.next()) {
                    out.add(user(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<StoredAccount> find(String username) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, username, role, disabled_at IS NULL, password_hash FROM users WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredAccount(user(rs), rs.getString(5)))
                            : Optional.<StoredAccount>empty();
                }
            }
        });
    }

    @Override
    public User create(String username, String passwordHash, Role role, Instant at) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, passwordHash);
                ps.setString(3, role.id());
                ps.setString(4, at.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new User(keys.getLong(1), username, role);
                }
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                    throw new IllegalStateException("user name '" + username + "' is taken", e);
                }
                throw e;
            }
        });
    }

    /**
     * Refused when {@code username} is an enabled admin and no other enabled admin exists; the check and the change
     * are one transaction that takes the write lock first, so two admins demoting each other cannot both succeed.
     */
    @Override
    public Change setRole(String username, Role role) {
        return inWriteTransaction(c -> {
            Optional<User> user = user(c, username);
            if (user.isEmpty()) {
                return Change.NOT_FOUND;
            }
            if (role != Role.ADMIN && isLastAdmin(c, user.get())) {
                return Change.LAST_ADMIN;
            }
            update(c, "UPDATE users SET role = ? WHERE id = ?", role.id(), user.get().id());
            return Change.DONE;
        });
    }

    @Override
    public Change setEnabled(String username, boolean enabled, Instant at) {
        return inWriteTransaction(c -> {
            Optional<User> user = user(c, username);
            if (user.isEmpty()) {
                return Change.NOT_FOUND;
            }
            if (enabled) {
                update(c, "UPDATE users SET disabled_at = NULL WHERE id = ?", user.get().id());
                return Change.DONE;
            }
            if (isLastAdmin(c, user.get())) {
                return Change.LAST_ADMIN;
            }
            update(c, "UPDATE users SET disabled_at = coalesce(disabled_at, ?) WHERE id = ?", at.toString(),
                    user.get().id());
            update(c, "DELETE FROM sessions WHERE user_id = ?", user.get().id());
            return Change.DONE;
        });
    }

    @Override
    public Change setPasswordHash(String username, String passwordHash, Instant at) {
        return inWriteTransaction(c -> {
            Optional<User> user = user(c, username);
            if (user.isEmpty()) {
                return Change.NOT_FOUND;
            }
            update(c, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, user.get().id());
            update(c, "DELETE FROM sessions WHERE user_id = ?", user.get().id());
            return Change.DONE;
        });
    }

    @Override
    public int deleteSessions(String username) {
        return sql(c -> update(c, "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)",
                username));
    }

    @Override
    public void addSession(StoredSession s) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (token_hash, user_id, csrf_token, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, s.tokenHash());
                ps.setLong(2, s.user().id());
                ps.setString(3, s.csrfToken());
                ps.setString(4, s.createdAt().toString());
                ps.setString(5, s.expiresAt().toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredSession> findSession(String tokenHash) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.id, u.username, u.role, u.disabled_at IS NULL, s.csrf_token, s.created_at, s.expires_at
                    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?""")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StoredSession>empty();
                    }
                    return Optional.of(new StoredSession(tokenHash, user(rs), rs.getString(5),
                            Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7))));
                }
            }
        });
    }

    @Override
    public void deleteSession(String tokenHash) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                return ps.executeUpdate();
            }
        });
    }

    /** The user of a row whose first columns are id, username, role and whether the account is enabled. */
    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.find(rs.getString(3)).orElse(Role.VIEWER),
                rs.getBoolean(4));
    }

    private static Optional<User> user(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, username, role, disabled_at IS NULL FROM users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    /** Whether {@code u} is an enabled admin and no other enabled admin exists. */
    private static boolean isLastAdmin(Connection c, User u) throws SQLException {
        if (u.role() != Role.ADMIN || !u.enabled()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?")) {
            ps.setLong(1, u.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 0;
            }
        }
    }

    private static int update(Connection c, String statement, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Runs {@code work} in a transaction that holds the write lock from its start ({@code BEGIN IMMEDIATE}). */
    private <T> T inWriteTransaction(SqlWork<T> work) {
        return sql(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            boolean done = false;
            try {
                T result = work.run(c);
                try (Statement s = c.createStatement()) {
                    s.execute("COMMIT");
                }
                done = true;
                return result;
            } finally {
                if (!done) {
                    try (Statement s = c.createStatement()) {
                        s.execute("ROLLBACK");
                    }
                }
            }
        });
    }

    /** One unit of database work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) {
        try (Connection c = db.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("desk database: " + e.getMessage(), e);
        }
    }
}
