package org.photodesk.app.gallery;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code <data>/published} folder. A gallery is written into a fresh folder under {@code .releases/}; then
 * {@code published/<slug>} is switched to it by renaming a new symbolic link over the old one, which readers see
 * atomically: the old version or the new one, never a mix or nothing. Older releases are deleted afterwards.
 * Where symbolic links are not available, the old folder is renamed away and the new one renamed into place.
 */
final class PublishedFolder {

    private static final Logger log = LoggerFactory.getLogger(PublishedFolder.class);

    private final Path root;
    private final Path releases;

    PublishedFolder(Path dataDir) {
        this.root = dataDir.resolve("published");
        this.releases = root.resolve(".releases");
    }

    /** A new, empty folder to write release {@code revision} of {@code slug} into. */
    Path newRelease(String slug, int revision) throws IOException {
        Files.createDirectories(releases);
        return Files.createTempDirectory(releases, slug + ".r" + revision + ".");
    }

    /** Makes {@code release} the published {@code slug} and deletes the releases it replaced. */
    Path switchTo(String slug, Path release) throws IOException {
        Path live = root.resolve(slug);
        if (Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(live, releases.resolve(slug + ".r0.legacy-" + UUID.randomUUID()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path link = root.resolve("." + slug + ".link-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(link, root.relativize(release));
        } catch (UnsupportedOperationException | FileSystemException e) {
            log.warn("symbolic links unavailable in {} ({}); publishing {} by rename", root, e.getMessage(), slug);
            Files.move(release, live, StandardCopyOption.ATOMIC_MOVE);
            deleteOldReleases(slug, live);
            return live;
        }
        Files.move(link, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deleteOldReleases(slug, release);
        return live;
    }

    private void deleteOldReleases(String slug, Path keep) throws IOException {
        try (Stream<Path> all = Files.list(releases)) {
            for (Path old : all.filter(p -> p.getFileName().toString().startsWith(slug + ".r"))
                    .filter(p -> !p.equals(keep)).toList()) {
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
