package org.photodesk.core.gallery;

/**
 * A refused gallery update: it was based on an edit revision the store no longer holds, because someone else (an
 * editor, or an ingest filling a placeholder) changed the gallery since it was read. Nothing was written.
 */
public final class GalleryChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slug;
    private final long expected;
    private final long stored;

    public GalleryChangedException(String slug, long expected, long stored) {
        super("gallery '" + slug + "' was changed by someone else since you opened it (you had revision " + expected
                + ", it is now at " + stored + "); reload to see the changes");
        this.slug = slug;
        this.expected = expected;
        this.stored = stored;
    }

    /** The gallery's slug. */
    public String slug() {
        return slug;
    }

    /** The edit revision the refused write was based on. */
    public long expected() {
        return expected;
    }

    /** The edit revision the store holds. */
    public long stored() {
        return stored;
    }
}
