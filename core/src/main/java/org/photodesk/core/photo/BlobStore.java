package org.photodesk.core.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The port to content-addressed storage of originals and renditions: a blob is named by its SHA-256 and,
 * once written, never changes.
 */
public interface BlobStore {

    /**
     * Stores {@code bytes} under {@code sha256} unless already there: written to a temporary file, synced, then
     * renamed, so a crash leaves at worst an orphan temporary file.
     */
    void put(String sha256, byte[] bytes) throws IOException;

    boolean contains(String sha256);

    InputStream open(String sha256) throws IOException;

    /** The local file of a blob, when the store keeps blobs on this machine's disk. */
    Optional<Path> localPath(String sha256);
}
