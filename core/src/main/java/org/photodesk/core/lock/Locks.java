package org.photodesk.core.lock;

import java.time.Duration;

/**
 * The port to named locks held across threads and processes (and, on shared backends, across machines): a
 * gallery's publish, say, runs under {@code publish:<slug>} so that two publishes of one slug never interleave.
 */
public interface Locks {

    /**
     * Holds lock {@code name} until the result is closed, waiting at most {@code wait} for another holder to let go.
     *
     * @throws LockTimeoutException when the lock stayed held elsewhere for all of {@code wait}
     */
    Held acquire(String name, Duration wait);

    /** A lock held until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
