package org.photodesk.core.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hot folder as agencies use them: files arrive (often slowly, over FTP); each is taken once it is complete,
 * meaning its size and modification time have not changed for the settle time, then moved to {@code done/} or to
 * {@code failed/} with a {@code .reason.txt} beside it (mode 0640: a reason never quotes the file, but names it).
 * Hidden files (names starting with a dot) are partial uploads and are left alone. Only regular files are read: a
 * symbolic link, a FIFO, a device or a socket goes to {@code failed/} at once, unopened.
 */
public final class HotFolder {

    private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

    private final Path dir;
    private final Path done;
    private final Path failed;
    private final Ingestor ingestor;
    /** The pipeline a burst goes through in parallel; null to take one file at a time. */
    private final IngestPipeline pipeline;
    private final Duration settle;
    private final Clock clock;
    private final Map<Path, Seen> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** Files sent through the pipeline and not moved out yet: never looked at (or sent) again meanwhile. */
    private final Set<Path> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Held while a file is moved out, so that two files finishing at once never pick the same target name. */
    private final Object moving = new Object();

    /** Who may read a {@code .reason.txt}: its owner, and its group (the desk's operators), nobody else. */
    private static final Set<PosixFilePermission> REASON_MODE = PosixFilePermissions.fromString("rw-r-----");

    private record Seen(long size, long modified, Instant since) {}

    public HotFolder(Path dir, Ingestor ingestor, Duration settle, Clock clock) throws IOException {
        this(dir, ingestor, null, settle, clock);
    }

    /**
     * A hot folder whose settled files go through {@code pipeline} together, so that a burst is taken in parallel;
     * each is moved out once it is searchable (its renditions follow).
     */
    public HotFolder(Path dir, IngestPipeline pipeline, Ingestor ingestor, Duration settle, Clock clock)
            throws IOException {
        this(dir, ingestor, Objects.requireNonNull(pipeline, "pipeline"), settle, clock);
    }

    private HotFolder(Path dir, Ingestor ingestor, IngestPipeline pipeline, Duration settle, Clock clock)
            throws IOException {
        this.pipeline = pipeline;
        this.dir = dir;
        this.done = Files.createDirectories(dir.resolve("done"));
        this.failed = Files.createDirectories(dir.resolve("failed"));
        this.ingestor = ingestor;
        this.settle = settle;
        this.clock = clock;
    }

    /**
     * Looks at the folder once: ingests the files that have settled, refuses at once what is not a regular file (a
     * symbolic link is never followed out of the folder; a FIFO, device or socket is never opened), and reports each
     * outcome.
     */
    public int scan(Consumer<IngestOutcome> report) throws IOException {
        var sent = new java.util.ArrayList<java.util.concurrent.CompletableFuture<?>>();
        int taken = look(report, sent);
        sent.forEach(java.util.concurrent.CompletableFuture::join);
        if (taken > 0) {
            ingestor.flush();
        }
        return taken;
    }

    /**
     * Looks at the folder once, as {@link #scan}, without waiting for the pipeline: each picture sent through it is
     * moved out and reported once it is searchable, from the pipeline's thread, and is not looked at again meanwhile.
     * For a loop that looks at a fixed interval: the files of a burst that settle while earlier ones are still being
     * stored go in at the next look, instead of waiting for the whole of the earlier batch. Returns how many files it
     * took or sent.
     */
    public int start(Consumer<IngestOutcome> report) throws IOException {
        var sent = new java.util.ArrayList<java.util.concurrent.CompletableFuture<?>>();
        int taken = look(report, sent);
        if (taken > sent.size()) {
            ingestor.flush();   // files taken here, one at a time; the pipeline commits for those it stores
        }
        return taken;
    }

    private int look(Consumer<IngestOutcome> report, List<java.util.concurrent.CompletableFuture<?>> sent)
            throws IOException {
        int taken = 0;
        for (Path file : candidates()) {
            if (inFlight.contains(file)) {
                continue;
            }
            Optional<String> refused = notRegular(file);
            if (refused.isPresent()) {
                report.accept(fail(file, new IngestOutcome.Rejected(file.toString(), refused.get())));
                taken++;
            } else if (settled(file)) {
                if (pipeline != null && looksLikePicture(file)) {
                    sent.add(send(file, report));
                } else {
                    take(file).forEach(report);
                }
                taken++;
            }
        }
        return taken;
    }

