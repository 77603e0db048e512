package org.photodesk.core.similar;

/**
 * The decision between {@link Similarity.Duplicate}, {@link Similarity.Related} and {@link Similarity.Unrelated},
 * with thresholds on {@link PictureHash#distance(PictureHash)} (64-bit hashes, what the index searches by) and
 * {@link PictureHash#detailDistance(PictureHash)} (256-bit hashes, to confirm), chosen from a measurement on real
 * photographs (see {@code docs/near-duplicates.md}: re-encoded, resized, cropped, overlaid and brightened copies
 * against every pair of files of different photographs).
 */
public final class NearDuplicateRule {

    /** At most this many of 64 bits differ between the closest frame and window of a duplicate. */
    public static final int DUPLICATE_MAX = 16;
    /** At most this many of 256 bits differ between the closest frame and window of a duplicate. */
    public static final int DUPLICATE_DETAIL_MAX = 84;
    /** At most this many of 64 bits differ for a related picture, such as another frame of a burst. */
    public static final int RELATED_MAX = 18;
    /** At most this many of 256 bits differ for a related picture. */
    public static final int RELATED_DETAIL_MAX = 96;
    /** At most this many of 64 bits differ between the whole frames of a duplicate with the same framing. */
    public static final int SAME_FRAMING_MAX = 4;

    private NearDuplicateRule() {}

    /** How the two pictures relate. */
    public static Similarity classify(PictureHash a, PictureHash b) {
        int distance = a.distance(b);
        if (distance > RELATED_MAX) {
            return new Similarity.Unrelated(distance);
        }
        int detail = a.detailDistance(b);
        if (distance <= DUPLICATE_MAX && detail <= DUPLICATE_DETAIL_MAX) {
            return new Similarity.Duplicate(distance, detail, a.frameDistance(b) <= SAME_FRAMING_MAX);
        }
        if (detail <= RELATED_DETAIL_MAX) {
            return new Similarity.Related(distance, detail);
        }
        return new Similarity.Unrelated(distance);
    }
}
