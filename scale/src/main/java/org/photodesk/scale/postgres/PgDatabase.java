package org.photodesk.scale.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.photodesk.core.photo.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL library: a HikariCP pool on the address's database with {@code search_path} set to its schema,
 * migrated by Flyway from {@link #MIGRATIONS} (PostgreSQL's own migrations, apart from the embedded SQLite ones) when
 * opened. Every adapter of the library shares it; each unit of work borrows one connection.
 */
public final class PgDatabase implements AutoCloseable {

    /** Where this module's migrations are. */
    public static final String MIGRATIONS = "classpath:db/postgresql";
    /** The version of the newest migration in {@link #MIGRATIONS}; {@code PgDatabaseTest} keeps the two in step. */
    static final int NEWEST = 10;

    private static final Logger LOG = LoggerFactory.getLogger(PgDatabase.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final PostgresAddress address;
    private final HikariDataSource pool;

    private PgDatabase(PostgresAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    /** Opens a pool of at most {@code poolSize} connections to {@code address}, migrating its schema first. */
    public static PgDatabase open(PostgresAddress address, int poolSize) {
        migrate(address);
        var config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(address.password());
        config.setSchema(address.schema());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("photodesk-" + address.schema());
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "photodesk");
        try {
            return new PgDatabase(address, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new ScaleStoreException("cannot connect to " + address.describe() + ": " + rootMessage(e)
                    + "; check that the server runs and the user and password are right", e);
        }
    }

    /**
     * Creates the schema when missing and applies the pending migrations; several processes may call it at once
     * (Flyway takes a lock). Flyway is started only when the schema is behind {@link #NEWEST}: starting it costs a
     * noticeable part of a short command's run.
     */
    static void migrate(PostgresAddress address) {
        if (schemaVersion(address) >= NEWEST) {
            return;
        }
        try {
            var result = Flyway.configure(PgDatabase.class.getClassLoader())
                    .dataSource(address.jdbcUrl(), address.user(), address.password())
                    .locations(MIGRATIONS)
                    .schemas(address.schema())
                    .defaultSchema(address.schema())
                    .createSchemas(true)
                    .connectRetries(3)
                    .load()
                    .migrate();
            LOG.debug("{} at schema version {} ({} migrations applied)", address.describe(),
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            throw new ScaleStoreException("cannot prepare the tables in " + address.describe() + ": "
                    + rootMessage(e) + "; check that the server runs and the user may create tables there", e);
        }
    }

    /**
     * Creates the schema of {@code address} and applies the migrations up to {@code version} only (a restore fills
     * the tables as a backup of that version left them, then {@link #open} applies the newer ones).
     */
    static void migrateTo(PostgresAddress address, int version) {
        if (version > NEWEST) {
            throw new ScaleStoreException("the backup was made by a newer Photodesk (schema version " + version
                    + ", this one knows up to " + NEWEST + "): restore it with that version", null);
        }
        try {
            Flyway.configure(PgDatabase.class.getClassLoader())
                    .dataSource(address.jdbcUrl(), address.user(), address.password())
                    .locations(MIGRATIONS)
                    .schemas(address.schema())
                    .defaultSchema(address.schema())
                    .createSchemas(true)
                    .target(Integer.toString(version))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new ScaleStoreException("cannot prepare the tables in " + address.describe() + ": "
                    + rootMessage(e) + "; check that the server runs and the user may create tables there", e);
        }
    }

    /** A connection of its own to {@code address}'s database, outside any pool (the caller closes it). */
    static Connection connect(PostgresAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), credentials(address));
    }

    /** The newest migration applied to the schema of {@code address}, 0 when none or unknown. */
    static int schemaVersion(PostgresAddress address) {
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), credentials(address));
                var ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, address.schema() + ".flyway_schema_history");
            try (var rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (var v = c.createStatement().executeQuery("SELECT coalesce(max(CAST(version AS integer)), 0) FROM "
                    + address.schema() + ".flyway_schema_history WHERE success AND version IS NOT NULL")) {
                int stored = v.next() ? v.getInt(1) : 0;
                if (stored > NEWEST) {
                    throw new ScaleStoreException(address.describe() + " was made by a newer Photodesk (schema "
                            + "version " + stored + ", this one knows up to " + NEWEST + "): run that version, or "
                            + "upgrade this one", null);
                }
                return stored;
            }
        } catch (SQLException e) {
            LOG.debug("cannot read the schema version of {}: {}; migrating", address.describe(), e.getMessage());
            return 0;
        }
    }

    /** Whether the schema of {@code address} has the library's tables, without creating anything. */
    public static boolean hasTables(PostgresAddress address) {
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), credentials(address));
                var ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, address.schema() + ".photo");
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new ScaleStoreException("cannot reach " + address.describe() + ": " + e.getMessage()
                    + "; check that the server runs and the user and password are right", e);
        }
    }

    /** Where the library is, for messages (no password). */
    public PostgresAddress address() {
        return address;
    }

    /** A pooled connection in auto-commit mode, its search path on the library's schema; close it to return it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * A connection of its own, outside the pool, for work that holds it for long: listening for notifications, or
     * holding a session-level advisory lock.
     */
    public Connection dedicatedConnection() throws SQLException {
        Connection c = DriverManager.getConnection(address.jdbcUrl(), credentials(address));
        c.setSchema(address.schema());
        return c;
    }

    private static Properties credentials(PostgresAddress address) {
        var props = new Properties();
        if (address.user() != null) {
            props.setProperty("user", address.user());
        }
        if (address.password() != null) {
            props.setProperty("password", address.password());
        }
        props.setProperty("ApplicationName", "photodesk");
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("tcpKeepAlive", "true");
        return props;
    }

    /** Runs {@code work} on one connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw ScaleStoreException.of(address, e);
        }
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ScaleStoreException.of(address, e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * A 64-bit advisory-lock key for {@code name} in this library's schema: the first 8 bytes of its SHA-256, so that
     * libraries in other schemas and other names never share a lock by accident.
     */
    public long lockKey(String name) {
        String hex = Sha256.hex((address.schema() + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** One unit of database work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
