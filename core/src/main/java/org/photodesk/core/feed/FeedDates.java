package org.photodesk.core.feed;

import java.time.Instant;
import org.photodesk.core.photo.DateCreated;

/**
 * The dates of an item, each null when absent: when its content was created (the picture taken: NewsML-G2
 * {@code contentCreated}, ninjs {@code contentCreated}), when the first version of the item was created, and when
 * this version was.
 */
public record FeedDates(DateCreated created, Instant firstCreated, Instant versionCreated) {

    /** No dates. */
    public static final FeedDates NONE = new FeedDates(null, null, null);
}
