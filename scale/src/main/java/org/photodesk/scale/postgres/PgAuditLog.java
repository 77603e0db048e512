package org.photodesk.scale.postgres;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.photodesk.core.audit.AuditLog;

/** The {@link AuditLog} in PostgreSQL (table {@code audit_log}): append-only, newest first by id, read from a time on by the index on {@code at}. */
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

    /** Entries dated {@code from} or later; times are kept to the microsecond, so {@code from} is rounded up to one. */
    @Override
    public List<Entry> since(Instant from, String target, int limit) {
        Instant micros = Sql.micros(from);
        Instant bound = micros.equals(from) ? micros : micros.plusNanos(1000);
        return db.read(c -> target == null
                ? Sql.query(c, SELECT + "WHERE at >= ? ORDER BY id DESC LIMIT ?", PgAuditLog::entry, bound, limit)
                : Sql.query(c, SELECT + "WHERE at >= ? AND target = ? ORDER BY id DESC LIMIT ?", PgAuditLog::entry,
                        bound, target, limit));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), Sql.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
