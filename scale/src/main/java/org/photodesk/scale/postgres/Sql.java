package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers for the PostgreSQL adapters: binding values (instants as {@code timestamptz}), reading rows. */
final class Sql {

    private Sql() {}

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** {@code at} as PostgreSQL keeps it: microseconds. */
    static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, parameters);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            switch (p) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case Instant t -> ps.setObject(i + 1, OffsetDateTime.ofInstant(micros(t), ZoneOffset.UTC));
                case LocalDate d -> ps.setObject(i + 1, d);
                case Long[] ids -> ps.setArray(i + 1, ps.getConnection().createArrayOf("bigint", ids));
                default -> ps.setObject(i + 1, p);
            }
        }
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, parameters)) {
            return ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, parameters); ResultSet rs = ps.executeQuery()) {
            var out = new ArrayList<T>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> queryOne(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, parameters); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    static long queryLong(Connection c, String sql, Object... parameters) throws SQLException {
        return queryOne(c, sql, rs -> rs.getLong(1), parameters).orElse(0L);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** {@code ids} as a parameter for {@code = ANY(?)}. */
    static Long[] ids(List<Long> ids) {
        return ids.toArray(Long[]::new);
    }
}
