package org.photodesk.embedded.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, role FROM users ORDER BY username");
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
                    "SELECT id, username, role, password_hash FROM users WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredAccount(user(rs), rs.getString(4)))
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
                    SELECT u.id, u.username, u.role, s.csrf_token, s.created_at, s.expires_at
                    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?""")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StoredSession>empty();
                    }
                    return Optional.of(new StoredSession(tokenHash, user(rs), rs.getString(4),
                            Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6))));
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

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.find(rs.getString(3)).orElse(Role.VIEWER));
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
