package org.photodesk.core.gallery;

import java.util.List;
import java.util.Optional;

/** The port to where galleries are kept; each call is atomic. */
public interface GalleryRepository extends AutoCloseable {

    /** Saves a new gallery (id 0) and returns it with its id; refuses a slug already taken. */
    Gallery create(Gallery gallery);

    /** Replaces the stored gallery of the same id, items included, and returns what was stored. */
    Gallery update(Gallery gallery);

    Optional<Gallery> findBySlug(String slug);

    Optional<Gallery> findById(long id);

    /** Every gallery, most recently created first. */
    List<Gallery> list();

    /** Deletes the gallery with {@code slug}; false when there was none. */
    boolean delete(String slug);

    @Override
    void close();
}
