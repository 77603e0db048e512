package org.photodesk.core.account;

import java.util.Objects;

/** A desk account as the server sees it once logged in: no password hash. */
public record User(long id, String username, Role role) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Whether this user may do what {@code needed} may do. */
    public boolean can(Role needed) {
        return role.covers(needed);
    }
}
