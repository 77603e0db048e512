package org.photodesk.core.photo;

/**
 * Thrown by {@link PhotoStore#update} when the photo is no longer at the version the change was decided on: another
 * writer changed it meanwhile. Nothing was written; decide again from the photo as it is now.
 */
public final class PhotoChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PhotoChangedException(long photoId, int expected, int actual) {
        super("photo " + photoId + " is at version " + actual + ", not " + expected
                + ": someone changed it meanwhile; read it again and repeat the change");
    }
}
