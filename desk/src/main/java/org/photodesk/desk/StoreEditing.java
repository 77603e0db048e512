package org.photodesk.desk;

import java.util.List;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.ResendNotice;

/**
 * The desk's {@link PhotoEditing} over the domain's {@link PhotoEditor} and the store's edits: the
 * desk's list fields ({@code byline}, {@code people}, joined by {@code "; "}) are handed to the store with its
 * comma separator; rating (0 to 5) and labels (comma-separated) are the desk's own fields, kept by the store too.
 */
final class StoreEditing implements PhotoEditing {

    private final PhotoStore store;
    private final PhotoEditor editor;

    StoreEditing(PhotoStore store, PhotoEditor editor) {
        this.store = store;
        this.editor = editor;
    }

    @Override
    public Photo edit(long id, String field, String after, String user) {
        try {
            return editor.edit(id, field, storeText(field, after), user);
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest("The " + field + " was not saved: " + e.getMessage());
        }
    }

    @Override
    public List<FieldEdit> edits(long id) {
        return store.edits(id).stream().map(StoreEditing::fieldEdit).toList();
    }

    @Override
    public List<ResendNotice> notices(long id) {
        return store.notices(id);
    }

    @Override
    public ResendNotice resolve(long id, long noticeId, ResendNotice.Resolution choice, String user) {
        try {
            return editor.resolve(id, noticeId, choice, user);
        } catch (IllegalArgumentException e) {
            throw DeskException.notFound("The notice was not resolved: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new DeskException(409, "Conflict", "The notice was not resolved: " + e.getMessage()
                    + "; reload the photo to see it.");
        }
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
