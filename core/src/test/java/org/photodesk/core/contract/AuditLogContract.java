package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.testing.SettableClock;

/** What every {@link AuditLog} must do: a subclass supplies a fresh, empty one. */
public abstract class AuditLogContract {

    protected AuditLog log;
    protected final SettableClock clock = new SettableClock(Instant.parse("2024-08-11T08:00:00Z"));

    /** A new, empty audit log that dates its entries by {@code clock}. */
    protected abstract AuditLog newLog(Clock clock);

    @BeforeEach
    void open() {
        log = newLog(clock);
    }

    @Test
    void entriesComeBackNewestFirstAndByTarget() {
        log.record("maria", "edit", "photo/1", "caption", "Old.", "New.");
        log.record("tom", "publish", "gallery/2", null, null, "revision 1");
        log.record("maria", "edit", "photo/1", "city", null, "Linz");

        assertThat(log.recent(null, 10)).extracting(AuditLog.Entry::action)
                .containsExactly("edit", "publish", "edit");
        assertThat(log.recent("photo/1", 10)).extracting(AuditLog.Entry::field).containsExactly("city", "caption");
        assertThat(log.recent(null, 1)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("maria");
            assertThat(e.after()).isEqualTo("Linz");
            assertThat(e.at()).isNotNull();
        });
    }

    @Test
    void sinceKeepsTheEntriesFromThatInstantOnNewestFirst() {
        // Instant.toString() drops a zero fraction ("08:00:01Z" but "08:00:00.500Z"): the order must still hold.
        log.record("maria", "edit", "photo/1", "caption", null, "at 0 s");
        clock.set(Instant.parse("2024-08-11T08:00:00.500Z"));
        log.record("tom", "edit", "photo/2", "caption", null, "at 0.5 s");
        clock.set(Instant.parse("2024-08-11T08:00:01Z"));
        log.record("maria", "edit", "photo/1", "city", null, "at 1 s");
        clock.set(Instant.parse("2024-08-12T09:00:00Z"));
        log.record("ana", "user.disable", "user/tom", "enabled", "true", "false");

        assertThat(log.since(Instant.parse("2024-08-11T08:00:00.250Z"), null, 10)).extracting(AuditLog.Entry::after)
                .containsExactly("false", "at 1 s", "at 0.5 s");
        assertThat(log.since(Instant.parse("2024-08-11T08:00:00Z"), "photo/1", 10)).extracting(AuditLog.Entry::after)
                .containsExactly("at 1 s", "at 0 s");
        assertThat(log.since(Instant.parse("2024-08-11T08:00:00Z"), null, 2)).extracting(AuditLog.Entry::after)
                .containsExactly("false", "at 1 s");
        assertThat(log.since(Instant.parse("2024-08-12T09:00:00.001Z"), null, 10)).isEmpty();
        assertThat(log.since(Instant.parse("2024-08-12T09:00:00Z"), null, 10)).singleElement()
                .satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2024-08-12T09:00:00Z")));
    }
}
