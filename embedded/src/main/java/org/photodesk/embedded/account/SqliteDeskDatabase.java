package org.photodesk.embedded.account;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.photodesk.embedded.store.Migrations;

/**
 * The SQLite database file that holds the desk's users, sessions and audit log (the same file as the photo store,
 * so one backup keeps everything); migrated by Flyway from {@code classpath:db/migration} when opened.
 */
public final class SqliteDeskDatabase {

    private final String url;

    private SqliteDeskDatabase(String url) {
        this.url = url;
    }

    /** Opens (and migrates) the database in {@code file}, creating it when missing. */
    public static SqliteDeskDatabase open(Path file) {
        var db = new SqliteDeskDatabase("jdbc:sqlite:" + file.toAbsolutePath());
        Migrations.migrate(file);
        return db;
    }

    /** A new connection with foreign keys on and a busy timeout, for one unit of work. */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 5000");
        }
        return c;
    }
}
