package org.photodesk.core.ingest;

import org.photodesk.core.photo.Photo;

/**
 * What became of one file offered to the library: {@code Added | Updated | Duplicate | Rejected}.
 * Every outcome names its source (a path or an upload's file name).
 */
public sealed interface IngestOutcome {

    String source();

    /** A photo new to the library. */
    record Added(String source, Photo photo) implements IngestOutcome {}

    /**
     * A newer version of a photo the library holds (the same agency and pixels, or the same agency item id) that
     * replaced the earlier one in place.
     */
    record Updated(String source, Photo photo) implements IngestOutcome {}

    /**
     * The library already holds this as photo {@code photoId}: the very same bytes, or the same agency picture at
     * the same or a newer version ({@code reason} says which; null for the same bytes). Nothing changed, unless
     * {@code repaired}: the stored original was missing or damaged and these bytes put it back.
     */
    record Duplicate(String source, long photoId, String reason, boolean repaired) implements IngestOutcome {

        /** The very same bytes, whose stored original was sound. */
        public Duplicate(String source, long photoId) {
            this(source, photoId, null, false);
        }

        /** The same agency picture at the same or a newer version ({@code reason} says which). */
        public Duplicate(String source, long photoId, String reason) {
            this(source, photoId, reason, false);
        }

        /** The very same bytes; {@code repaired} when they put back a missing or damaged original. */
        public Duplicate(String source, long photoId, boolean repaired) {
            this(source, photoId, null, repaired);
        }
    }

    /** Not ingested, for the reason given (one line, what is wrong and what to do). */
    record Rejected(String source, String reason) implements IngestOutcome {}
}
