package org.photodesk.scale.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of a PostgreSQL library copied out as they were at one instant, and a new library filled from such a
 * copy. Out: one {@code REPEATABLE READ} read-only transaction (the same snapshot {@code pg_dump} takes, while other
 * processes go on writing) runs {@code COPY ... TO STDOUT} for every table of the schema but Flyway's history, one
 * file per table in COPY's text format. In: the target schema is migrated to the copy's schema version, every table
 * is filled by {@code COPY ... FROM STDIN} in the order of its foreign keys, in one transaction, the identity
 * sequences are moved to where they were, and the newer migrations are applied afterwards by opening the library.
 * Unlike {@code pg_dump}/{@code pg_restore}, this needs no client tools of the server's version and restores into a
 * schema of any name.
 */
public final class PgSnapshot {

    /** The extension of a table's file in a copy. */
    public static final String EXTENSION = ".copy";

    private static final Logger LOG = LoggerFactory.getLogger(PgSnapshot.class);
    private static final String HISTORY = "flyway_schema_history";

    private PgSnapshot() {}

    /** One table of a copy: its name, the columns in the order of its file, and how many rows it held. */
    public record Table(String name, List<String> columns, long rows) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /**
     * What a copy holds.
     *
     * @param schemaVersion the newest migration applied to the copied schema
     * @param tables every table copied
     * @param sequences each identity sequence's last value (sequences never used are left out)
     * @param originals the SHA-256 of every original a photo of the copy uses (current, earlier or once sent)
     */
    public record Taken(int schemaVersion, List<Table> tables, Map<String, Long> sequences,
            SortedSet<String> originals) {
        public Taken {
            tables = List.copyOf(tables);
            sequences = Map.copyOf(sequences);
            originals = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(originals));
        }

