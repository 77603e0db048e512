package org.photodesk.core.photo;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The port that wakes a process when the {@link PhotoStore} may have changed, whoever changed it (this process, a CLI
 * in another one, another desk node): the embedded store is polled, a shared store pushes (PostgreSQL's
 * {@code LISTEN/NOTIFY}). A wake-up says only "look again": the listener reads {@link PhotoStore#lastChange()} and
 * {@link PhotoStore#changedSince(long)} itself, so a spurious or coalesced wake-up is harmless.
 */
public interface StoreChanges {

    /**
     * Calls {@code listener} on a thread of its own, one call at a time, soon after the store may have changed (and
     * at least at the implementation's safety interval), until the result is closed. The listener should not throw;
     * whatever it throws is logged and the watch goes on.
     */
    Watch watch(Runnable listener);

    /** A running watch, stopped by closing it. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** Wakes the listener every {@code period}: for stores that cannot push, such as a SQLite file shared by processes. */
    static StoreChanges polling(Duration period) {
        Objects.requireNonNull(period, "period");
        return listener -> {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofVirtual().name("store-changes-poll").factory());
            timer.scheduleWithFixedDelay(() -> callSafely(listener), period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
            return timer::shutdownNow;
        };
    }

    /** Runs {@code listener} once, logging what it throws (a scheduled task that throws is never run again). */
    static void callSafely(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(StoreChanges.class).warn("store changes: the listener failed: {}", e.getMessage(), e);
        }
    }
}
