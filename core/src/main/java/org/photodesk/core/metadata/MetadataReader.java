package org.photodesk.core.metadata;

/**
 * Reads a photo file's IPTC IIM, XMP and EXIF metadata and merges them into one {@link
 * org.photodesk.core.photo.PhotoMetadata} by the Metadata Working Group's precedence. Never throws on bad bytes:
 * problems come back as data.
 */
public final class MetadataReader {

    /** Reads the whole file held in {@code bytes}. */
    public MetadataRead read(byte[] bytes) {
        throw new UnsupportedOperationException("not yet written");
    }
}
