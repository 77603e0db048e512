package org.photodesk.core.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongFunction;

/**
 * The photos' 64-bit fingerprint hashes in memory, finding the duplicates of and pictures related to a picture by
 * {@link NearDuplicateRule}, with the same answers as classifying it against every photo.
 *
 * <p>Two {@link HammingIndex}es: one of whole-frame hashes, one of window hashes (ten entries per photo, about 500
 * bytes). A search is eleven exact radius queries at {@link NearDuplicateRule#RELATED_MAX}: the picture's frame
 * against frames and against windows (it is a crop of a photo), and each of its windows against frames (a photo is
 * a crop of it). The few candidates are then confirmed on their full fingerprints, which the caller looks up (the
 * store keeps them; the index does not, to stay small). Photo ids must lie between 0 and 2^59 - 1 (window entries
 * are keyed by id times 16 plus the window's number). Safe for concurrent use.
 */
public final class NearDuplicateIndex {

    private static final long MAX_ID = (1L << 59) - 1;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final HammingIndex frames = new HammingIndex();
    private final HammingIndex windows = new HammingIndex();

    /** One photo near a picture, and how it relates. */
    public record Neighbour(long id, Similarity similarity) {}

    /** Adds the photo's fingerprint, or replaces the one it had. */
    public void put(long id, PictureHash hash) {
        check(id);
        lock.writeLock().lock();
        try {
            frames.put(id, hash.frame());
            for (int i = 0; i < PictureHash.WINDOWS; i++) {
                windows.put(id << 4 | i, hash.window(i));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the photo; false when it was not there. */
    public boolean remove(long id) {
        check(id);
        lock.writeLock().lock();
        try {
            for (int i = 0; i < PictureHash.WINDOWS; i++) {
                windows.remove(id << 4 | i);
            }
            return frames.remove(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many photos the index holds. */
    public int size() {
        return frames.size();
    }

    /**
     * The ids of the photos whose 64-bit hashes are within {@link NearDuplicateRule#RELATED_MAX} of the picture's,
     * by the fingerprint distance, nearest first: a superset of its duplicates and related photos.
     */
    public List<HammingMatch> candidates(PictureHash picture) {
        int radius = NearDuplicateRule.RELATED_MAX;
        Map<Long, Integer> best = new HashMap<>();
        lock.readLock().lock();
        try {
            for (HammingMatch m : frames.query(picture.frame(), radius)) {
                best.merge(m.id(), m.distance(), Math::min);
            }
            for (HammingMatch m : windows.query(picture.frame(), radius)) {
                best.merge(m.id() >>> 4, m.distance(), Math::min);
            }
            for (int i = 0; i < PictureHash.WINDOWS; i++) {
                for (HammingMatch m : frames.query(picture.window(i), radius)) {
                    best.merge(m.id(), m.distance(), Math::min);
                }
            }
        } finally {
            lock.readLock().unlock();
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

    private static void check(long id) {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("near-duplicate index: photo id " + id + " is outside 0 to 2^59 - 1");
        }
    }
}
