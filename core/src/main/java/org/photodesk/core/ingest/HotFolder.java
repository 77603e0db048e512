package org.photodesk.core.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hot folder as agencies use them: files arrive (often slowly, over FTP); each is taken once it is complete,
 * meaning its size and modification time have not changed for the settle time, then moved to {@code done/} or to
 * {@code failed/} with a {@code .reason.txt} beside it. Hidden files (names starting with a dot) are partial uploads
 * and are left alone.
 */
public final class HotFolder {

    private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

    private final Path dir;
    private final Path done;
    private final Path failed;
    private final Ingestor ingestor;
    private final Duration settle;
    private final Clock clock;
    private final Map<Path, Seen> seen = new HashMap<>();

    private record Seen(long size, long modified, Instant since) {}

    public HotFolder(Path dir, Ingestor ingestor, Duration settle, Clock clock) throws IOException {
        this.dir = dir;
        this.done = Files.createDirectories(dir.resolve("done"));
        this.failed = Files.createDirectories(dir.resolve("failed"));
        this.ingestor = ingestor;
        this.settle = settle;
        this.clock = clock;
    }

    /** Looks at the folder once: ingests the files that have settled, and reports each outcome. */
    public int scan(Consumer<IngestOutcome> report) throws IOException {
        int taken = 0;
        for (Path file : candidates()) {
            if (settled(file)) {
                report.accept(take(file));
                taken++;
            }
        }
        if (taken > 0) {
            ingestor.flush();
        }
        return taken;
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private boolean settled(Path file) {
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
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

    private IngestOutcome take(Path file) {
        seen.remove(file);
        IngestOutcome outcome = ingestor.ingest(file);
        try {
            if (outcome instanceof IngestOutcome.Rejected r) {
                Path target = moveInto(file, failed);
                Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), r.reason() + "\n",
                        StandardCharsets.UTF_8);
            } else {
                moveInto(file, done);
            }
        } catch (IOException e) {
            LOG.error("Ingested {} but could not move it out of the hot folder: {}", file, e.getMessage());
        }
        return outcome;
    }

    /** Moves {@code file} into {@code folder}, never over an existing file (a suffix keeps both). */
    private static Path moveInto(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
