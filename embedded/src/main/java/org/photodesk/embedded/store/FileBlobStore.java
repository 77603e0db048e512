package org.photodesk.embedded.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.photodesk.core.photo.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BlobStore} in a local folder: originals at {@code dir/ab/cd/abcd…} (their SHA-256 in hex) and
 * renditions at {@code dir/renditions/<kind>/ab/abcd….jpg}, each written to a temporary file, synced, then
 * atomically renamed, so that a crash leaves at worst an orphan {@code .tmp-*} file.
 */
public final class FileBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(FileBlobStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final String TEMP_PREFIX = ".tmp-";
    private static final Duration TEMP_MAX_AGE = Duration.ofMinutes(1);

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A store in {@code directory}, created when missing. */
    public FileBlobStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    /** A store in {@code directory} that ages temporary files by {@code clock}. */
    public FileBlobStore(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores {@code bytes} under {@code sha256} unless the same bytes are already there; a blob of another size or
     * content (damaged, or cut short) is replaced. The caller vouches that {@code sha256} is the hash of
     * {@code bytes}; it is not computed again.
     *
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
     */
    @Override
    public void put(String sha256, byte[] bytes) throws IOException {
        Path target = blobPath(sha256);
        if (!holds(target, bytes)) {
            writeAtomically(target, bytes);
        }
    }

    /** The name of every original in the folder (files named by a SHA-256 two folders down), renditions aside. */
    @Override
    public Stream<String> originals() throws IOException {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        return Files.find(directory, 3, (path, attributes) -> attributes.isRegularFile()
                        && SHA256.matcher(path.getFileName().toString()).matches()
                        && directory.relativize(path).getNameCount() == 3)
                .map(path -> path.getFileName().toString());
    }

    /** Deletes the original's file and syncs its folder, so that the removal survives a crash. */
    @Override
    public boolean deleteOriginal(String sha256) throws IOException {
        Path target = blobPath(sha256);
        if (!Files.deleteIfExists(target)) {
            return false;
        }
        syncDirectory(target.getParent());
        return true;
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(blobPath(sha256));
    }

    /** @throws NoSuchFileException when there is no such blob */
    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(blobPath(sha256));
    }

    @Override
    public Optional<Path> localPath(String sha256) {
        Path path = blobPath(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void putRendition(String sha256, String kind, byte[] jpeg) throws IOException {
        writeAtomically(rendition(sha256, kind), jpeg);
    }

    @Override
    public Optional<InputStream> openRendition(String sha256, String kind) throws IOException {
        try {
            return Optional.of(Files.newInputStream(rendition(sha256, kind)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean hasRendition(String sha256, String kind) {
        return Files.isRegularFile(rendition(sha256, kind));
    }

    /** Where the rendition {@code kind} of blob {@code sha256} is kept; the file may not exist yet. */
    Path rendition(String sha256, String kind) {
        String sha = expectSha256(sha256);
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("rendition kind '" + kind
                    + "' is not a short lower-case name: use thumb or preview");
        }
        return directory.resolve("renditions").resolve(kind).resolve(sha.substring(0, 2)).resolve(sha + ".jpg");
    }

    /** Where blob {@code sha256} is kept; the file may not exist. */
    Path blobPath(String sha256) {
        String sha = expectSha256(sha256);
        return directory.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private static String expectSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256: expected 64 lower-case hex digits");
        }
        return sha256;
    }

    /** Whether {@code target} holds exactly {@code bytes}; a blob found otherwise is logged, to be written again. */
    private static boolean holds(Path target, byte[] bytes) throws IOException {
        long existing;
        try {
            existing = Files.size(target);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (existing != bytes.length) {
            log.warn("blob {} has {} bytes instead of {}: writing it again", target, existing, bytes.length);
            return false;
        }
        if (!sameBytes(target, bytes)) {
            log.warn("blob {} does not hold the bytes its name says (damaged): writing it again", target);
            return false;
        }
        return true;
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int at = 0;
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; at += n) {
                if (at + n > bytes.length || java.util.Arrays.mismatch(buffer, 0, n, bytes, at, at + n) >= 0) {
                    return false;
                }
            }
            return at == bytes.length;
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        ensureDirectory(folder);
        Path temp = folder.resolve(TEMP_PREFIX + HexFormat.of().formatHex(randomBytes()));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveAtomically(temp, target);
            syncDirectory(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob folder " + temp.getParent()
                    + " cannot rename files atomically: put the blob store on a local file system", e);
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Creates {@code folder} and its missing parents inside the store, syncing each parent that gained one. */
    private void ensureDirectory(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.equals(directory)) {
            Files.createDirectories(folder);
            return;
        }
        Path parent = folder.getParent();
        ensureDirectory(parent);
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
        syncDirectory(parent);
    }

    /** Makes a rename or a new entry in {@code folder} durable, on systems that allow opening a folder. */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("cannot sync folder {} ({}); relying on the file system", folder, e.toString());
        }
    }

    /**
     * Deletes the temporary files that interrupted writes left behind, when older than a minute (younger ones
     * may belong to a write in progress). Call it at start-up.
     *
     * @return how many files were deleted
     */
    public int cleanTemporaryFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(TEMP_MAX_AGE);
        List<Path> orphans = new java.util.ArrayList<>();
        // Another process may rename or delete its temporary files while this walks: a file gone is skipped, never
        // an error (Files.walk would throw on it).
        Files.walkFileTree(directory, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (p.getFileName().toString().startsWith(TEMP_PREFIX) && attrs.isRegularFile()
                        && modifiedBefore(p, cutoff)) {
                    orphans.add(p);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        for (Path orphan : orphans) {
            Files.deleteIfExists(orphan);
            log.info("deleted {}, left by an interrupted write", orphan);
        }
        return orphans.size();
    }

    private static boolean modifiedBefore(Path path, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }
}
