package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.photodesk.core.lock.InProcessLocks;
import org.photodesk.core.lock.LockTimeoutException;
import org.photodesk.core.lock.Locks;

/**
 * {@link Locks} shared by every process on the same PostgreSQL library, on any machine: threads of this process queue
 * on an in-process lock, then the one in front takes a session-level advisory lock (its key derived from the schema
 * and the name, see {@link PgDatabase#lockKey}) on a connection of its own, held until released. If the process dies
 * or its connection drops, the server releases the lock.
 */
public final class PgLocks implements Locks {

    private static final long POLL_MILLIS = 25;

    private final PgDatabase db;
    private final InProcessLocks local = new InProcessLocks();

    public PgLocks(PgDatabase db) {
        this.db = db;
    }

    @Override
    public Held acquire(String name, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Held inProcess = local.acquire(name, wait);
        try {
            Connection c = lock(name, db.lockKey(name), wait, deadline);
            return () -> release(c, db.lockKey(name), inProcess);
        } catch (RuntimeException e) {
            inProcess.close();
            throw e;
        }
    }

    private Connection lock(String name, long key, Duration wait, long deadline) {
        Connection c = connect(name);
        try {
            while (!Sql.queryOne(c, "SELECT pg_try_advisory_lock(?)", rs -> rs.getBoolean(1), key).orElse(false)) {
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException(name, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(c);
            throw new LockTimeoutException(name, wait);
        } catch (SQLException e) {
            closeQuietly(c);
            throw ScaleStoreException.of(db.address(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private Connection connect(String name) {
        try {
            return db.dedicatedConnection();
        } catch (SQLException e) {
            throw new ScaleStoreException("cannot take lock '" + name + "' on " + db.address().describe() + ": "
                    + e.getMessage() + "; check that the server runs", e);
        }
    }

    private static void release(Connection c, long key, Held inProcess) {
        try {
            Sql.queryOne(c, "SELECT pg_advisory_unlock(?)", rs -> rs.getBoolean(1), key);
        } catch (SQLException e) {
            // closing the connection below releases it too
        } finally {
            closeQuietly(c);
            inProcess.close();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the server drops the session, and its locks, with the connection
        }
    }
}
