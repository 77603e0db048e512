package org.photodesk.core.gallery;

import java.util.List;
import java.util.Optional;

/** The port to where galleries are kept; each call is atomic. */
public interface GalleryRepository extends AutoCloseable {

    /** Saves a new gallery (id 0) and returns it with its id; refuses a slug already taken. */
    Gallery create(Gallery gallery);

    /**
     * Replaces the stored gallery of the same id, items included, and returns what was stored, one edit revision
     * later. Throws {@link GalleryChangedException}, writing nothing, when the stored edit revision is not
     * {@code gallery.editRevision()}.
     */
    Gallery update(Gallery gallery);

    /**
     * Shows photo {@code photoId} in item {@code itemId} of gallery {@code galleryId} if that item is still a
     * placeholder and the gallery does not show the photo yet, changing nothing else, and bumps the edit revision
     * (so that an editor's write based on an older reading is refused rather than undo it). False when nothing was
     * changed.
     */
    boolean fillPlaceholder(long galleryId, long itemId, long photoId);

    Optional<Gallery> findBySlug(String slug);

    Optional<Gallery> findById(long id);

    /** Every gallery, most recently created first. */
    List<Gallery> list();

    /** Deletes the gallery with {@code slug}; false when there was none. */
    boolean delete(String slug);

    @Override
    void close();
}
