package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.audit.AuditLog;

/** What every {@link AuditLog} must do: a subclass supplies a fresh, empty one. */
public abstract class AuditLogContract {

    protected AuditLog log;

    /** A new, empty audit log. */
    protected abstract AuditLog newLog();

    @BeforeEach
    void open() {
        log = newLog();
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
}
