package org.photodesk.core.gallery;

import java.util.Optional;
import org.photodesk.core.photo.Photo;

/** Finds the library photos a gallery shows; {@code PhotoStore::findById} fits. */
@FunctionalInterface
public interface GalleryPhotos {

    Optional<Photo> find(long photoId);
}
