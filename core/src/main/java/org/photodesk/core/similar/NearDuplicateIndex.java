package org.photodesk.core.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The photos' 64-bit fingerprint hashes in memory, finding the duplicates of and pictures related to a picture by
 * {@link NearDuplicateRule}, with the same answers as classifying it against every photo.
 *
 * <p>One {@link HammingIndex} of ten 64-bit hashes per photo, the frame's and the nine windows' (about 370 bytes
 * per photo). A search is ten exact radius queries at {@link NearDuplicateRule#RELATED_MAX}: the picture's frame
 * against every hash (it is the photo, or a crop of it), and each of its windows against frames (a photo is a
 * crop of it). The candidates are then confirmed on their full fingerprints, which the caller looks up (the store
 * keeps them; the index does not, to stay small). Safe for concurrent use; a search running while a photo is put
 * sees it whole or not at all.
 */
public final class NearDuplicateIndex {

    /** Per photo: hash 0 the frame's, hashes 1 to 9 the windows'. */
    private final HammingIndex hashes = new HammingIndex(1 + PictureHash.WINDOWS);

    /** One photo near a picture, and how it relates. */
    public record Neighbour(long id, Similarity similarity) {}

    /** Adds the photo's fingerprint, or replaces the one it had. */
    public void put(long id, PictureHash hash) {
        long[] all = new long[1 + PictureHash.WINDOWS];
        all[0] = hash.frame();
        for (int i = 0; i < PictureHash.WINDOWS; i++) {
            all[i + 1] = hash.window(i);
        }
        hashes.put(id, all);
    }

    /** Removes the photo; false when it was not there. */
    public boolean remove(long id) {
        return hashes.remove(id);
    }

    /** How many photos the index holds. */
    public int size() {
        return hashes.size();
    }

    /**
     * The ids of the photos whose 64-bit hashes are within {@link NearDuplicateRule#RELATED_MAX} of the picture's,
     * by the fingerprint distance, nearest first: a superset of its duplicates and related photos.
     */
    public List<HammingMatch> candidates(PictureHash picture) {
        return candidates(picture, NearDuplicateRule.RELATED_MAX);
    }

    /**
     * As {@link #candidates(PictureHash)} within {@code radius}: {@link NearDuplicateRule#DUPLICATE_MAX} finds every
     * duplicate at less cost than the related radius.
     */
    public List<HammingMatch> candidates(PictureHash picture, int radius) {
        Map<Long, Integer> best = new HashMap<>();
        for (HammingMatch m : hashes.query(picture.frame(), radius)) {
            best.merge(m.id(), m.distance(), Math::min);
        }
        for (int i = 0; i < PictureHash.WINDOWS; i++) {
            for (HammingMatch m : hashes.query(picture.window(i), radius, 0)) {
                best.merge(m.id(), m.distance(), Math::min);
            }
        }
        List<HammingMatch> found = new ArrayList<>(best.size());
        best.forEach((id, d) -> found.add(new HammingMatch(id, d)));
        found.sort(HammingMatch.NEAREST_FIRST);
        return found;
    }

    /**
     * Every photo that is a duplicate of or related to the picture, nearest first, then by id; {@code fingerprints}
     * gives a candidate's full fingerprint (a candidate without one is left out).
     */
    public List<Neighbour> find(PictureHash picture, LongFunction<Optional<PictureHash>> fingerprints) {
        List<Neighbour> found = new ArrayList<>();
        for (HammingMatch candidate : candidates(picture)) {
            fingerprints.apply(candidate.id()).ifPresent(hash -> {
                Similarity s = NearDuplicateRule.classify(picture, hash);
                if (!(s instanceof Similarity.Unrelated)) {
                    found.add(new Neighbour(candidate.id(), s));
                }
            });
        }
        found.sort(Comparator.comparingInt((Neighbour n) -> n.similarity().distance()).thenComparingLong(Neighbour::id));
        return found;
    }

}
