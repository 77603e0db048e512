package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.lock.LockTimeoutException;
import org.photodesk.core.lock.Locks;

/** What every {@link Locks} must do: a subclass supplies one (two instances must share their locks). */
public abstract class LocksContract {

    protected Locks locks;

    /** Locks over the same shared state each time it is called (another process's view of the same library). */
    protected abstract Locks newLocks();

    @BeforeEach
    void open() {
        locks = newLocks();
    }

    @Test
    void oneHolderAtATime() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Locks> views = List.of(locks, newLocks());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Locks view = views.get(i % 2);
                done.add(pool.submit(() -> {
                    try (Locks.Held held = view.acquire("publish:g", Duration.ofSeconds(20))) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void aLockHeldTooLongTimesOutWithAMessageAndOtherNamesAreFree() throws Exception {
        try (Locks.Held held = locks.acquire("publish:a", Duration.ofSeconds(1))) {
            Future<?> waiting;
            try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
                waiting = pool.submit(() -> newLocks().acquire("publish:a", Duration.ofMillis(200)));
                assertThatThrownBy(waiting::get).hasCauseInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining("publish:a");
                try (Locks.Held other = pool.submit(() -> newLocks().acquire("publish:b", Duration.ofSeconds(1)))
                        .get()) {
                    assertThat(other).isNotNull();
                }
            }
        }
        try (Locks.Held again = locks.acquire("publish:a", Duration.ofSeconds(1))) {
            assertThat(again).isNotNull();
        }
    }
}
