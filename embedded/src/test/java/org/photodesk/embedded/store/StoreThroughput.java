package org.photodesk.embedded.store;

import org.photodesk.core.testing.StoreFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.photodesk.core.photo.PhotoRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rough measurement of the store's write speed on this machine (not a test: run its main with the test class
 * path); it reports rates, which vary with the disk, so nothing asserts on them.
 */
final class StoreThroughput {

    private static final Logger log = LoggerFactory.getLogger(StoreThroughput.class);
    private static final int BLOB_SIZE = 4 * 1024 * 1024;

    private StoreThroughput() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("photodesk-throughput");
        try {
            photoStore(dir.resolve("db.sqlite"));
            blobStore(dir.resolve("blobs"), Integer.parseInt(args.length > 0 ? args[0] : "40"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void photoStore(Path databaseFile) throws Exception {
        try (var store = new SqlitePhotoStore(databaseFile)) {
            records("warm", 500).forEach(store::add);
            List<PhotoRecord> single = records("single", 2000);
            long start = System.nanoTime();
            single.forEach(store::add);
            report("add(), one transaction each", single.size(), start);

            List<PhotoRecord> batched = records("batch", 2000);
            start = System.nanoTime();
            for (int i = 0; i < batched.size(); i += 100) {
                store.addAll(batched.subList(i, i + 100));
            }
            report("addAll(), 100 per transaction", batched.size(), start);

            List<PhotoRecord> concurrent = records("threads", 2000);
            start = System.nanoTime();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (PhotoRecord record : concurrent) {
                    futures.add(executor.submit(() -> store.inTransaction(
                            () -> store.findBySha256(record.sha256()).orElseGet(() -> store.add(record)))));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            report("find-or-add from 2000 virtual threads", concurrent.size(), start);
        }
    }

    private static List<PhotoRecord> records(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> StoreFixtures.record(prefix + i,
                "Residents wade through a flooded street in the old town of Passau, Germany, on Monday. "
                        + "Photo number " + i + ".")).toList();
    }

    private static void blobStore(Path dir, int n) throws IOException {
        var store = new FileBlobStore(dir);
        var random = new Random(7);
        byte[] bytes = new byte[BLOB_SIZE];
        random.nextBytes(bytes);
        for (int i = 0; i < 5; i++) {
            store.put(fakeSha(random), bytes);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            store.put(fakeSha(random), bytes);
        }
        report("FileBlobStore.put 4 MB, fsync + rename", n, start);

        List<String> shas = IntStream.range(0, n).mapToObj(i -> fakeSha(random)).toList();
        start = System.nanoTime();
        try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
            for (String sha : shas) {
                executor.submit(() -> {
                    store.put(sha, bytes);
                    return null;
                });
            }
        }
        report("FileBlobStore.put 4 MB from 4 threads", n, start);

        Path plain = Files.createDirectories(dir.resolve("plain"));
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try (FileChannel channel = FileChannel.open(plain.resolve("f" + i), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
            }
        }
        report("plain 4 MB write, no fsync (for comparison)", n, start);
    }

    private static String fakeSha(Random random) {
        byte[] sha = new byte[32];
        random.nextBytes(sha);
        return HexFormat.of().formatHex(sha);
    }

    private static void report(String what, int n, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        log.info("{}: {} in {} s = {} per second", what, n, String.format("%.2f", seconds),
                String.format("%.0f", n / seconds));
    }
}
