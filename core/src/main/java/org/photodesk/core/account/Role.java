package org.photodesk.core.account;

import java.util.Locale;
import java.util.Optional;

/** What a desk user may do: a viewer reads, an editor also edits and publishes, an admin also manages users. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** Whether this role grants everything {@code needed} grants. */
    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The lower-case name stored in the database and shown in the UI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} (any case), if there is one. */
    public static Optional<Role> find(String text) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
