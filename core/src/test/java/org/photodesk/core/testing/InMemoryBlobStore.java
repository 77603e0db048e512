package org.photodesk.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.photo.BlobStore;

/** A {@link BlobStore} in memory, for tests of the domain. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> renditions = new ConcurrentHashMap<>();

    /** Stores the bytes unless the same are there: a damaged or lost blob is written again. */
    @Override
    public void put(String sha256, byte[] bytes) {
        byte[] there = blobs.get(sha256);
        if (there == null || !java.util.Arrays.equals(there, bytes)) {
            blobs.put(sha256, bytes.clone());
        }
    }

    @Override
    public java.util.stream.Stream<String> originals() {
        return java.util.List.copyOf(blobs.keySet()).stream();
    }

    /** Flips one bit of blob {@code sha256}, as a failing disk would (for tests of damage). */
    public void damage(String sha256) {
        blobs.computeIfPresent(sha256, (k, b) -> {
            byte[] copy = b.clone();
            copy[copy.length / 2] ^= 0x10;
            return copy;
        });
    }

    /** Loses blob {@code sha256} (for tests of damage). */
    public void lose(String sha256) {
        blobs.remove(sha256);
    }

    @Override
    public boolean deleteOriginal(String sha256) {
        return blobs.remove(sha256) != null;
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.containsKey(sha256);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        byte[] b = blobs.get(sha256);
        if (b == null) {
            throw new NoSuchFileException(sha256);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public Optional<Path> localPath(String sha256) {
        return Optional.empty();
    }

    @Override
    public void putRendition(String sha256, String kind, byte[] bytes) {
        renditions.put(sha256 + "/" + kind, bytes.clone());
    }

    @Override
    public Optional<InputStream> openRendition(String sha256, String kind) {
        return Optional.ofNullable(renditions.get(sha256 + "/" + kind)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean hasRendition(String sha256, String kind) {
        return renditions.containsKey(sha256 + "/" + kind);
    }

    public int size() {
        return blobs.size();
    }
}
