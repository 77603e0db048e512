package org.photodesk.core.publish;

import java.io.IOException;
import java.util.Objects;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.DamagedBlobException;
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
        byte[] original = original(blobs, photo);
        if (maxWidth == 0) {
            return JpegImages.isJpeg(original) ? original : JpegImages.scaled(original, Integer.MAX_VALUE);
        }
        return JpegImages.scaled(original, maxWidth);
    }

    /**
     * The original of {@code photo}, checked against its SHA-256: publishing never hands on a damaged original.
     *
     * @throws DamagedBlobException naming the photo when the stored bytes no longer match
     */
    public static byte[] original(BlobStore blobs, Photo photo) throws IOException {
        try {
            return blobs.readIntact(photo.sha256());
        } catch (DamagedBlobException e) {
            throw new DamagedBlobException(photo.sha256(), "damaged (the original of photo " + photo.id()
                    + ", refused for publishing)");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.nio.file.NoSuchFileException(photo.sha256(), null, "the original of photo " + photo.id()
                    + " is missing from the blob store: re-ingest the original file to restore it");
        }
    }
}
