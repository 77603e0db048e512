package org.photodesk.app.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.photodesk.app.ingest.BlobRenditions;
import org.photodesk.app.render.RenderLimits;
import org.photodesk.app.store.FileBlobStore;
import org.photodesk.core.photo.Photo;

/**
 * Renditions for publishing taken from the library's own thumbnails and previews (upright, sRGB, made by the
 * renderer at ingest or here on first use), and the original for the full size when it is a JPEG. Only when a
 * rendition cannot be made does it fall back to scaling the original with ImageIO.
 */
public final class StoredRenditionSource implements RenditionSource {

    private final FileBlobStore blobs;
    private final BlobRenditions maker;
    private final BlobRenditionSource fallback;

    public StoredRenditionSource(FileBlobStore blobs, BlobRenditions maker) {
        this.blobs = blobs;
        this.maker = maker;
        this.fallback = new BlobRenditionSource(blobs);
    }

    @Override
    public byte[] jpeg(Photo photo, int maxWidth) throws IOException {
        if (maxWidth == 0 && "image/jpeg".equals(photo.mediaType())) {
            try (InputStream in = blobs.open(photo.sha256())) {
                return in.readAllBytes();
            }
        }
        String kind = maxWidth > 0 && maxWidth <= RenderLimits.THUMBNAIL ? "thumb" : "preview";
        Path file = blobs.rendition(photo.sha256(), kind);
        if (!Files.exists(file)) {
            maker.make(photo);
        }
        return Files.exists(file) ? Files.readAllBytes(file) : fallback.jpeg(photo, maxWidth);
    }
}
