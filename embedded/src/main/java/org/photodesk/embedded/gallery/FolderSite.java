package org.photodesk.embedded.gallery;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.photodesk.core.publish.PublishedSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PublishedSite} in a local folder, normally {@code <data>/published}. A gallery is written into a fresh
 * folder under {@code .releases/}; then {@code published/<slug>} is switched to it by renaming a new symbolic link
 * over the old one, which readers see atomically: the old version or the new one, never a mix or nothing. Older
 * releases are deleted afterwards, except the one just replaced, kept until the next publish so that a reader
 * half-way through the old page still finds its images. Where symbolic links are not available, the old folder is
 * renamed away and the new one renamed into place.
 *
 * <p>The site is for readers: on a POSIX file system its folders are made {@code rwxr-xr-x} (0755) and its files
 * {@code rw-r--r--} (0644), whatever the process's umask, so that the web server that serves them can read them
 * (a temporary folder would otherwise be 0700).
 */
public final class FolderSite implements PublishedSite {

    private static final Logger log = LoggerFactory.getLogger(FolderSite.class);

    /** Folders of the site: 0755. */
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    /** Files of the site: 0644. */
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path root;
    private final Path releases;

    /** The site in folder {@code root}, created when first written. */
    public FolderSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.releases = this.root.resolve(".releases");
    }

    /** The folder the site is kept in. */
    public Path root() {
        return root;
    }

    @Override
    public Release newRelease(String slug, int revision) throws IOException {
        Files.createDirectories(releases);
        readable(root, FOLDER);
        readable(releases, FOLDER);
        Path dir = Files.createTempDirectory(releases, slug + ".r" + revision + ".");
        readable(dir, FOLDER);
        return new FolderRelease(slug, dir);
    }

    /** Gives {@code path} the site's {@code permissions} where the file system has POSIX permissions. */
    private static void readable(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    @Override
    public Optional<Entry> find(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || path.contains("\0") || hidden(root.relativize(file))) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return Optional.of(new Entry.Folder());
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new Entry.File(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    @Override
    public boolean remove(String slug) throws IOException {
        Path live = root.resolve(slug).normalize();
        if (!live.startsWith(root) || live.equals(root) || !Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.delete(live);
        cleanUp(slug, null, null);
        return true;
    }

    @Override
    public List<String> files(String slug) throws IOException {
        Path live = root.resolve(slug).normalize();
        if (!live.startsWith(root) || live.equals(root) || hidden(root.relativize(live)) || !Files.isDirectory(live)) {
            return List.of();
        }
        Path release = live.toRealPath();
        try (Stream<Path> walk = Files.walk(release)) {
            return walk.filter(Files::isRegularFile).map(p -> release.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A release folder being written. */
    private final class FolderRelease implements Release {
        private final String slug;
        private final Path dir;

        FolderRelease(String slug, Path dir) {
            this.slug = slug;
            this.dir = dir;
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir)) {
                throw new IOException("'" + path + "' leaves the release folder: publish files inside the gallery");
            }
            Files.createDirectories(file.getParent());
            for (Path folder = file.getParent(); folder.startsWith(dir) && !folder.equals(dir);
                    folder = folder.getParent()) {
                readable(folder, FOLDER);
            }
            Files.write(file, bytes);
            readable(file, FILE);
        }

        @Override
        public String makeLive() throws IOException {
            return switchTo(slug, dir).toString();
        }

        @Override
        public void discard() {
            try {
                deleteTree(dir);
            } catch (IOException e) {
                log.warn("could not delete the unpublished release {}: {}", dir, e.getMessage());
            }
        }
    }

    /** Makes {@code release} the published {@code slug} and deletes the releases it replaced. */
    private Path switchTo(String slug, Path release) throws IOException {
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
        if (!Files.isDirectory(releases)) {
            return;
        }
        try (Stream<Path> all = Files.list(releases)) {
            for (Path old : all.filter(p -> p.getFileName().toString().startsWith(slug + ".r"))
                    .filter(p -> !p.equals(keep) && !p.getFileName().equals(previous)).toList()) {
                deleteTree(old);
            }
        }
    }

    /** Deletes {@code dir} and everything under it; used for old releases and failed writes. */
    public static void deleteTree(Path dir) throws IOException {
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
