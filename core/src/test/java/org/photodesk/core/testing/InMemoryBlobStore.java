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

    @Override
    public void put(String sha256, byte[] bytes) {
        blobs.putIfAbsent(sha256, bytes.clone());
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
