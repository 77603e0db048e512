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

    /** An agency re-send (same transmission reference or same pixels) that replaced an earlier version in place. */
    record Updated(String source, Photo photo) implements IngestOutcome {}

    /**
     * The very same bytes are already in the library as photo {@code photoId}; {@code repaired} when its stored
     * original was missing or damaged and these bytes put it back.
     */
    record Duplicate(String source, long photoId, boolean repaired) implements IngestOutcome {

        /** A duplicate whose stored original was sound. */
        public Duplicate(String source, long photoId) {
            this(source, photoId, false);
        }
    }

    /** Not ingested, for the reason given (one line, what is wrong and what to do). */
    record Rejected(String source, String reason) implements IngestOutcome {}
}
