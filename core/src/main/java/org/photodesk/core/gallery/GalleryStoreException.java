package org.photodesk.core.gallery;

/** The gallery database could not be read or written; the message names the operation and the cause. */
public final class GalleryStoreException extends RuntimeException {

    public GalleryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
