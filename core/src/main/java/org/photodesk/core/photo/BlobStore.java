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
     * Stores {@code bytes} under {@code sha256} unless the very same bytes are already there, and returns only once
     * they are durable (a crash leaves at worst an orphan temporary object, never a partial blob under its name). A
     * blob found missing or different is written again: putting the good bytes of a damaged original repairs it.
     */
    void put(String sha256, byte[] bytes) throws IOException;

    boolean contains(String sha256);

    /**
     * Removes original {@code sha256}, if stored, and answers whether it was: for an original written for a file that
     * then turned out to be a duplicate. The caller vouches that no photo uses it (no current original and no earlier
     * version); renditions are left alone (such an original has none).
     */
    boolean deleteOriginal(String sha256) throws IOException;

    /**
     * Reads blob {@code sha256} back and hashes it: whether it is intact, missing, or damaged (its bytes no longer
     * hash to its name). Stores that keep checksums of their own may answer from them; this default reads the
     * whole blob through {@link #open}.
     */
    default BlobCheck check(String sha256) throws IOException {
        java.security.MessageDigest digest = Sha256.digest();
        long size = 0;
        try (InputStream in = open(sha256)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return new BlobCheck.Missing();
        }
        String actual = java.util.HexFormat.of().formatHex(digest.digest());
        return actual.equals(sha256) ? new BlobCheck.Intact() : new BlobCheck.Damaged(actual, size);
    }

    /**
     * The bytes of blob {@code sha256}, checked against their name: for readers that hand an original on (publishing
     * it), so that a damaged one is refused rather than passed off as the agency's file.
     *
     * @throws DamagedBlobException when the bytes no longer hash to {@code sha256}
     * @throws java.nio.file.NoSuchFileException when there is no such blob
     */
    default byte[] readIntact(String sha256) throws IOException {
        byte[] bytes;
        try (InputStream in = open(sha256)) {
            bytes = in.readAllBytes();
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw new DamagedBlobException(sha256, new BlobCheck.Damaged(actual, bytes.length).describe());
        }
        return bytes;
    }

    /**
     * The name of every original stored (not renditions), in no particular order, for checking the store against
     * the photos that use it and for copying it; close the stream when done.
     */
    java.util.stream.Stream<String> originals() throws IOException;

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
