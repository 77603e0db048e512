package org.photodesk.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.photodesk.app.ingest.BlobRenditions;
import org.photodesk.app.store.FileBlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's {@link Renditions} from the blob store's rendition files; a photo ingested without renditions gets
 * them made on first request (once per original at a time). When they cannot be made, the desk serves the
 * original instead, and does not try again until restarted.
 */
final class OnDemandRenditions implements Renditions {

    private static final Logger LOG = LoggerFactory.getLogger(OnDemandRenditions.class);
    private final FileBlobStore blobs;
    private final PhotoStore store;
    private final BlobRenditions maker;
    private final ConcurrentHashMap<String, ReentrantLock> making = new ConcurrentHashMap<>();
    private final java.util.Set<String> failed = ConcurrentHashMap.newKeySet();

    OnDemandRenditions(FileBlobStore blobs, PhotoStore store, BlobRenditions maker) {
        this.blobs = blobs;
        this.store = store;
        this.maker = maker;
    }

    @Override
    public Optional<Path> rendition(String sha256, String kind) {
        Path file = blobs.rendition(sha256, kind);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        if (failed.contains(sha256)) {
            return Optional.empty();
        }
        ReentrantLock lock = making.computeIfAbsent(sha256, k -> new ReentrantLock());
        lock.lock();
        try {
            if (!Files.isRegularFile(file)) {
                make(sha256);
            }
        } finally {
            lock.unlock();
            making.remove(sha256, lock);
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void make(String sha256) {
        store.findBySha256(sha256).ifPresent(photo -> {
            List<Problem> problems = maker.make(photo);
            if (!problems.isEmpty()) {
                failed.add(sha256);
                LOG.warn("no renditions for photo {}: {}", photo.id(), problems.getFirst().message());
            }
        });
    }
}
