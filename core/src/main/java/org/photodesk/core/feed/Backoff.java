package org.photodesk.core.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off for a failing feed: after {@code n} consecutive failures the next attempt waits the polling
 * interval times 2^n, and at least what the server asked for in {@code Retry-After}; never more than the ceiling,
 * never less than the interval.
 */
public record Backoff(Duration ceiling) {

    /** One hour: long enough to spare a struggling agency server, short enough for a desk to notice recovery. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofHours(1));

    public Backoff {
        Objects.requireNonNull(ceiling, "ceiling");
        if (ceiling.isNegative() || ceiling.isZero()) {
            throw new IllegalArgumentException("the back-off ceiling must be positive, was " + ceiling);
        }
    }

    /** The wait before the next attempt. */
    public Duration delay(Duration interval, int failures, Duration retryAfter) {
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(ceiling) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        Duration capped = wait.compareTo(ceiling) > 0 ? ceiling : wait;
        return capped.compareTo(interval) < 0 ? interval : capped;
    }
}
