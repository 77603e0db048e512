package org.photodesk.core.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * What the library already holds of an agency item: its id and version, and when that version was created (null
 * when the feed did not say), to order a re-send against it.
 */
public record KnownItem(ItemId id, Instant versionCreated) {

    public KnownItem {
        Objects.requireNonNull(id, "id");
    }

    /** What the library would hold after keeping {@code item}; empty when it has no id. */
    public static java.util.Optional<KnownItem> of(FeedItem item) {
        return item.findId().map(id -> new KnownItem(id, item.dates().versionCreated()));
    }
}
