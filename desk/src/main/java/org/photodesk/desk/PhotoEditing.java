package org.photodesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.ResendNotice;

/**
 * The editors' changes to a photo's fields, kept as a history on top of its embedded metadata; the composition
 * root adapts the store's {@code edit(id, field, after, user)} and {@code edits(id)}.
 *
 * <p>Fields are named as in {@link Fields}: {@code headline}, {@code caption}, {@code credit}, {@code byline},
 * {@code city}, {@code sublocation}, {@code state}, {@code country}, {@code people} (lists joined by {@code "; "}),
 * {@code rating} ({@code "0"} to {@code "5"}) and {@code labels} (joined by {@code ", "}). A null or blank
 * {@code after} clears the field.
 */
public interface PhotoEditing {

    /** Sets {@code field} of photo {@code id} to {@code after} as {@code user}; returns the photo as it now is. */
    Photo edit(long id, String field, String after, String user);

    /** Every edit of photo {@code id}, oldest first. */
    List<FieldEdit> edits(long id);

    /** The notices agency re-sends of photo {@code id} left the desk, oldest first, resolved or not. */
    List<ResendNotice> notices(long id);

    /**
     * Resolves notice {@code noticeId} of photo {@code id} as {@code user} chose: keep the desk's edits, or take the
     * agency's text for the fields it changed; returns the notice as resolved.
     */
    ResendNotice resolve(long id, long noticeId, ResendNotice.Resolution choice, String user);

    /** One edit of one field: who, when, before and after. */
    record FieldEdit(long id, long photoId, String field, String before, String after, String user, Instant at) {
        public FieldEdit {
            Objects.requireNonNull(field, "field");
        }
    }
}
