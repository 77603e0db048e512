package org.photodesk.core.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of one 64-bit hash per photo id that finds every hash within a given number of differing bits,
 * exactly (the same answers as comparing with every hash), by multi-index hashing over four 16-bit substrings (see
 * {@link Substrings}).
 *
 * <p>A query probes, in each substring table, the buckets of the values near the query's substring; with the
 * radii of the near-duplicate rule that is a few hundred to a few thousand small buckets, instead of a pass over
 * every hash. When the radius is so wide that probing would cost more than a pass, it makes the pass. About 50
 * bytes per photo. Safe for concurrent use: queries share a read lock, changes take the write lock.
 */
public final class HammingIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongIntMap slotById = new LongIntMap();
    private final int[][][] buckets = new int[Substrings.COUNT][Substrings.VALUES][];
    private final int[][] bucketSizes = new int[Substrings.COUNT][Substrings.VALUES];
    private long[] ids = new long[1024];
    private long[] hashes = new long[1024];
    private int slots;
    private int[] free = new int[16];
    private int freeCount;

    /** Adds the photo's hash, or replaces the one it had. */
    public void put(long id, long hash) {
        lock.writeLock().lock();
        try {
            int old = slotById.get(id);
            if (old >= 0) {
                unlink(old);
            } else {
                old = newSlot();
                slotById.put(id, old);
            }
            ids[old] = id;
            hashes[old] = hash;
            link(old);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the photo; false when it was not there. */
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int slot = slotById.remove(id);
            if (slot < 0) {
                return false;
            }
            unlink(slot);
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, free.length * 2);
            }
            free[freeCount++] = slot;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many photos the index holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every photo whose hash differs from {@code hash} in at most {@code radius} bits, nearest first, then by id. */
    public List<HammingMatch> query(long hash, int radius) {
        if (radius < 0 || radius > 64) {
            throw new IllegalArgumentException("hamming index: radius " + radius + " is outside 0 to 64");
        }
        lock.readLock().lock();
        try {
            List<HammingMatch> found = probesCost(radius) < slotById.size() ? probe(hash, radius) : scan(hash, radius);
            found.sort(HammingMatch.NEAREST_FIRST);
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<HammingMatch> probe(long hash, int radius) {
        List<HammingMatch> found = new ArrayList<>();
        for (int i = 0; i < Substrings.COUNT; i++) {
            int s = Substrings.radius(radius, i);
            int key = Substrings.substring(hash, i);
            int[][] table = buckets[i];
            int[] sizes = bucketSizes[i];
            for (int k = 0, n = Substrings.neighbours(s); k < n; k++) {
                int value = Substrings.neighbour(key, k);
                int[] bucket = table[value];
                for (int b = 0, size = sizes[value]; b < size; b++) {
                    int slot = bucket[b];
                    long candidate = hashes[slot];
                    int d = Long.bitCount(candidate ^ hash);
                    if (d <= radius && !Substrings.foundBefore(candidate, hash, radius, i)) {
                        found.add(new HammingMatch(ids[slot], d));
                    }
                }
            }
        }
        return found;
    }

    private List<HammingMatch> scan(long hash, int radius) {
        List<HammingMatch> found = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            int d = Long.bitCount(hashes[slot] ^ hash);
            if (d <= radius && slotById.get(ids[slot]) == slot) {
                found.add(new HammingMatch(ids[slot], d));
            }
        }
        return found;
    }

    /** The expected work of probing: the buckets visited plus the hashes in them if hashes were spread evenly. */
    private long probesCost(int radius) {
        long probes = 0;
        for (int i = 0; i < Substrings.COUNT; i++) {
            probes += Substrings.neighbours(Substrings.radius(radius, i));
        }
        return probes + probes * slotById.size() / Substrings.VALUES;
    }

    private int newSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == ids.length) {
            ids = Arrays.copyOf(ids, slots * 2);
            hashes = Arrays.copyOf(hashes, slots * 2);
        }
        return slots++;
    }

    private void link(int slot) {
        for (int i = 0; i < Substrings.COUNT; i++) {
            int value = Substrings.substring(hashes[slot], i);
            int[] bucket = buckets[i][value];
            int size = bucketSizes[i][value];
            if (bucket == null) {
                bucket = new int[2];
            } else if (size == bucket.length) {
                bucket = Arrays.copyOf(bucket, size * 2);
            }
            bucket[size] = slot;
            buckets[i][value] = bucket;
            bucketSizes[i][value] = size + 1;
        }
    }

    private void unlink(int slot) {
        for (int i = 0; i < Substrings.COUNT; i++) {
            int value = Substrings.substring(hashes[slot], i);
            int[] bucket = buckets[i][value];
            int last = --bucketSizes[i][value];
            for (int b = 0; b <= last; b++) {
                if (bucket[b] == slot) {
                    bucket[b] = bucket[last];
                    break;
                }
            }
        }
    }
}
