package org.photodesk.embedded.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of the library's SQLite file, migrated by Flyway from {@link #LOCATION}. Flyway is started only when
 * the database is behind the newest migration this build carries: starting it (it scans the class path for
 * migrations) costs more than half a second, a large part of a short command's run, and is needed only once per
 * library and upgrade.
 */
public final class Migrations {

    /** Where the migrations ({@code V1__photos.sql}, ...) are. */
    public static final String LOCATION = "classpath:db/migration";

    /** The version of the newest migration in {@link #LOCATION}; {@code MigrationsTest} keeps the two in step. */
    static final int NEWEST = 11;

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    /** Brings the database in {@code dbFile} (created when missing) up to the newest schema. */
    public static void migrate(Path dbFile) {
        String url = "jdbc:sqlite:" + dbFile.toAbsolutePath();
        if (isCurrent(url)) {
            return;
        }
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, null, null)
                .locations(LOCATION)
                .load()
                .migrate();
        LOG.debug("database {} at schema version {} ({} migrations applied)", dbFile, result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** Whether Flyway's history in the database at {@code url} records the newest migration as applied. */
    static boolean isCurrent(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                        + " AND name = 'flyway_schema_history'")) {
            if (!r.next() || r.getInt(1) == 0) {
                return false;
            }
            try (ResultSet v = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1 AND version IS NOT NULL")) {
                int stored = v.next() ? v.getInt(1) : 0;
                if (stored > NEWEST) {
                    throw new StoreException("the library " + url.substring("jdbc:sqlite:".length())
                            + " was made by a newer Photodesk (schema version " + stored + ", this one knows up to "
                            + NEWEST + "): run that version, or upgrade this one", null);
                }
                return stored == NEWEST;
            }
        } catch (SQLException e) {
            LOG.debug("cannot read the schema version at {}: {}; migrating", url, e.getMessage());
            return false;
        }
    }
}
