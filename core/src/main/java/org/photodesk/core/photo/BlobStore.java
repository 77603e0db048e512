package org.photodesk.core.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The port to content-addressed storage of originals and their renditions: a blob is named by its SHA-256 and,
 * once written, never changes; a rendition (a {@code kind} such as {@code thumb} or {@code preview}) belongs to
 * the original it was made from. Everything is read as streams, so the blobs may live anywhere.
 */
public interface BlobStore {

    /**
     * Stores {@code bytes} under {@code sha256} unless already there, and returns only once they are durable (a
     * crash leaves at worst an orphan temporary object, never a partial blob under its name).
     */
    void put(String sha256, byte[] bytes) throws IOException;

    boolean contains(String sha256);

    /** The bytes of blob {@code sha256}; throws {@link java.nio.file.NoSuchFileException} when there is none. */
    InputStream open(String sha256) throws IOException;

    /**
     * The local file of a blob, when the store keeps blobs on this machine's disk: a fast path for renderers that
     * read files; every other reader uses {@link #open}.
     */
    Optional<Path> localPath(String sha256);

    /** Stores rendition {@code kind} of original {@code sha256}, replacing an earlier one atomically. */
    void putRendition(String sha256, String kind, byte[] bytes) throws IOException;

    /** The bytes of rendition {@code kind} of original {@code sha256}, or empty when it has not been made. */
    Optional<InputStream> openRendition(String sha256, String kind) throws IOException;

    /** Whether rendition {@code kind} of original {@code sha256} has been made. */
    boolean hasRendition(String sha256, String kind);
}
