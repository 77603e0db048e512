package org.photodesk.core.feed;

import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * A picture's metadata after its feed item is applied: the merged result, both sides as they were (for diagnostics
 * and for showing the desk what the feed changed), and the names of the fields the feed supplied.
 *
 * @param fromFeed the {@link PhotoMetadata} component names whose value came from the feed, in component order
 */
public record MergedMetadata(PhotoMetadata merged, PhotoMetadata embedded, FeedItem feed, List<String> fromFeed) {

    public MergedMetadata {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(embedded, "embedded");
        Objects.requireNonNull(feed, "feed");
        fromFeed = List.copyOf(fromFeed);
    }
}
