package org.photodesk.core.similar;

/**
 * How two pictures relate by their perceptual fingerprints, as {@link NearDuplicateRule} decides it; {@code
 * distance} is {@link PictureHash#distance(PictureHash)} (of 64 bits) and {@code detail} is {@link
 * PictureHash#detailDistance(PictureHash)} (of 256 bits).
 */
public sealed interface Similarity permits Similarity.Duplicate, Similarity.Related, Similarity.Unrelated {

    int distance();

    /**
     * The same picture: re-encoded, resized, cropped by up to about 10 %, with a logo or a caption strip burnt in,
     * or brighter or darker. {@code sameFraming} when the whole frames themselves are this close too (no crop, no
     * strip). Frames of a burst in which hardly anything moved are duplicates by any perceptual hash: deciding that
     * a file is a re-send of a photo needs more than this (see {@code docs/near-duplicates.md}).
     */
    record Duplicate(int distance, int detail, boolean sameFraming) implements Similarity {}

    /** Not the same picture but close to it: typically another frame of the same burst, or a wider crop. */
    record Related(int distance, int detail) implements Similarity {}

    /** Different pictures. */
    record Unrelated(int distance) implements Similarity {}
}
