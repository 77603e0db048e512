package org.photodesk.embedded.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.IndexDamagedException;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of a library whose Lucene files were found damaged on opening: searches are refused with a
 * message naming {@code photodesk reindex}, writes are dropped (the store keeps everything, and the rebuild replays
 * it), and {@link #clear()}, the first step of a rebuild, deletes the damaged files and carries on with a new, sound
 * index in the same folder, to which every later call goes. Opened to read only, it cannot be cleared.
 */
public final class DamagedIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedIndex.class);
    private static final Duration REBUILD_WAIT = Duration.ofMinutes(2);

    private final Path directory;
    private final String damage;
    private final Locks locks;
    private LuceneSearchIndex rebuilt;

    /**
     * The damaged index in {@code directory}; {@code locks} (null to open it read-only) keeps two processes from
     * rebuilding it at once.
     */
    public DamagedIndex(Path directory, String damage, Locks locks) {
        this.directory = directory;
        this.damage = damage;
        this.locks = locks;
    }

    @Override
    public synchronized Optional<String> damage() {
        return rebuilt == null ? Optional.of(IndexDamagedException.message(directory.toString(), damage))
                : Optional.empty();
    }

    @Override
    public synchronized void index(Photo photo) {
        if (rebuilt != null) {
            rebuilt.index(photo);
        }
    }

    @Override
    public synchronized void delete(long photoId) {
        if (rebuilt != null) {
            rebuilt.delete(photoId);
        }
    }

    /** Deletes the damaged files and starts a new, empty index in their place (or empties the new one). */
    @Override
    public synchronized void clear() {
        if (rebuilt == null) {
            rebuilt = startAfresh();
        }
        rebuilt.clear();
    }

    private LuceneSearchIndex startAfresh() {
        if (locks == null) {
            throw new IllegalStateException(IndexDamagedException.message(directory.toString(), damage)
                    + " (this command only reads)");
        }
        try (Locks.Held held = locks.acquire("index-rebuild", REBUILD_WAIT)) {
            try {
                return new LuceneSearchIndex(directory);   // another process may have rebuilt it meanwhile
            } catch (RuntimeException stillDamaged) {
                if (LuceneSearchIndex.damage(stillDamaged).isEmpty()) {
                    throw stillDamaged;
                }
            }
            LOG.warn("Deleting the damaged search index in {} ({}) to rebuild it from the store", directory, damage);
            deleteFiles();
            return new LuceneSearchIndex(directory);
        }
    }

    private void deleteFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the damaged search index in " + directory + ": "
                    + e.getMessage() + "; delete the folder by hand, then run 'photodesk reindex'", e);
        }
    }

    @Override
    public synchronized void commit(long storeChange) {
        if (rebuilt != null) {
            rebuilt.commit(storeChange);
        }
    }

    /** Claims every change while damaged, so that nothing tries to catch it up: only a rebuild can. */
    @Override
    public synchronized long lastStoreChange() {
        return rebuilt == null ? Long.MAX_VALUE : rebuilt.lastStoreChange();
    }

    @Override
    public synchronized long count() {
        return rebuilt == null ? 0 : rebuilt.count();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        LuceneSearchIndex sound;
        synchronized (this) {
            sound = rebuilt;
        }
        if (sound == null) {
            throw new IndexDamagedException(directory.toString(), damage, null);
        }
        return sound.search(request);
    }

    @Override
    public synchronized void close() {
        if (rebuilt != null) {
            rebuilt.close();
        }
    }
}
