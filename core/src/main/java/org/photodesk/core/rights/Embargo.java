package org.photodesk.core.rights;

import java.time.Instant;
import java.util.Objects;

/**
 * An embargo on a photo: it may not be published before {@code until}.
 *
 * @param until when the embargo lifts, or null when the agency's words give no time that could be read (an editor
 *     must read them)
 * @param source where it was read: {@code IIM 2:30 ReleaseDate}, {@code XMP pur:embargoDate}, {@code NewsML
 *     embargoed}, or the metadata field whose words state it ({@code instructions}, {@code caption}...)
 * @param words the agency's words or the field's value, for the desk only: an embargo is never published
 */
public record Embargo(Instant until, String source, String words) {

    public Embargo {
        Objects.requireNonNull(source, "source");
        words = words == null ? "" : words.strip();
    }

    /** Whether its end was read. */
    public boolean readable() {
        return until != null;
    }

    /** Whether it still holds at {@code now}: read and not yet lifted. An unread embargo is for an editor to judge. */
    public boolean holdsAt(Instant now) {
        return until != null && now.isBefore(until);
    }
}
