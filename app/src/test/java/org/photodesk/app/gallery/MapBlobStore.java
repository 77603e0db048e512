package org.photodesk.app.gallery;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.photodesk.core.photo.BlobStore;

/** Blobs in memory, for tests. */
public final class MapBlobStore implements BlobStore {

    private final Map<String, byte[]> blobs = new HashMap<>();

    @Override
    public void put(String sha256, byte[] bytes) {
        blobs.putIfAbsent(sha256, bytes.clone());
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.containsKey(sha256);
    }

    @Override
    public InputStream open(String sha256) throws FileNotFoundException {
        byte[] b = blobs.get(sha256);
        if (b == null) {
            throw new FileNotFoundException("no blob " + sha256);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public Optional<Path> localPath(String sha256) {
        return Optional.empty();
    }
}
