package org.photodesk.embedded.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.audit.AuditLog;

/** The {@link AuditLog} in the library's SQLite file (table {@code audit_log}). */
public final class SqliteAuditLog implements AuditLog {

    private final SqliteDeskDatabase db;
    private final Clock clock;

    public SqliteAuditLog(SqliteDeskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(String username, String action, String target, String field, String before, String after) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, username, action, target, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, clock.instant().toString());
            ps.setString(2, username);
            ps.setString(3, action);
            ps.setString(4, target);
            ps.setString(5, field);
            ps.setString(6, before);
            ps.setString(7, after);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Entry> recent(String target, int limit) {
        String where = target == null ? "" : " WHERE target = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, at, username, action, target, field, before, after FROM audit_log" + where + " ORDER BY id DESC LIMIT ?")) {
            int i = 1;
            if (target != null) {
                ps.setString(i++, target);
            }
            ps.setInt(i, limit);
            return entries(ps, null, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }

    /**
     * Compares times on their first 19 characters ({@code 2024-08-11T08:00:00}, fixed width, so text order is time
     * order; the index {@code audit_log_second} serves it), then drops the entries of that second before {@code from}.
     */
    @Override
    public List<Entry> since(Instant from, String target, int limit) {
        String second = SECOND.format(from.truncatedTo(ChronoUnit.SECONDS));
        String where = " WHERE substr(at, 1, 19) >= ?" + (target == null ? "" : " AND target = ?");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, at, username, action, target, field, before, after FROM audit_log" + where
                        + " ORDER BY id DESC")) {
            ps.setString(1, second);
            if (target != null) {
                ps.setString(2, target);
            }
            return entries(ps, from, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** Up to {@code limit} entries of the query's rows, those before {@code from} (when given) left out. */
    private static List<Entry> entries(PreparedStatement ps, Instant from, int limit) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            var out = new ArrayList<Entry>();
            while (out.size() < limit && rs.next()) {
                Entry e = new Entry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                if (from == null || !e.at().isBefore(from)) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}
