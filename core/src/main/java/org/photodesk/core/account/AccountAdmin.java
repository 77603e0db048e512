package org.photodesk.core.account;

import java.util.Objects;
import org.photodesk.core.audit.AuditLog;

/**
 * What an admin does to accounts (create, change a role, disable, enable, reset a password, end sessions), the same
 * from the desk, the API and the command line; each change is written to the {@link AuditLog} under the name of the
 * one who made it, on target {@code user/NAME}, never with a password.
 */
public final class AccountAdmin {

    private final Accounts accounts;
    private final AuditLog audit;

    public AccountAdmin(Accounts accounts, AuditLog audit) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Creates an account. */
    public User create(String actor, String username, String password, Role role) {
        User u = accounts.create(username, password, role);
        audit.record(actor, "user.create", target(u), "role", null, u.role().id());
        return u;
    }

    /** Gives {@code username} the role {@code role}; the last enabled admin keeps theirs. */
    public User setRole(String actor, String username, Role role) {
        User before = accounts.expect(username);
        User after = accounts.setRole(username, role);
        if (before.role() != after.role()) {
            audit.record(actor, "user.role", target(after), "role", before.role().id(), after.role().id());
        }
        return after;
    }

    /** Disables {@code username} and ends their sessions; the last enabled admin cannot be disabled. */
    public User disable(String actor, String username) {
        User before = accounts.expect(username);
        User after = accounts.disable(username);
        if (before.enabled()) {
            audit.record(actor, "user.disable", target(after), "enabled", "true", "false");
        }
        return after;
    }

    /** Enables {@code username} again. */
    public User enable(String actor, String username) {
        User before = accounts.expect(username);
        User after = accounts.enable(username);
        if (!before.enabled()) {
            audit.record(actor, "user.enable", target(after), "enabled", "false", "true");
        }
        return after;
    }

    /** Gives {@code username} a new password and ends their sessions; the audit log records that, not the password. */
    public User resetPassword(String actor, String username, String password) {
        User u = accounts.resetPassword(username, password);
        audit.record(actor, "user.password", target(u), "password", null, "reset; sessions ended");
        return u;
    }

    /** Ends every session of {@code username}; returns how many there were. */
    public int endSessions(String actor, String username) {
        User u = accounts.expect(username);
        int ended = accounts.endSessions(username);
        audit.record(actor, "user.sessions", target(u), "sessions", null, ended + " ended");
        return ended;
    }

    private static String target(User u) {
        return "user/" + u.username();
    }
}
