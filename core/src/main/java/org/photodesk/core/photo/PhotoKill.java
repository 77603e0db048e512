package org.photodesk.core.photo;

import java.time.Instant;
import java.util.Objects;

/**
 * The withdrawal of a photo: an agency's kill or withdrawal, or a desk's own. A killed photo stays in the library
 * for audit, leaves default search, and may not be published.
 *
 * @param at when the photo was killed
 * @param reason why, in the agency's or the editor's words ("MANDATORY KILL: the picture was digitally altered")
 * @param source who ordered it: {@code agency} (read from the photo's own text), {@code feed} (a feed item's
 *     signal or status) or {@code desk} (an editor)
 * @param user the account that recorded it, or the agency's name when read from the photo
 */
public record PhotoKill(Instant at, String reason, String source, String user) {

    /** Kill ordered by the agency in the photo's own text (caption, headline or instructions). */
    public static final String AGENCY = "agency";
    /** Kill ordered by a feed item (a kill signal or a canceled publishing status). */
    public static final String FEED = "feed";
    /** Kill recorded by an editor ({@code photodesk kill}, the desk). */
    public static final String DESK = "desk";

    public PhotoKill {
        Objects.requireNonNull(at, "at");
        reason = reason == null || reason.isBlank() ? "killed" : reason.strip();
        source = source == null || source.isBlank() ? DESK : source.strip();
        user = user == null || user.isBlank() ? source : user.strip();
    }
}
