package org.photodesk.core.similar;

import java.util.Arrays;

/** A map from long keys to non-negative ints by open addressing (linear probing, backward-shift removal). */
final class LongIntMap {

    private static final int ABSENT = -1;
    private long[] keys = new long[16];
    private int[] values = filled(16);
    private int size;

    int size() {
        return size;
    }

    /** The value of the key, or -1 when it has none. */
    int get(long key) {
        for (int i = slot(key, keys.length); ; i = (i + 1) & (keys.length - 1)) {
            if (values[i] == ABSENT) {
                return ABSENT;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("long-int map: value " + value + " is negative");
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int i = slot(key, keys.length);
        while (values[i] != ABSENT && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (values[i] == ABSENT) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes the key; the old value, or -1 when it had none. */
    int remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, keys.length);
        while (values[i] != ABSENT && keys[i] != key) {
            i = (i + 1) & mask;
        }
        int old = values[i];
        if (old == ABSENT) {
            return ABSENT;
        }
        // Backward shift: pull later entries of the probe run into the gap so lookups never stop early.
        int gap = i;
        for (int j = (gap + 1) & mask; values[j] != ABSENT; j = (j + 1) & mask) {
            int home = slot(keys[j], keys.length);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = ABSENT;
        size--;
        return old;
    }

    /** Calls the action with every key and value, in no particular order. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != ABSENT) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** What {@link #forEach(Entry)} calls. */
    interface Entry {
        void accept(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(keys.length);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (length - 1);
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, ABSENT);
        return a;
    }
}
