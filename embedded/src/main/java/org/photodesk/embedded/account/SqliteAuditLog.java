package org.photodesk.embedded.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
            try (ResultSet rs = ps.executeQuery()) {
                var out = new ArrayList<Entry>();
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }
}
