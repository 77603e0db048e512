package org.photodesk.core.publish;

import java.io.IOException;
import org.photodesk.core.photo.Photo;

/**
 * Gives the JPEG bytes of a photo's renditions for publishing. The render package provides the real one;
 * {@link BlobRenditionSource} scales the original itself.
 */
@FunctionalInterface
public interface RenditionSource {

    /**
     * The JPEG bytes of {@code photo} at most {@code maxWidth} pixels wide, or its original (as JPEG) when
     * {@code maxWidth} is 0.
     */
    byte[] jpeg(Photo photo, int maxWidth) throws IOException;
}
