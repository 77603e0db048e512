package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day of the event and what says so.
 *
 * @param basis {@code text} (a date written out), {@code weekday} (a weekday read against the article's date),
 *     {@code photo} (a photo's date created) or {@code published} (no source says: the publication date)
 */
public record DateFact(LocalDate date, String basis, List<SourceRef> evidence) {

    public DateFact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        evidence = List.copyOf(evidence);
    }
}
