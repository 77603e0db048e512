package org.photodesk.core.similar;

/**
 * The multi-index hashing layout shared by {@link HammingIndex} and {@link SubstringKeys}: a 64-bit hash cut into
 * four 16-bit substrings, most significant first, and the search radius each substring needs so that no hash
 * within the total radius is missed.
 *
 * <p>Pigeonhole: if two hashes differ in at most r bits, the substring distances d0..d3 add up to at most r, so
 * they cannot all exceed their per-substring radii s0..s3 when (s0 + 1) + ... + (s3 + 1) &gt; r. With q = r / 4
 * and e = r % 4, the first e + 1 substrings get radius q and the others q - 1 (radius -1: not searched). Every
 * hash within r then lies within s_i of the query in at least one substring i (Norouzi, Punjani and Fleet,
 * "Fast search in Hamming space with multi-index hashing", CVPR 2012).
 */
final class Substrings {

    static final int COUNT = 4;
    static final int BITS = 16;
    static final int VALUES = 1 << BITS;
    /** Every 16-bit value ordered by its number of set bits, so the masks of weight at most s are a prefix. */
    private static final int[] MASKS_BY_WEIGHT = masksByWeight();
    /** {@code END[s]}: how many masks have at most s set bits. */
    private static final int[] END = ends();

    private Substrings() {}

    /** Substring i (0 = most significant) of the hash. */
    static int substring(long hash, int i) {
        return (int) (hash >>> (BITS * (COUNT - 1 - i))) & (VALUES - 1);
    }

    /** The radius substring i is searched with for a total radius r; -1 means it need not be searched. */
    static int radius(int r, int i) {
        int q = r / COUNT;
        return i <= r % COUNT ? q : q - 1;
    }

    /** How many substring values lie within radius s of one value (0 for s below 0). */
    static int neighbours(int s) {
        return s < 0 ? 0 : END[Math.min(s, BITS)];
    }

    /** The k-th value within radius s of {@code value}, for k below {@link #neighbours(int)}; nearest first. */
    static int neighbour(int value, int k) {
        return value ^ MASKS_BY_WEIGHT[k];
    }

    private static int[] masksByWeight() {
        int[] masks = new int[VALUES];
        int n = 0;
        for (int weight = 0; weight <= BITS; weight++) {
            for (int v = 0; v < VALUES; v++) {
                if (Integer.bitCount(v) == weight) {
                    masks[n++] = v;
                }
            }
        }
        return masks;
    }

    private static int[] ends() {
        int[] end = new int[BITS + 1];
        for (int v = 0; v < VALUES; v++) {
            for (int s = Integer.bitCount(v); s <= BITS; s++) {
                end[s]++;
            }
        }
        return end;
    }
}
