package org.photodesk.desk;

import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;

/**
 * The frame of every desk page: its title, the logged-in user (null on the login page), the session's CSRF token
 * for forms and scripts, and which navigation item is current.
 */
public record Page(String title, User user, String csrf, String nav) {

    /** Whether the user may edit (editor or admin). */
    public boolean canEdit() {
        return user != null && user.can(Role.EDITOR);
    }

    /** Whether the user manages accounts. */
    public boolean isAdmin() {
        return user != null && user.can(Role.ADMIN);
    }
}
