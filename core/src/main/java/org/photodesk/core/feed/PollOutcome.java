package org.photodesk.core.feed;

import java.time.Duration;
import java.util.List;
import org.photodesk.core.photo.Problem;

/** What one poll of a feed came to: {@code Fetched | NotModified | Failed}, with when to poll next. */
public sealed interface PollOutcome {

    /** How long to wait before the next poll of this feed. */
    Duration next();

    /**
     * A new document: {@code items} read from it, {@code delivered} of them passed to the listener (the rest were
     * the same or older versions), and the document's and items' problems.
     */
    record Fetched(int items, int delivered, List<Problem> problems, Duration next) implements PollOutcome {
        public Fetched {
            problems = List.copyOf(problems);
        }
    }

    /** Nothing changed since the last poll. */
    record NotModified(Duration next) implements PollOutcome {}

    /** The poll failed for the reason given ({@code failures} in a row so far); the next poll backs off. */
    record Failed(String reason, int failures, Duration next) implements PollOutcome {}
}