    /** Sends a settled picture through the pipeline; it is moved out and reported once searchable. */
    private java.util.concurrent.CompletableFuture<?> send(Path file, Consumer<IngestOutcome> report) {
        seen.remove(file);
        inFlight.add(file);
        return pipeline.submit(file, false).stored().whenComplete((outcome, error) -> {
            try {
                if (outcome != null) {
                    report.accept(moveOut(file, outcome));
                }
            } finally {
                inFlight.remove(file);   // after an error it is looked at again
            }
        });
    }

    /** The entries of the folder to look at: everything but folders and hidden names (partial uploads). */
    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Why {@code file} is refused by its type alone, or empty for a regular file. */
    private static Optional<String> notRegular(Path file) {
        if (Files.isSymbolicLink(file)) {
            return Optional.of("a symbolic link, not followed: a hot folder takes only files put in it, never what a"
                    + " link points to");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("not a regular file but " + FileChecks.kind(file, false)
                    + ": refused without opening it (reading one could block or never end)");
        }
        return Optional.empty();
    }

    private boolean settled(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Instant now = clock.instant();
            Seen before = seen.get(file);
            if (before == null || before.size() != size || before.modified() != modified) {
                seen.put(file, new Seen(size, modified, now));
                return false;
            }
            return !now.isBefore(before.since().plus(settle));
        } catch (IOException e) {
            seen.remove(file);
            return false;
        }
    }

    /**
     * Ingests a settled file: a picture, or a feed document and the pictures it names (when the ingestor routes
     * documents). The file goes to {@code failed/} only when nothing in it was taken.
     */
    private List<IngestOutcome> take(Path file) {
        seen.remove(file);
        List<IngestOutcome> outcomes = ingestor.ingestAny(file);
        if (outcomes.stream().allMatch(o -> o instanceof IngestOutcome.Rejected)) {
            fail(file, outcomes.getFirst(), reasons(outcomes));
        } else {
            done(file, outcomes.getFirst());
        }
        return outcomes;
    }

    private IngestOutcome moveOut(Path file, IngestOutcome outcome) {
        return outcome instanceof IngestOutcome.Rejected ? fail(file, outcome) : done(file, outcome);
    }

    /**
     * Whether the file starts like a picture this library reads: those go through the pipeline in parallel; feed
     * documents, junk and unreadable files are taken one at a time ({@link Ingestor#ingestAny}).
     */
    private static boolean looksLikePicture(Path file) {
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return FileKind.sniff(in.readNBytes(32)).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String reasons(List<IngestOutcome> outcomes) {
        return String.join(System.lineSeparator(), outcomes.stream()
                .map(o -> outcomes.size() == 1 ? ((IngestOutcome.Rejected) o).reason()
                        : o.source() + ": " + ((IngestOutcome.Rejected) o).reason()).toList());
    }

    private IngestOutcome done(Path file, IngestOutcome outcome) {
        try {
            moveInto(file, done);
        } catch (IOException e) {
            LOG.error("Ingested {} but could not move it out of the hot folder: {}", file, e.getMessage());
        }
        return outcome;
    }

    /** Moves {@code file} to {@code failed/} with its reason beside it, readable by owner and group only. */
    private IngestOutcome fail(Path file, IngestOutcome outcome) {
        return fail(file, outcome, ((IngestOutcome.Rejected) outcome).reason());
    }

    private IngestOutcome fail(Path file, IngestOutcome outcome, String reason) {
        seen.remove(file);
        try {
            Path target = moveInto(file, failed);
            writeReason(target.resolveSibling(target.getFileName() + ".reason.txt"), reason);
        } catch (IOException e) {
            LOG.error("Refused {} but could not move it out of the hot folder: {}", file, e.getMessage());
        }
        return outcome;
    }

    /** Writes {@code reason} to a new file {@code path}, mode 0640 where the file system has Unix modes. */
    private static void writeReason(Path path, String reason) throws IOException {
        byte[] bytes = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        Files.deleteIfExists(path);
        try {
            try (var channel = Files.newByteChannel(path, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(REASON_MODE))) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
            }
            Files.setPosixFilePermissions(path, REASON_MODE);   // whatever the umask left
        } catch (UnsupportedOperationException notPosix) {
            Files.write(path, bytes, StandardOpenOption.CREATE_NEW);
        }
    }

    /** Moves {@code file} into {@code folder}, never over an existing file (a suffix keeps both). */
    private Path moveInto(Path file, Path folder) throws IOException {
        synchronized (moving) {
            return moveUnder(file, folder);
        }
    }

    private static Path moveUnder(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 1; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
