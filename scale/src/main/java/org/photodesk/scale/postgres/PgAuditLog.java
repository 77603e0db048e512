package org.photodesk.scale.postgres;

import java.time.Clock;
import java.util.List;
import org.photodesk.core.audit.AuditLog;

/** The {@link AuditLog} in PostgreSQL (table {@code audit_log}): append-only, newest first by id. */
public final class PgAuditLog implements AuditLog {

    private static final String SELECT = "SELECT id, at, username, action, target, field, before, after FROM audit_log ";

    private final PgDatabase db;
    private final Clock clock;

    public PgAuditLog(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(String username, String action, String target, String field, String before, String after) {
        db.read(c -> Sql.update(c, "INSERT INTO audit_log (at, username, action, target, field, before, after) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", clock.instant(), username, action, target, field, before, after));
    }

    @Override
    public List<Entry> recent(String target, int limit) {
        return db.read(c -> target == null
                ? Sql.query(c, SELECT + "ORDER BY id DESC LIMIT ?", PgAuditLog::entry, limit)
                : Sql.query(c, SELECT + "WHERE target = ? ORDER BY id DESC LIMIT ?", PgAuditLog::entry, target, limit));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), Sql.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
