package org.photodesk.core.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of 64-bit hashes by id that finds every hash within a given number of differing bits exactly
 * (the same answers as comparing with every hash), by multi-index hashing over four 16-bit substrings (see {@link
 * Substrings}).
 *
 * <p>Each id holds a fixed number of hashes (one by default; a picture's frame and windows for {@link
 * NearDuplicateIndex}); a query answers each id once, with its nearest hash. A query probes, in each substring
 * table, the buckets of the values near the query's substring; when the radius is so wide that probing would cost
 * more than a pass over every hash (measured here: about 11 ns per candidate against 0.35 ns per hash in a pass,
 * so above a radius of about 13), it makes the pass. About 70 bytes per hash. Safe for concurrent use: queries
 * share a read lock, changes take the write lock.
 */
public final class HammingIndex {

    /** Cost of visiting one bucket and of checking one candidate, against one hash of a pass, in the same unit. */
    private static final long BUCKET_COST = 15;
    private static final long CANDIDATE_COST = 32;
    private static final long PASS_COST = 1;

    private final int width;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongIntMap slotById = new LongIntMap();
    private final int[][][] buckets = new int[Substrings.COUNT][Substrings.VALUES][];
    private final int[][] bucketSizes = new int[Substrings.COUNT][Substrings.VALUES];
    private long[] ids = new long[1024];
    private boolean[] live = new boolean[1024];
    /** {@code hashes[j][slot]}: hash number j of the id in that slot, one array per number so that passes stream. */
    private final long[][] hashes;
    private int slots;
    private int[] free = new int[16];
    private int freeCount;

    /** An index of one hash per id. */
    public HammingIndex() {
        this(1);
    }

    /** An index of {@code hashesPerId} hashes per id (1 to 64). */
    public HammingIndex(int hashesPerId) {
        if (hashesPerId < 1 || hashesPerId > 64) {
            throw new IllegalArgumentException("hamming index: " + hashesPerId + " hashes per id, 1 to 64 allowed");
        }
        this.width = hashesPerId;
        this.hashes = new long[width][ids.length];
    }

    /** Adds the id's hashes (exactly as many as the index holds per id), or replaces the ones it had. */
    public void put(long id, long... hash) {
        if (hash.length != width) {
            throw new IllegalArgumentException("hamming index: " + hash.length + " hashes given for id " + id
                    + ", this index holds " + width + " per id");
        }
        lock.writeLock().lock();
        try {
            int slot = slotById.get(id);
            if (slot >= 0) {
                unlink(slot);
            } else {
                slot = newSlot();
                slotById.put(id, slot);
            }
            ids[slot] = id;
            live[slot] = true;
            for (int j = 0; j < width; j++) {
                hashes[j][slot] = hash[j];
            }
            link(slot);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the id; false when it was not there. */
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int slot = slotById.remove(id);
            if (slot < 0) {
                return false;
            }
            unlink(slot);
            live[slot] = false;
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, free.length * 2);
            }
            free[freeCount++] = slot;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many ids the index holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Every id with a hash that differs from {@code hash} in at most {@code radius} bits, with the distance of its
     * nearest hash; nearest first, then by id.
     */
    public List<HammingMatch> query(long hash, int radius) {
        return query(hash, radius, -1);
    }

