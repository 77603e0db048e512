package org.photodesk.app.web;

import java.util.List;
import org.photodesk.app.store.PhotoEdit;
import org.photodesk.app.store.SqlitePhotoStore;
import org.photodesk.core.photo.Photo;

/**
 * The desk's {@link PhotoEditing} over {@link SqlitePhotoStore#edit} and {@link SqlitePhotoStore#edits}: the
 * desk's list fields ({@code byline}, {@code people}, joined by {@code "; "}) are handed to the store with its
 * comma separator; rating (0 to 5) and labels (comma-separated) are the desk's own fields, kept by the store too.
 */
final class StoreEditing implements PhotoEditing {

    private final SqlitePhotoStore store;

    StoreEditing(SqlitePhotoStore store) {
        this.store = store;
    }

    @Override
    public Photo edit(long id, String field, String after, String user) {
        try {
            return store.edit(id, field, storeText(field, after), user);
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest("The " + field + " was not saved: " + e.getMessage());
        }
    }

    @Override
    public List<FieldEdit> edits(long id) {
        return store.edits(id).stream().map(StoreEditing::fieldEdit).toList();
    }

    private static FieldEdit fieldEdit(PhotoEdit e) {
        return new FieldEdit(e.id(), e.photoId(), e.field(), e.before(), e.after(), e.user(), e.at());
    }

    /** The desk's text for {@code field} as the store reads it: list items separated by commas. */
    static String storeText(String field, String text) {
        if (text == null || !("byline".equals(field) || "people".equals(field))) {
            return text;
        }
        return String.join(", ", text.split("\\s*;\\s*"));
    }
}
