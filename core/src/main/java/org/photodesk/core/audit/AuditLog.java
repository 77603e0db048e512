package org.photodesk.core.audit;

import java.time.Instant;
import java.util.List;

/** The port to the append-only record of who changed what on the desk, when, and the value before and after. */
public interface AuditLog {

    /** One audited action, such as {@code edit} of field {@code caption} on target {@code photo/12}. */
    record Entry(long id, Instant at, String username, String action, String target, String field, String before,
            String after) {}

    /** Appends one entry, dated now. */
    void record(String username, String action, String target, String field, String before, String after);

    /** The newest {@code limit} entries, newest first; only those of {@code target} when it is not null. */
    List<Entry> recent(String target, int limit);

    /**
     * The newest {@code limit} entries dated {@code from} or later, newest first; only those of {@code target} when
     * it is not null.
     */
    List<Entry> since(Instant from, String target, int limit);
}
