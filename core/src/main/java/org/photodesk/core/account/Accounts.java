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

    /** What a check of a user name and password found: the user, or why the login is refused. */
    public sealed interface Verdict {
        /** The name and password are right and the account is enabled. */
        record Accepted(User user) implements Verdict {}

        /** The login is refused, for {@code refusal}. */
        record Refused(Refusal refusal) implements Verdict {}
    }

    /** Why a login was refused, as the audit log records it (never with the password tried). */
    public enum Refusal {
        UNKNOWN_USER("unknown user"),
        WRONG_PASSWORD("wrong password"),
        /** The password was right, but an admin disabled the account. */
        DISABLED("account disabled");

        private final String text;

        Refusal(String text) {
            this.text = text;
        }

        /** A few words for the audit log, such as {@code wrong password}. */
        public String text() {
            return text;
        }
    }

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
     * blank, a random one. Returns the random password, to show once; empty when accounts already existed or when
     * the password was given (whoever gave it knows it, and it must not reach a terminal or a log).
     */
    public Optional<String> ensureAdmin(String password) {
        if (count() > 0) {
            return Optional.empty();
        }
        boolean given = password != null && !password.isBlank();
        String pw = given ? password : randomToken(12);
        try {
            create("admin", pw, Role.ADMIN);
        } catch (AccountException e) {
            if (e.kind() == AccountException.Kind.CONFLICT) {
                return Optional.empty();   // another desk node on the same shared store created it first
            }
            throw e;
        }
        return given ? Optional.empty() : Optional.of(pw);
    }

    /** Creates an account; throws {@link AccountException} when the name is taken or the input is not acceptable. */
    public User create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException(AccountException.Kind.INVALID, "User name '" + name
                    + "' is not valid: use 2 to 40 letters, digits, dots, dashes or underscores.");
        }
        checkPassword(password);
        if (find(name).isPresent()) {
            throw new AccountException(AccountException.Kind.CONFLICT,
                    "User name '" + name + "' is taken: choose another.");
        }
        try {
            return store.create(name, hash(password), role, clock.instant());
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

    /** The user whose password is {@code password}; empty for an unknown name, a wrong password or a disabled account. */
    public Optional<User> verify(String username, String password) {
        return check(username, password) instanceof Verdict.Accepted a ? Optional.of(a.user()) : Optional.empty();
    }

    /**
     * Checks a user name and password. Every refusal costs one Argon2 check, so that the time taken tells neither
     * whether the name exists nor whether the account is disabled; a disabled account is named only when the
     * password was right.
     */
    public Verdict check(String username, String password) {
        Optional<AccountStore.StoredAccount> account = username == null ? Optional.empty() : store.find(username.strip());
        if (account.isEmpty() || password == null) {
            Password.check(password == null ? "" : password, decoyHash).withArgon2();
            return new Verdict.Refused(account.isEmpty() ? Refusal.UNKNOWN_USER : Refusal.WRONG_PASSWORD);
        }
        if (!Password.check(password, account.get().passwordHash()).withArgon2()) {
            return new Verdict.Refused(Refusal.WRONG_PASSWORD);
        }
        return account.get().user().enabled() ? new Verdict.Accepted(account.get().user())
                : new Verdict.Refused(Refusal.DISABLED);
    }

    /** Gives {@code username} the role {@code role}; refused for an unknown name and for the last enabled admin. */
    public User setRole(String username, Role role) {
        return changed(username, store.setRole(name(username), role), "take the admin role from");
    }

    /** Disables {@code username} and ends their sessions; refused for an unknown name and the last enabled admin. */
    public User disable(String username) {
        return changed(username, store.setEnabled(name(username), false, clock.instant()), "disable");
    }

    /** Enables {@code username} again; they log in with the password they had. */
    public User enable(String username) {
        return changed(username, store.setEnabled(name(username), true, clock.instant()), "enable");
    }

    /** Gives {@code username} a new password and ends their sessions. */
    public User resetPassword(String username, String password) {
        checkPassword(password);
        return changed(username, store.setPasswordHash(name(username), hash(password), clock.instant()), "reset");
    }

    /** Ends every session of {@code username} (they must log in again); returns how many there were. */
    public int endSessions(String username) {
        expect(username);
        return store.deleteSessions(name(username));
    }

    /** The account of {@code username}; throws {@link AccountException} naming the fix when there is none. */
    public User expect(String username) {
        return find(name(username)).orElseThrow(() -> new AccountException(AccountException.Kind.NOT_FOUND,
                "There is no user '" + name(username) + "': check the name against the list of users."));
    }

    private User changed(String username, AccountStore.Change change, String verb) {
        return switch (change) {
            case DONE -> expect(username);
            case NOT_FOUND -> throw new AccountException(AccountException.Kind.NOT_FOUND,
                    "There is no user '" + name(username) + "': check the name against the list of users.");
            case LAST_ADMIN -> throw new AccountException(AccountException.Kind.CONFLICT, "Cannot " + verb + " '"
                    + name(username) + "': it is the last enabled admin. Make another user admin first.");
        };
    }

    private static String name(String username) {
        return username == null ? "" : username.strip();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "The password is too short: use at least 8 characters.");
        }
        if (password.length() > 1024) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "The password is too long: use at most 1024 characters.");
        }
    }

    private static String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
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
                .filter(s -> !s.expiresAt().isBefore(clock.instant()) && s.user().enabled())
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