    /** As {@link #query(long, int)}, comparing only each id's hash number {@code position} (0 = the first). */
    public List<HammingMatch> query(long hash, int radius, int position) {
        if (radius < 0 || radius > 64) {
            throw new IllegalArgumentException("hamming index: radius " + radius + " is outside 0 to 64");
        }
        if (position < -1 || position >= width) {
            throw new IllegalArgumentException("hamming index: position " + position + " is outside 0 to " + (width - 1));
        }
        lock.readLock().lock();
        try {
            List<HammingMatch> found = probing(radius, position) ? probe(hash, radius, position) : scan(hash, radius, position);
            found.sort(HammingMatch.NEAREST_FIRST);
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<HammingMatch> probe(long hash, int radius, int position) {
        LongIntMap best = new LongIntMap(); // slot -> nearest distance found
        for (int i = 0; i < Substrings.COUNT; i++) {
            int key = Substrings.substring(hash, i);
            int[][] table = buckets[i];
            int[] sizes = bucketSizes[i];
            for (int k = 0, n = Substrings.neighbours(Substrings.radius(radius, i)); k < n; k++) {
                int value = Substrings.neighbour(key, k);
                int[] bucket = table[value];
                for (int b = 0, size = sizes[value]; b < size; b++) {
                    int entry = bucket[b];
                    int d = Long.bitCount(hashes[entry % width][entry / width] ^ hash);
                    if (d <= radius && (position < 0 || entry % width == position)) {
                        int slot = entry / width;
                        int seen = best.get(slot);
                        if (seen < 0 || d < seen) {
                            best.put(slot, d);
                        }
                    }
                }
            }
        }
        List<HammingMatch> found = new ArrayList<>(best.size());
        best.forEach((slot, d) -> found.add(new HammingMatch(ids[(int) slot], d)));
        return found;
    }

    private List<HammingMatch> scan(long hash, int radius, int position) {
        List<HammingMatch> found = new ArrayList<>();
        boolean[] alive = live; // locals, so that the loops need not reload fields after a call
        int n = slots;
        if (position >= 0 || width == 1) {
            long[] column = hashes[Math.max(position, 0)];
            for (int slot = 0; slot < n; slot++) {
                int d = Long.bitCount(column[slot] ^ hash);
                if (d <= radius && alive[slot]) {
                    found.add(new HammingMatch(ids[slot], d));
                }
            }
            return found;
        }
        long[][] columns = hashes;
        for (int slot = 0; slot < n; slot++) {
            int nearest = 64;
            for (long[] column : columns) {
                nearest = Math.min(nearest, Long.bitCount(column[slot] ^ hash));
            }
            if (nearest <= radius && alive[slot]) {
                found.add(new HammingMatch(ids[slot], nearest));
            }
        }
        return found;
    }

    /** Whether probing the buckets is expected to cost less than a pass, if hashes were spread evenly. */
    private boolean probing(int radius, int position) {
        long probes = 0;
        for (int i = 0; i < Substrings.COUNT; i++) {
            probes += Substrings.neighbours(Substrings.radius(radius, i));
        }
        long entries = (long) slotById.size() * width;
        long candidates = probes * entries / Substrings.VALUES;
        long scanned = position < 0 ? entries : slotById.size();
        return probes * BUCKET_COST + candidates * CANDIDATE_COST < scanned * PASS_COST;
    }

    private int newSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slots == ids.length) {
            if ((long) slots * 2 * width > Integer.MAX_VALUE) {
                throw new IllegalStateException("hamming index: full at " + slots + " ids of " + width + " hashes");
            }
            ids = Arrays.copyOf(ids, slots * 2);
            live = Arrays.copyOf(live, slots * 2);
            for (int j = 0; j < width; j++) {
                hashes[j] = Arrays.copyOf(hashes[j], slots * 2);
            }
        }
        return slots++;
    }

    private void link(int slot) {
        for (int j = 0; j < width; j++) {
            int entry = slot * width + j;
            for (int i = 0; i < Substrings.COUNT; i++) {
                int value = Substrings.substring(hashes[j][slot], i);
                int[] bucket = buckets[i][value];
                int size = bucketSizes[i][value];
                if (bucket == null) {
                    bucket = new int[2];
                } else if (size == bucket.length) {
                    bucket = Arrays.copyOf(bucket, size * 2);
                }
                bucket[size] = entry;
                buckets[i][value] = bucket;
                bucketSizes[i][value] = size + 1;
            }
        }
    }

    private void unlink(int slot) {
        for (int j = 0; j < width; j++) {
            int entry = slot * width + j;
            for (int i = 0; i < Substrings.COUNT; i++) {
                int value = Substrings.substring(hashes[j][slot], i);
                int[] bucket = buckets[i][value];
                int last = --bucketSizes[i][value];
                for (int b = 0; b <= last; b++) {
                    if (bucket[b] == entry) {
                        bucket[b] = bucket[last];
                        break;
                    }
                }
            }
        }
    }
}
