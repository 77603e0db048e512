package org.photodesk.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.audit.AuditLog;

/** An {@link AuditLog} in memory, for tests of the domain. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<Entry> entries = new ArrayList<>();
    private final Clock clock;

    public InMemoryAuditLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(String username, String action, String target, String field, String before,
            String after) {
        entries.add(new Entry(entries.size() + 1, clock.instant(), username, action, target, field, before, after));
    }

    @Override
    public synchronized List<Entry> recent(String target, int limit) {
        return entries.reversed().stream().filter(e -> target == null || target.equals(e.target())).limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Entry> since(Instant from, String target, int limit) {
        return entries.reversed().stream().filter(e -> !e.at().isBefore(from))
                .filter(e -> target == null || target.equals(e.target())).limit(limit).toList();
    }
}
