package org.photodesk.core.similar;

import java.util.Arrays;

/** The hash functions on a grey image; pure, deterministic, and defined for every image of at least 1 x 1 pixels. */
final class Hashes {

    static final int DCT_SIZE = 32;
    private static final int BITS = 64;
    /** {@code COS[u][x] = cos((2x + 1) u pi / 64)}, by StrictMath so that every JVM computes the same table. */
    private static final double[][] COS = cosines();
    /** The first 256 coefficients after DC in JPEG zigzag order, as {u (horizontal), v (vertical)} pairs. */
    private static final int[][] ZIGZAG = zigzag(4 * BITS);

    private Hashes() {}

    /**
     * The 64-bit DCT hash (word 0) and the 256-bit one (words 1 to 4) of a 32 x 32 grid, from one 2-D DCT-II: the
     * lowest 64 or 256 frequencies after DC in zigzag order, each compared with their median. Coefficients are
     * rounded to a millionth first, so that the rounding noise of a flat picture (all coefficients zero in exact
     * arithmetic) cannot set bits: flat pictures hash to 0.
     */
    static long[] shortAndLong(double[] grid) {
        double[][] coefficients = lowFrequencies(grid, maxFrequency(4 * BITS));
        long[] both = new long[5];
        both[0] = pick(coefficients, 1)[0];
        System.arraycopy(pick(coefficients, 4), 0, both, 1, 4);
        return both;
    }

    private static long[] pick(double[][] coefficients, int words) {
        int n = words * BITS;
        double[] picked = new double[n];
        for (int i = 0; i < n; i++) {
            picked[i] = Math.rint(coefficients[ZIGZAG[i][1]][ZIGZAG[i][0]] * 1e6) / 1e6;
        }
        return aboveMedian(picked);
    }

    /** Bit i (from the most significant of the first word) is set where value i is strictly above the median. */
    static long[] aboveMedian(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        double median = (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        long[] bits = new long[n / BITS];
        for (int i = 0; i < n; i++) {
            if (values[i] > median) {
                bits[i / BITS] |= 1L << (63 - i % BITS);
            }
        }
        return bits;
    }

    /** {@code out[v][u]} for u, v up to the highest frequency the zigzag needs, of a 32 x 32 grid row by row. */
    private static double[][] lowFrequencies(double[] grid, int maxFrequency) {
        int n = maxFrequency + 1;
        double[][] rows = new double[DCT_SIZE][n];
        for (int y = 0; y < DCT_SIZE; y++) {
            for (int u = 0; u < n; u++) {
                double sum = 0;
                for (int x = 0; x < DCT_SIZE; x++) {
                    sum += grid[y * DCT_SIZE + x] * COS[u][x];
                }
                rows[y][u] = sum;
            }
        }
        double[][] out = new double[n][n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                double sum = 0;
                for (int y = 0; y < DCT_SIZE; y++) {
                    sum += rows[y][u] * COS[v][y];
                }
                out[v][u] = sum;
            }
        }
        return out;
    }

    private static double[][] cosines() {
        double[][] table = new double[DCT_SIZE][DCT_SIZE];
        for (int u = 0; u < DCT_SIZE; u++) {
            for (int x = 0; x < DCT_SIZE; x++) {
                table[u][x] = StrictMath.cos((2 * x + 1) * u * StrictMath.PI / (2 * DCT_SIZE));
            }
        }
        return table;
    }

    /** The first n coefficients after DC in JPEG zigzag order, as {u (horizontal), v (vertical)} pairs. */
    private static int[][] zigzag(int n) {
        int[][] order = new int[n][];
        int i = -1; // DC, the first in zigzag order, is skipped
        for (int diagonal = 0; i < n; diagonal++) {
            for (int k = 0; k <= diagonal && i < n; k++) {
                // JPEG zigzag: odd diagonals run top-right to bottom-left, even ones bottom-left to top-right.
                int u = diagonal % 2 == 0 ? k : diagonal - k;
                int v = diagonal - u;
                if (i >= 0) {
                    order[i] = new int[] {u, v};
                }
                i++;
            }
        }
        return order;
    }

    private static int maxFrequency(int n) {
        int max = 0;
        for (int[] uv : Arrays.copyOf(ZIGZAG, n)) {
            max = Math.max(max, Math.max(uv[0], uv[1]));
        }
        return max;
    }
}
