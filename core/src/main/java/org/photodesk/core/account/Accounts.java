package org.photodesk.core.account;

import com.password4j.Password;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Sha256;

/**
 * The desk's accounts and login sessions over an {@link AccountStore}: passwords hashed with Argon2id
 * (password4j), session cookies stored only as their SHA-256, each session with its own CSRF token.
 */
public final class Accounts {

    /** A logged-in session: who, the secret cookie token (only known at creation), and its CSRF token. */
    public record Session(User user, String token, String csrfToken) {}

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private final AccountStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the user name is unknown, so that a wrong name costs as long as a wrong password. */
    private final String decoyHash = Password.hash("decoy").addRandomSalt().withArgon2().getResult();

    public Accounts(AccountStore store, Clock clock) {
        this.store = store;
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
        try {
            create("admin", pw, Role.ADMIN);
        } catch (AccountException e) {
            if (e.kind() == AccountException.Kind.CONFLICT) {
                return Optional.empty();   // another desk node on the same shared store created it first
            }
            throw e;
        }
        return Optional.of(pw);
    }

    /** Creates an account; throws {@link AccountException} when the name is taken or the input is not acceptable. */
    public User create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException(AccountException.Kind.INVALID, "User name '" + name
                    + "' is not valid: use 2 to 40 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < 8) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "The password is too short: use at least 8 characters.");
        }
        if (find(name).isPresent()) {
            throw new AccountException(AccountException.Kind.CONFLICT,
                    "User name '" + name + "' is taken: choose another.");
        }
        String hash = Password.hash(password).addRandomSalt().withArgon2().getResult();
        try {
            return store.create(name, hash, role, clock.instant());
        } catch (IllegalStateException e) {
            throw new AccountException(AccountException.Kind.CONFLICT,
                    "User name '" + name + "' is taken: choose another.");
        }
    }

    /** The account of {@code username}. */
    public Optional<User> find(String username) {
        return store.find(username).map(AccountStore.StoredAccount::user);
    }

    /** Every account, by name. */
    public List<User> list() {
        return store.list();
    }

    public long count() {
        return store.count();
    }

    /** The user whose password is {@code password}; empty for an unknown name or a wrong password. */
    public Optional<User> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<AccountStore.StoredAccount> account = store.find(username.strip());
        if (account.isEmpty()) {
            Password.check(password, decoyHash).withArgon2();
            return Optional.empty();
        }
        return Password.check(password, account.get().passwordHash()).withArgon2()
                ? Optional.of(account.get().user()) : Optional.empty();
    }

    /** Starts a session for {@code user}: a new random cookie token and CSRF token. */
    public Session startSession(User user) {
        String token = randomToken(32);
        String csrf = randomToken(32);
        Instant now = clock.instant();
        store.addSession(new AccountStore.StoredSession(sha256(token), user, csrf, now, now.plus(SESSION_LIFETIME)));
        return new Session(user, token, csrf);
    }

    /** The live session of cookie {@code token}, if it exists and has not expired. */
    public Optional<Session> findSession(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.findSession(sha256(token))
                .filter(s -> !s.expiresAt().isBefore(clock.instant()))
                .map(s -> new Session(s.user(), token, s.csrfToken()));
    }

    /** Ends the session of cookie {@code token}. */
    public void endSession(String token) {
        store.deleteSession(sha256(token == null ? "" : token));
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The SHA-256 of {@code text} in hex, as session tokens are kept. */
    public static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
