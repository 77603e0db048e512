package org.photodesk.drop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands finished uploads to the {@link DropHandler} off the protocol's own threads, so a burst from a camera is
 * acknowledged at once and ingested in parallel; a file still partly written or gone meanwhile is skipped.
 */
final class Handoff implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Handoff.class);

    private final DropHandler handler;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    Handoff(DropHandler handler) {
        this.handler = handler;
    }

    /** Passes {@code file} from {@code sender} on, unless it is a folder, a link or hidden (a client's temporary). */
    void finished(String sender, Path file) {
        Path name = file.getFileName();
        if (name == null || name.toString().startsWith(".") || !Files.isRegularFile(file,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        workers.submit(() -> {
            try {
                handler.dropped(sender, file);
            } catch (RuntimeException e) {
                LOG.warn("A file dropped by {} could not be handed on: {}", sender, e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        workers.close();
    }
}
