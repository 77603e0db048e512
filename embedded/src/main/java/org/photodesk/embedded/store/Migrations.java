package org.photodesk.embedded.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.photodesk.core.lock.Locks;
import org.photodesk.embedded.lock.FileLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The schema of the library's SQLite file, migrated by Flyway from {@link #LOCATION}. Flyway is started only when
 * the database is behind the newest migration this build carries: starting it (it scans the class path for
 * migrations) costs more than half a second, a large part of a short command's run, and is needed only once per
 * library and upgrade. Processes that find the schema behind take turns under the file lock {@code migrate} in the
 * library's {@code locks/} folder, so that two processes opening a new library never run Flyway at once (SQLite
 * would refuse the second with {@code SQLITE_BUSY}).
 */
public final class Migrations {

    /** Where the migrations ({@code V1__photos.sql}, ...) are. */
    public static final String LOCATION = "classpath:db/migration";

    /** The version of the newest migration in {@link #LOCATION}; {@code MigrationsTest} keeps the two in step. */
    static final int NEWEST = 16;

    /** How long a process waits for another one's migration of the same library. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    /** Brings the database in {@code dbFile} (created when missing) up to the newest schema. */
    public static void migrate(Path dbFile) {
        SqliteFile file = SqliteFile.writable(dbFile);
        if (isCurrent(file)) {
            return;
        }
        Path locks = file.path().getParent().resolve("locks");
        try (Locks.Held held = new FileLocks(locks).acquire("migrate", LOCK_WAIT)) {
            if (!isCurrent(file)) {
                migrateNow(file);
            }
        }
    }

    private static void migrateNow(SqliteFile file) {
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource(file))
                .locations(LOCATION)
                .load()
                .migrate();
        useWriteAheadLog(file);
        LOG.debug("database {} at schema version {} ({} migrations applied)", file.path(), result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** Switches a new database to WAL once, here under the lock, rather than racing in every connection. */
    private static void useWriteAheadLog(SqliteFile file) {
        try (Connection c = file.connect(config()); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
        } catch (SQLException e) {
            throw new StoreException("cannot switch " + file.path() + " to write-ahead logging: " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(SqliteFile file) {
        var dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(file.url());
        return dataSource;
    }

    private static SQLiteConfig config() {
        var config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    /**
     * Checks, reading only, that the database in {@code file} exists and is at the newest schema: a reader cannot
     * migrate it.
     *
     * @throws StoreException saying what to run when it is missing, older or newer
     */
    public static void expectCurrent(SqliteFile file) {
        int stored;
        try (Connection c = file.connect(config())) {
            stored = storedVersion(c, file);
        } catch (SQLException e) {
            throw new StoreException("cannot read the library's database " + file.path() + ": " + e.getMessage(), e);
        }
        if (stored < NEWEST) {
            throw new StoreException("the library " + file.path().getParent() + " was made by an older Photodesk "
                    + "(schema version " + stored + ", this one needs " + NEWEST + ") and this command only reads: "
                    + "run a command that writes (such as 'photodesk reindex') once with write access to upgrade it",
                    null);
        }
    }

    /** Whether Flyway's history in the database at {@code url} records the newest migration as applied. */
    static boolean isCurrent(String url) {
        return isCurrent(SqliteFile.writable(Path.of(url.substring("jdbc:sqlite:".length()))));
    }

    private static boolean isCurrent(SqliteFile file) {
        try (Connection c = file.connect(config())) {
            return storedVersion(c, file) == NEWEST;
        } catch (SQLException e) {
            LOG.debug("cannot read the schema version of {}: {}; migrating", file.path(), e.getMessage());
            return false;
        }
    }

    /**
     * The newest migration applied, 0 for a database without Flyway's history.
     *
     * @throws StoreException when the database was made by a newer Photodesk
     */
    private static int storedVersion(Connection c, SqliteFile file) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                        + " AND name = 'flyway_schema_history'")) {
            if (!r.next() || r.getInt(1) == 0) {
                return 0;
            }
            try (ResultSet v = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1 AND version IS NOT NULL")) {
                int stored = v.next() ? v.getInt(1) : 0;
                if (stored > NEWEST) {
                    throw new StoreException("the library " + file.path() + " was made by a newer Photodesk (schema "
                            + "version " + stored + ", this one knows up to " + NEWEST + "): run that version, or "
                            + "upgrade this one", null);
                }
                return stored;
            }
        }
    }
}
