package org.photodesk.embedded.account;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.photodesk.embedded.store.Migrations;
import org.photodesk.embedded.store.SqliteFile;

/**
 * The SQLite database file that holds the desk's users, sessions and audit log (the same file as the photo store,
 * so one backup keeps everything); migrated by Flyway from {@code classpath:db/migration} when opened.
 */
public final class SqliteDeskDatabase {

    private final SqliteFile file;

    private SqliteDeskDatabase(SqliteFile file) {
        this.file = file;
    }

    /** Opens (and migrates) the database in {@code file}, creating it when missing. */
    public static SqliteDeskDatabase open(Path file) {
        Migrations.migrate(file);
        return new SqliteDeskDatabase(SqliteFile.writable(file));
    }

    /** Opens {@code file} as it is, migrating nothing: for a read-only file, or one already migrated. */
    public static SqliteDeskDatabase open(SqliteFile file) {
        return new SqliteDeskDatabase(file);
    }

    /** A new connection with foreign keys on and a busy timeout, for one unit of work. */
    public Connection connect() throws SQLException {
        return file.connect();
    }
}
