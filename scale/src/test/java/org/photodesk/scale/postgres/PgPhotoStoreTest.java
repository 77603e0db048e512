package org.photodesk.scale.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.photodesk.core.testing.StoreFixtures.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.ScaleServers;

/** What the PostgreSQL photo store promises beyond the contract: one writer at a time across processes. */
@ExtendWith(ScaleServers.class)
class PgPhotoStoreTest {

    private PostgresAddress schema;
    private final List<PgDatabase> opened = new ArrayList<>();

    @BeforeEach
    void schema(LocalPostgres server) {
        schema = server.freshSchema();
    }

    @AfterEach
    void close() {
        opened.forEach(PgDatabase::close);
    }

    /** A store on a pool of its own: another process's view of the same library. */
    private PgPhotoStore process() {
        PgDatabase db = PgDatabase.open(schema, 4);
        opened.add(db);
        return new PgPhotoStore(db, Clock.systemUTC());
    }

    @Test
    void aLookUpAndAnAddDoneAtomicallyInTwoProcessesNeverStoreOneFileTwice() throws Exception {
        List<PgPhotoStore> processes = List.of(process(), process(), process());
        List<PhotoRecord> records = IntStream.range(0, 30).mapToObj(i -> record("f" + i, "File " + i + ".")).toList();
        var added = new AtomicInteger();
        var refused = new AtomicInteger();

        try (var threads = Executors.newFixedThreadPool(processes.size())) {
            var runs = new ArrayList<Future<?>>();
            for (PgPhotoStore store : processes) {
                runs.add(threads.submit(() -> records.forEach(r -> store.atomically(() -> {
                    if (store.findBySha256(r.sha256()).isPresent()) {
                        return null;
                    }
                    try {
                        store.add(r);
                        added.incrementAndGet();
                    } catch (IllegalStateException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }

        assertThat(added.get()).isEqualTo(records.size());
        assertThat(refused.get()).as("no look-up is outdated by the time of its add").isZero();
        assertThat(processes.getFirst().count()).isEqualTo(records.size());
    }

    @Test
    void aWriteRefusedInsideAtomicallyIsUndoneAloneAndTheRestCommits() {
        PgPhotoStore store = process();
        PhotoRecord a = record("a", "A.");
        store.add(a);

        Photo b = store.atomically(() -> {
            assertThatThrownBy(() -> store.add(a)).isInstanceOf(IllegalStateException.class);
            return store.add(record("b", "B."));
        });

        assertThat(store.count()).isEqualTo(2);
        assertThat(process().findById(b.id())).as("committed, seen by another process").isPresent();
    }

    @Test
    void atomicallyRollsBackEverythingWhenItsWorkThrows() {
        PgPhotoStore store = process();

        assertThatThrownBy(() -> store.atomically(() -> {
            store.add(record("a", "A."));
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");

        assertThat(store.count()).isZero();
        assertThat(store.lastChange()).isZero();
    }
}
