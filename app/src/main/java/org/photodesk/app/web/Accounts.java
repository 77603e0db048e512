package org.photodesk.app.web;

import com.password4j.Password;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Sha256;

/**
 * The desk's accounts and login sessions, kept in {@link DeskDatabase}: passwords hashed with Argon2id
 * (password4j), session cookies stored only as their SHA-256, each session with its own CSRF token.
 */
public final class Accounts {

    /** A logged-in session: who, the secret cookie token (only known at creation), and its CSRF token. */
    public record Session(User user, String token, String csrfToken) {}

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private final DeskDatabase db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the user name is unknown, so that a wrong name costs as long as a wrong password. */
    private final String decoyHash = Password.hash("decoy").addRandomSalt().withArgon2().getResult();

    public Accounts(DeskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates the {@code admin} account when there is no account at all, with {@code password} or, when that is
     * blank, a random one; returns the password to show once, or empty when accounts already existed.
     */
    public Optional<String> ensureAdmin(String password) {
        if (count() > 0) {
            return Optional.empty();
        }
        String pw = password == null || password.isBlank() ? randomToken(12) : password;
        create("admin", pw, Role.ADMIN);
        return Optional.of(pw);
    }

    /** Creates an account; throws {@link DeskException} when the name is taken or the input is not acceptable. */
    public User create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw DeskException.badRequest("User name '" + name + "' is not valid: use 2 to 40 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < 8) {
            throw DeskException.badRequest("The password is too short: use at least 8 characters.");
        }
        if (find(name).isPresent()) {
            throw new DeskException(409, "Conflict", "User name '" + name + "' is taken: choose another.");
        }
        String hash = Password.hash(password).addRandomSalt().withArgon2().getResult();
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, hash);
                ps.setString(3, role.id());
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new User(keys.getLong(1), name, role);
                }
            }
        });
    }

    /** The account of {@code username} (any case). */
    public Optional<User> find(String username) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, role FROM users WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(user(rs)) : Optional.<User>empty();
                }
            }
        });
    }

    /** Every account, by name. */
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

    public long count() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM users"); ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    /** The user whose password is {@code password}; empty for an unknown name or a wrong password. */
    public Optional<User> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, role, password_hash FROM users WHERE username = ?")) {
                ps.setString(1, username.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        Password.check(password, decoyHash).withArgon2();
                        return Optional.<User>empty();
                    }
                    return Password.check(password, rs.getString(4)).withArgon2()
                            ? Optional.of(user(rs)) : Optional.<User>empty();
                }
            }
        });
    }

    /** Starts a session for {@code user}: a new random cookie token and CSRF token. */
    public Session startSession(User user) {
        String token = randomToken(32);
        String csrf = randomToken(32);
        Instant now = clock.instant();
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setLong(2, user.id());
                ps.setString(3, csrf);
                ps.setString(4, now.toString());
                ps.setString(5, now.plus(SESSION_LIFETIME).toString());
                return ps.executeUpdate();
            }
        });
        return new Session(user, token, csrf);
    }

    /** The live session of cookie {@code token}, if it exists and has not expired. */
    public Optional<Session> findSession(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT u.id, u.username, u.role, s.csrf_token, s.expires_at
                    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?""")) {
                ps.setString(1, sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || Instant.parse(rs.getString(5)).isBefore(clock.instant())) {
                        return Optional.<Session>empty();
                    }
                    return Optional.of(new Session(user(rs), token, rs.getString(4)));
                }
            }
        });
    }

    /** Ends the session of cookie {@code token}. */
    public void endSession(String token) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                ps.setString(1, sha256(token == null ? "" : token));
                return ps.executeUpdate();
            }
        });
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.find(rs.getString(3)).orElse(Role.VIEWER));
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
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
