package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One source of an event sheet: an article or a photo, with its date and the agencies its captions credit.
 *
 * @param kind {@code article} or {@code photo}
 */
public record SourceSummary(String id, String kind, String title, LocalDate date, int captions, List<String> agencies) {

    public SourceSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        agencies = List.copyOf(agencies);
    }
}
