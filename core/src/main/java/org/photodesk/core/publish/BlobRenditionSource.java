package org.photodesk.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Photo;

/**
 * Renditions made on the fly from the original in the blob store: the original as is when it is a JPEG, and
 * ImageIO-scaled JPEGs for the smaller sizes. Slow on large photos; the render package's cached renditions are
 * the better source when available.
 */
public final class BlobRenditionSource implements RenditionSource {

    private final BlobStore blobs;

    public BlobRenditionSource(BlobStore blobs) {
        this.blobs = Objects.requireNonNull(blobs, "blobs");
    }

    @Override
    public byte[] jpeg(Photo photo, int maxWidth) throws IOException {
        byte[] original;
        try (InputStream in = blobs.open(photo.sha256())) {
            original = in.readAllBytes();
        }
        if (maxWidth == 0) {
            return JpegImages.isJpeg(original) ? original : JpegImages.scaled(original, Integer.MAX_VALUE);
        }
        return JpegImages.scaled(original, maxWidth);
    }
}