        /** The number of rows the copy holds of {@code table}, 0 when it has none. */
        public long rows(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToLong(Table::rows).sum();
        }
    }

    /** Copies every table of {@code address}'s schema into files in {@code dir}, as they were at one instant. */
    public static Taken copyOut(PostgresAddress address, Path dir) throws IOException {
        String schema = address.schema();
        try (Connection c = PgDatabase.connect(address)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            int version = schemaVersion(c, schema);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<Table> tables = new ArrayList<>();
            for (String table : tables(c, schema)) {
                List<String> columns = columns(c, schema, table);
                long rows;
                try (OutputStream out = Files.newOutputStream(dir.resolve(table + EXTENSION))) {
                    rows = copy.copyOut("COPY " + qualified(schema, table) + " (" + String.join(", ",
                            columns.stream().map(PgSnapshot::quote).toList()) + ") TO STDOUT", out);
                }
                tables.add(new Table(table, columns, rows));
            }
            Map<String, Long> sequences = sequences(c, schema);
            SortedSet<String> originals = originals(c, schema);
            c.commit();
            LOG.info("copied {} tables of {} at schema version {}", tables.size(), address.describe(), version);
            return new Taken(version, tables, sequences, originals);
        } catch (SQLException e) {
            throw new IOException("cannot copy the tables of " + address.describe() + ": " + e.getMessage()
                    + "; check that the server runs and the user may read the schema", e);
        }
    }

    /**
     * Fills the schema of {@code address}, which must hold no library, from the copy in {@code dir} that
     * {@code taken} describes; newer migrations than the copy's are left to the library's opening.
     */
    public static void copyIn(PostgresAddress address, Path dir, Taken taken) throws IOException {
        if (PgDatabase.hasTables(address)) {
            throw new java.nio.file.FileAlreadyExistsException(address.describe(), null, "a library is already "
                    + "there: restore into a new schema (?schema=NAME in --store), then point the desk at it");
        }
        PgDatabase.migrateTo(address, taken.schemaVersion());
        String schema = address.schema();
        try (Connection c = PgDatabase.connect(address)) {
            c.setAutoCommit(false);
            Set<String> present = new TreeSet<>(tables(c, schema));
            Map<String, Table> byName = new LinkedHashMap<>();
            taken.tables().forEach(t -> byName.put(t.name(), t));
            if (!present.equals(byName.keySet())) {
                throw new IOException("the backup's tables " + byName.keySet() + " differ from those of schema "
                        + "version " + taken.schemaVersion() + " here " + present + ": the backup is damaged");
            }
            List<String> order = inForeignKeyOrder(c, schema, present);
            // rows the migrations seed (the events' one-row state) give way to the backup's own
            try (java.sql.Statement st = c.createStatement()) {
                for (String name : order.reversed()) {
                    st.execute("DELETE FROM " + qualified(schema, name));
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String name : order) {
                Table table = byName.get(name);
                Path file = dir.resolve(name + EXTENSION);
                long rows;
                try (InputStream in = Files.newInputStream(file)) {
                    rows = copy.copyIn("COPY " + qualified(schema, name) + " (" + String.join(", ",
                            table.columns().stream().map(PgSnapshot::quote).toList()) + ") FROM STDIN", in);
                } catch (NoSuchFileException e) {
                    throw new NoSuchFileException(file.toString(), null, "the backup has no copy of table " + name);
                }
                if (rows != table.rows()) {
                    throw new IOException("table " + name + " of the backup holds " + rows + " rows, its manifest says "
                            + table.rows() + ": the backup is damaged");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(CAST(? AS regclass), ?, true)")) {
                for (Map.Entry<String, Long> sequence : new TreeMap<>(taken.sequences()).entrySet()) {
                    ps.setString(1, qualified(schema, sequence.getKey()));
                    ps.setLong(2, sequence.getValue());
                    ps.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot fill " + address.describe() + " from the backup: " + e.getMessage(), e);
        }
    }

    private static int schemaVersion(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(CAST(version AS "
                + "integer)), 0) FROM " + qualified(schema, HISTORY) + " WHERE success AND version IS NOT NULL")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        return strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = "
                + "'BASE TABLE' AND table_name <> '" + HISTORY + "' ORDER BY table_name", schema);
    }

    private static List<String> columns(Connection c, String schema, String table) throws SQLException {
        return strings(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = "
                + "? AND is_generated = 'NEVER' ORDER BY ordinal_position", schema, table);
    }

    private static Map<String, Long> sequences(Connection c, String schema) throws SQLException {
        Map<String, Long> sequences = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sequencename, last_value FROM pg_sequences WHERE "
                + "schemaname = ? AND last_value IS NOT NULL")) {
            ps.setString(1, schema);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    sequences.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return sequences;
    }

    private static SortedSet<String> originals(Connection c, String schema) throws SQLException {
        return new TreeSet<>(strings(c, "SELECT sha256 FROM " + qualified(schema, "photo")
                + " UNION SELECT sha256 FROM " + qualified(schema, "photo_version")
                + " UNION SELECT sha256 FROM " + qualified(schema, "photo_sha")));
    }

    /** The tables in an order in which every table comes after those its foreign keys name. */
    private static List<String> inForeignKeyOrder(Connection c, String schema, Set<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new TreeMap<>();
        tables.forEach(t -> needs.put(t, new TreeSet<>()));
        try (PreparedStatement ps = c.prepareStatement("SELECT src.relname, dst.relname FROM pg_constraint k "
                + "JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid "
                + "JOIN pg_namespace n ON n.oid = src.relnamespace WHERE k.contype = 'f' AND n.nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (needs.containsKey(r.getString(1)) && !r.getString(1).equals(r.getString(2))) {
                        needs.get(r.getString(1)).add(r.getString(2));
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < needs.size()) {
            int before = ordered.size();
            needs.forEach((table, needed) -> {
                if (!ordered.contains(table) && ordered.containsAll(needed)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new SQLException("the foreign keys of schema " + schema + " form a cycle: " + needs);
            }
        }
        return List.copyOf(ordered);
    }

    private static List<String> strings(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    private static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
