package org.photodesk.core.account;

import java.util.Objects;

/**
 * A desk account as the server sees it once logged in: no password hash; a disabled account cannot log in and has
 * no sessions.
 */
public record User(long id, String username, Role role, boolean enabled) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** An enabled account. */
    public User(long id, String username, Role role) {
        this(id, username, role, true);
    }

    /** Whether this user may do what {@code needed} may do. */
    public boolean can(Role needed) {
        return role.covers(needed);
    }
}
