package org.photodesk.app.gallery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code <data>/published} folder. A gallery is written into a fresh folder under {@code .releases/}; then
 * {@code published/<slug>} is switched to it by renaming a new symbolic link over the old one, which readers see
 * atomically: the old version or the new one, never a mix or nothing. Older releases are deleted afterwards.
 * Where symbolic links are not available, the old folder is renamed away and the new one renamed into place.
 *
 * <p>Publishes of one slug are serialized ({@link #locked}): by a lock per slug in this process and a file lock
 * beside the releases for other processes, so two publishes never delete each other's release. The release just
 * replaced is kept until the next publish, so that a reader half-way through the old page still finds its images.
 */
final class PublishedFolder {

    private static final Logger log = LoggerFactory.getLogger(PublishedFolder.class);

    private final Path root;
    private final Path releases;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    PublishedFolder(Path dataDir) {
        this.root = dataDir.resolve("published");
        this.releases = root.resolve(".releases");
    }

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    interface IoWork<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} while no other publish of {@code slug}, in this process or another, is running. */
    <T> T locked(String slug, IoWork<T> work) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(slug, s -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(releases);
            try (FileChannel channel = FileChannel.open(releases.resolve(slug + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = acquire(channel)) {
                return work.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The file lock of {@code channel}, waiting while another process (or another folder object here) holds it. */
    private static FileLock acquire(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting to publish");
                }
            }
        }
    }

    /** A new, empty folder to write release {@code revision} of {@code slug} into. */
    Path newRelease(String slug, int revision) throws IOException {
        Files.createDirectories(releases);
        return Files.createTempDirectory(releases, slug + ".r" + revision + ".");
    }

    /** Makes {@code release} the published {@code slug} and deletes the releases it replaced. */
    Path switchTo(String slug, Path release) throws IOException {
        Path live = root.resolve(slug);
        Path previous = Files.isSymbolicLink(live) ? Files.readSymbolicLink(live).getFileName() : null;
        if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(live, releases.resolve(slug + ".r0.legacy-" + UUID.randomUUID()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path link = root.resolve("." + slug + ".link-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(link, root.relativize(release));
        } catch (UnsupportedOperationException | FileSystemException e) {
            log.warn("symbolic links unavailable in {} ({}); publishing {} by rename", root, e.getMessage(), slug);
            Files.move(release, live, StandardCopyOption.ATOMIC_MOVE);
            cleanUp(slug, live, null);
            return live;
        }
        Files.move(link, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        cleanUp(slug, release, previous);
        return live;
    }

    /** Deletes the replaced releases once the switch is made; a failure here only leaves old files behind. */
    private void cleanUp(String slug, Path keep, Path previous) {
        try {
            deleteOldReleases(slug, keep, previous);
        } catch (IOException | RuntimeException e) {
            log.warn("published {}, but could not delete its older releases: {}", slug, e.getMessage());
        }
    }

    /** Deletes the releases of {@code slug} other than {@code keep} and the one named {@code previous} (or null). */
    private void deleteOldReleases(String slug, Path keep, Path previous) throws IOException {
        try (Stream<Path> all = Files.list(releases)) {
            for (Path old : all.filter(p -> p.getFileName().toString().startsWith(slug + ".r"))
                    .filter(p -> !p.equals(keep) && !p.getFileName().equals(previous)).toList()) {
                deleteTree(old);
            }
        }
    }

    /** Deletes {@code dir} and everything under it; used for old releases and failed writes. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
