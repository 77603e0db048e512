package org.photodesk.core.feed;

import java.util.Objects;
import org.photodesk.core.ingest.IngestOutcome;

/**
 * What became of one agency item taken into the library: {@code Ingested | Killed | KillNoted | Skipped | Failed}.
 * Every outcome names its item and where it came from ({@code source}: the feed file or URL).
 */
public sealed interface FeedOutcome {

    /** Where the item came from: a feed file's path or a feed's URL. */
    String source();

    /** The item. */
    FeedItem item();

    /** Its picture went through ingest: added, updated (a newer version or correction), a duplicate, or rejected. */
    record Ingested(String source, FeedItem item, IngestOutcome outcome) implements FeedOutcome {
        public Ingested {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The agency withdrew the item and photo {@code photoId} is now killed (out of default search). */
    record Killed(String source, FeedItem item, long photoId, String reason) implements FeedOutcome {}

    /** A kill of an item the library never held: remembered, so that a late usable copy is refused. */
    record KillNoted(String source, FeedItem item, String reason) implements FeedOutcome {}

    /** Nothing to do (a version held already, a text item, a package), for the reason given. */
    record Skipped(String source, FeedItem item, String reason) implements FeedOutcome {}

    /**
     * The item could not be taken for the reason given; {@code retry} when trying again later may help (a network
     * failure), not when the agency's item itself is at fault.
     */
    record Failed(String source, FeedItem item, String reason, boolean retry) implements FeedOutcome {}

    /** The label of an item in messages: its GUID and version, else its headline. */
    static String label(FeedItem item) {
        return item.findId().map(ItemId::toString)
                .orElse(item.headline() == null ? "an item without a guid" : "'" + item.headline() + "'");
    }

    /** This outcome as an ingest outcome, for routes that only report those (the hot folder). */
    default IngestOutcome asIngestOutcome() {
        String where = source() + " (" + label(item()) + ")";
        return switch (this) {
            case Ingested i -> i.outcome();
            case Killed k -> new IngestOutcome.Duplicate(where, k.photoId(), "killed by the agency: " + k.reason());
            case KillNoted k -> new IngestOutcome.Rejected(where, "a kill of an item the library does not hold: "
                    + k.reason());
            case Skipped s -> new IngestOutcome.Rejected(where, s.reason());
            case Failed f -> new IngestOutcome.Rejected(where, f.reason());
        };
    }
}
