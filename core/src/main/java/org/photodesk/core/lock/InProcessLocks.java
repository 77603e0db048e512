package org.photodesk.core.lock;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Locks} that hold only within this process: enough for one process, and the first stage of every
 * cross-process implementation (threads queue here before one of them takes the shared lock). A held lock may be
 * released from another thread than the one that took it; releasing twice releases once.
 */
public final class InProcessLocks implements Locks {

    private final ConcurrentHashMap<String, Semaphore> locks = new ConcurrentHashMap<>();

    @Override
    public Held acquire(String name, Duration wait) {
        Semaphore lock = locks.computeIfAbsent(name, n -> new Semaphore(1, true));
        try {
            if (!lock.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeoutException(name, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(name, wait);
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.release();
            }
        };
    }
}
