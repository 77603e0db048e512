import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.photodesk.core.similar.GreyImage;
import org.photodesk.core.similar.HammingIndex;
import org.photodesk.core.similar.HammingMatch;
import org.photodesk.core.similar.NearDuplicateIndex;
import org.photodesk.core.similar.PictureHash;

/**
 * Times the near-duplicate search at library scale: an exact Hamming-radius query over N 64-bit hashes (multi-index
 * hashing against a pass over all of them), the picture index's candidate search over N photos (ten hashes each),
 * and the fingerprint of one 400 x 267 grey thumbnail. Hashes are random, with one in ten a near copy of another so
 * that queries find something. Usage (bench/similar/similar-bench.sh builds and runs it):
 * java -Xmx6g -cp core/target/classes bench/similar/SimilarBench.java [HASHES] [PHOTOS]. Prints a markdown table.
 */
public class SimilarBench {

    public static void main(String[] args) {
        int hashes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int photos = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        SplittableRandom random = new SplittableRandom(2026);
        System.out.println("| what | size | radius | p50 µs | p95 µs | p99 µs | mean answers |");
        System.out.println("|---|---|---|---|---|---|---|");
        hammingIndex(hashes, random);
        pictureIndex(photos, random);
        fingerprint(random);
    }

    private static void hammingIndex(int n, SplittableRandom random) {
        long[] values = library(n, random);
        long used = heap();
        long start = System.nanoTime();
        HammingIndex index = new HammingIndex();
        for (int i = 0; i < n; i++) {
            index.put(i, values[i]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| build HammingIndex | %,d | | %.2f s in all | | | %,d MB heap |%n", n, seconds, (heap() - used) >> 20);
        long[] queries = queries(values, 20_000, random);
        for (int radius : new int[] {8, 12, 16, 18}) {
            time("HammingIndex.query", n, radius, queries, q -> index.query(q, radius).size());
        }
        long[] few = Arrays.copyOf(queries, 300);
        time("pass over every hash", n, 16, few, q -> scan(values, q, 16));
    }

    private static void pictureIndex(int n, SplittableRandom random) {
        long used = heap();
        NearDuplicateIndex index = new NearDuplicateIndex();
        List<PictureHash> some = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PictureHash hash = randomFingerprint(random);
            index.put(i, hash);
            if (i % (n / 2_000) == 0) {
                some.add(hash);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| build NearDuplicateIndex | %,d photos | | %.2f s in all | | | %,d MB heap |%n", n, seconds, (heap() - used) >> 20);
        PictureHash[] queries = new PictureHash[200];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = i % 2 == 0 ? some.get(random.nextInt(some.size())) : randomFingerprint(random);
        }
        long[] order = new long[queries.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        time("NearDuplicateIndex.candidates", n, 18, order, i -> index.candidates(queries[(int) i]).size());
    }

    private static void fingerprint(SplittableRandom random) {
        byte[] luma = new byte[400 * 267];
        for (int y = 0; y < 267; y++) {
            for (int x = 0; x < 400; x++) {
                luma[y * 400 + x] = (byte) (128 + 60 * Math.sin(x / 23.0) * Math.cos(y / 17.0) + random.nextInt(20));
            }
        }
        GreyImage image = new GreyImage(400, 267, luma);
        long[] ids = new long[2_000];
        time("PictureHash.of, 400 x 267", 1, 0, ids, i -> PictureHash.of(image).frame() == 0 ? 0 : 1);
    }

    /** Random hashes, one in ten a near copy (0 to 10 bits flipped) of an earlier one. */
    private static long[] library(int n, SplittableRandom random) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = i > 0 && random.nextInt(10) == 0 ? flip(values[random.nextInt(i)], random.nextInt(11), random)
                    : random.nextLong();
        }
        return values;
    }

    /** Half near an indexed hash (0 to 12 bits flipped), half random. */
    private static long[] queries(long[] values, int n, SplittableRandom random) {
        long[] queries = new long[n];
        for (int i = 0; i < n; i++) {
            queries[i] = i % 2 == 0 ? flip(values[random.nextInt(values.length)], random.nextInt(13), random) : random.nextLong();
        }
        return queries;
    }

    private static PictureHash randomFingerprint(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < (PictureHash.WINDOWS + 1) * (1 + PictureHash.DETAIL_WORDS); i++) {
            text.append(String.format("%016x", random.nextLong())).append('.');
        }
        return PictureHash.parse(text.substring(0, text.length() - 1));
    }

    private static long flip(long hash, int bits, SplittableRandom random) {
        for (int i = 0; i < bits; i++) {
            hash ^= 1L << random.nextInt(64);
        }
        return hash;
    }

    private static int scan(long[] values, long query, int radius) {
        int found = 0;
        for (long v : values) {
            if (Long.bitCount(v ^ query) <= radius) {
                found++;
            }
        }
        return found;
    }

    interface Query {
        int run(long query);
    }

    /** Runs every query once to warm up, then times each; prints the percentiles. */
    private static void time(String what, int size, int radius, long[] queries, Query query) {
        long sink = 0;
        for (int i = 0; i < Math.min(queries.length, 200); i++) {
            sink += query.run(queries[i]);
        }
        long[] nanos = new long[queries.length];
        long answers = 0;
        for (int i = 0; i < queries.length; i++) {
            long t = System.nanoTime();
            answers += query.run(queries[i]);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %,d | %d | %.1f | %.1f | %.1f | %.2f |%n", what, size, radius, nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.95)] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
                (double) answers / queries.length);
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
    }

    private static long heap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
