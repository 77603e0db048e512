package org.photodesk.embedded.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's SQLite file, opened for writing or for reading only. A read-only connection writes nothing to the
 * library: it reads through the write-ahead log as any reader does when it can, and when it cannot (a read-only
 * folder or a full disk, where SQLite cannot make the log's shared-memory file it needs to read a WAL database) it
 * reads the file as immutable, which is safe then: without that shared-memory file no process has the database
 * open for writing.
 *
 * @param path the database file
 * @param readOnly whether connections only read
 */
public record SqliteFile(Path path, boolean readOnly) {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFile.class);

    public SqliteFile {
        path = path.toAbsolutePath().normalize();
    }

    /** The file {@code path}, opened for writing. */
    public static SqliteFile writable(Path path) {
        return new SqliteFile(path, false);
    }

    /** The file {@code path}, opened for reading only. */
    public static SqliteFile readOnlyAt(Path path) {
        return new SqliteFile(path, true);
    }

    /** The plain JDBC URL of the file (read-write, created when missing). */
    public String url() {
        return "jdbc:sqlite:" + path;
    }

    /**
     * A new connection with {@code config}; for a read-only file the configuration's journal mode is left alone
     * (setting it would write), and a connection that cannot read through the log reads the file as immutable.
     *
     * @throws SQLException when the file cannot be opened; for a read-only file also when it does not exist
     */
    public Connection connect(SQLiteConfig config) throws SQLException {
        if (!readOnly) {
            return DriverManager.getConnection(url(), config.toProperties());
        }
        if (!Files.isRegularFile(path)) {
            throw new SQLException("no database file " + path);
        }
        config.setReadOnly(true);
        Properties properties = config.toProperties();
        properties.remove(SQLiteConfig.Pragma.JOURNAL_MODE.pragmaName);
        properties.remove(SQLiteConfig.Pragma.SYNCHRONOUS.pragmaName);
        try {
            return probed(DriverManager.getConnection(uri("mode=ro"), properties));
        } catch (SQLException e) {
            LOG.debug("reading {} through its log failed ({}); reading the file as immutable", path, e.getMessage());
            warnIfLogHasChanges();
            return probed(DriverManager.getConnection(uri("immutable=1"), properties));
        }
    }

    /** A new connection with the default configuration (foreign keys on, a busy timeout). */
    public Connection connect() throws SQLException {
        var config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return connect(config);
    }

    /** The SQLite URI of the file with one query parameter (the path percent-encoded, as SQLite URIs want). */
    private String uri(String parameter) {
        return "jdbc:sqlite:" + path.toUri() + "?" + parameter;
    }

    /** {@code c} once a first read has gone through (which is when SQLite opens the log), closed when it fails. */
    private static Connection probed(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private void warnIfLogHasChanges() {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        try {
            if (Files.isRegularFile(wal) && Files.size(wal) > 0) {
                LOG.warn("{} has changes in its write-ahead log that a read-only reader cannot see; open the library "
                        + "once with write access to fold them in", path);
            }
        } catch (java.io.IOException e) {
            LOG.debug("cannot read the size of {}: {}", wal, e.getMessage());
        }
    }
}
