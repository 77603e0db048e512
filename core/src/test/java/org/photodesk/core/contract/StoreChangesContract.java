package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.photodesk.core.testing.StoreFixtures.record;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;

/**
 * What every {@link StoreChanges} must do: wake its listener soon after a change made through another view of the
 * same store (another process, another desk node), and stop when closed. A subclass supplies the store and its
 * changes.
 */
public abstract class StoreChangesContract {

    protected PhotoStore store;
    protected PhotoStore elsewhere;

    /** A new, empty store. */
    protected abstract PhotoStore newStore();

    /** Another view of the same store, as another process would open it (or the same store where there is one). */
    protected abstract PhotoStore otherView(PhotoStore store);

    /** What wakes a process that opened {@code store}. */
    protected abstract StoreChanges changesOf(PhotoStore store);

    @BeforeEach
    void open() {
        store = newStore();
        elsewhere = otherView(store);
    }

    @AfterEach
    void close() {
        if (elsewhere != store) {
            elsewhere.close();
        }
        store.close();
    }

    @Test
    void aChangeMadeElsewhereWakesTheListenerWithinTwoSeconds() throws InterruptedException {
        long before = store.lastChange();
        var woken = new CountDownLatch(1);
        try (StoreChanges.Watch watch = changesOf(store).watch(() -> {
            if (store.lastChange() > before) {
                woken.countDown();
            }
        })) {
            elsewhere.add(record("elsewhere", "Added by another process."));
            assertThat(woken.await(2, TimeUnit.SECONDS)).as("woken within 2 s of the change").isTrue();
        }
    }

    @Test
    void aClosedWatchIsNotCalledAgain() throws InterruptedException {
        var calls = new AtomicInteger();
        StoreChanges.Watch watch = changesOf(store).watch(calls::incrementAndGet);
        watch.close();
        int afterClose = calls.get();
        elsewhere.add(record("late", "Added after the watch was closed."));
        Thread.sleep(1500);
        assertThat(calls.get()).isEqualTo(afterClose);
    }
}
