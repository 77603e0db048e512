package org.photodesk.core.photo;

import java.time.Instant;
import java.util.Objects;

/**
 * One editor's change of one metadata field of a photo, kept so that it survives agency re-sends.
 *
 * @param field a {@link org.photodesk.core.photo.PhotoMetadata} component name, see {@link MetadataFields}
 * @param before the field's text before the edit, or null when it was absent
 * @param after the field's text after the edit, or null when the edit cleared it
 * @param followsAgency true when the edit gave the field back to the agency (an editor took an agency's correction
 *     over the desk's edit): from then on the field shows what the agency sends, until the next edit
 */
public record PhotoEdit(long id, long photoId, String field, String before, String after, String user, Instant at,
        boolean followsAgency) {

    /** An editor's own text for the field. */
    public PhotoEdit(long id, long photoId, String field, String before, String after, String user, Instant at) {
        this(id, photoId, field, before, after, user, at, false);
    }

    public PhotoEdit {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }
}
