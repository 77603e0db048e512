package org.photodesk.core.similar;

import java.util.Comparator;

/** One answer of a Hamming-distance search: the photo's id and how many hash bits differ from the query. */
public record HammingMatch(long id, int distance) {

    /** Nearest first, then by id, so that answers are stable. */
    public static final Comparator<HammingMatch> NEAREST_FIRST =
            Comparator.comparingInt(HammingMatch::distance).thenComparingLong(HammingMatch::id);

    public HammingMatch {
        if (distance < 0 || distance > 64) {
            throw new IllegalArgumentException("hamming match: distance " + distance + " is outside 0 to 64");
        }
    }
}
