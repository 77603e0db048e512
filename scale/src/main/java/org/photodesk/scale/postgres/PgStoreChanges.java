package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.photodesk.core.photo.StoreChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StoreChanges} pushed by PostgreSQL: a watch holds a connection of its own that {@code LISTEN}s on channel
 * {@code photodesk_changes}, to which every commit that appends to the change log sends the library's schema (a
 * trigger, see {@code V1__photos.sql}). The listener is woken as soon as a notification for this schema arrives, and
 * at least every {@link #SAFETY} in case one was lost while the connection was being re-opened.
 */
public final class PgStoreChanges implements StoreChanges {

    /** The channel every change-log commit notifies. */
    static final String CHANNEL = "photodesk_changes";
    /** How often the listener is woken with no notification, and how soon a lost connection is opened again. */
    static final Duration SAFETY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PgStoreChanges.class);
    private static final int RECEIVE_MILLIS = 250;

    private final PgDatabase db;

    public PgStoreChanges(PgDatabase db) {
        this.db = db;
    }

    @Override
    public Watch watch(Runnable listener) {
        var loop = new Listening(listener);
        // A platform thread: the desk's request handlers are virtual threads, and renderers called through FFM pin
        // their carriers, so a virtual listener could wait seconds for a carrier on a busy machine.
        Thread thread = Thread.ofPlatform().daemon().name("pg-store-changes").start(loop);
        return () -> {
            loop.stop = true;
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The loop of one watch: listen, wake the listener, re-connect after a failure. */
    private final class Listening implements Runnable {
        private final Runnable listener;
        private volatile boolean stop;

        Listening(Runnable listener) {
            this.listener = listener;
        }

        @Override
        public void run() {
            while (!stop) {
                try (Connection c = db.dedicatedConnection()) {
                    listen(c);
                    StoreChanges.callSafely(listener);
                    receive(c);
                } catch (SQLException e) {
                    if (!stop) {
                        LOG.warn("listening for changes on {} failed ({}); trying again in {} s",
                                db.address().describe(), e.getMessage(), SAFETY.toSeconds());
                        pause();
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void listen(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
        }

        private void receive(Connection c) throws SQLException, InterruptedException {
            PGConnection pg = c.unwrap(PGConnection.class);
            String schema = db.address().schema();
            long lastWake = System.nanoTime();
            while (!stop) {
                PGNotification[] got = pg.getNotifications(RECEIVE_MILLIS);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                boolean ours = got != null && java.util.Arrays.stream(got).anyMatch(n -> schema.equals(n.getParameter()));
                if (ours || System.nanoTime() - lastWake > SAFETY.toNanos()) {
                    lastWake = System.nanoTime();
                    StoreChanges.callSafely(listener);
                }
            }
        }

        private void pause() {
            try {
                Thread.sleep(SAFETY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop = true;
            }
        }
    }
}
