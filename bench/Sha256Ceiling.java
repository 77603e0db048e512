import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest ceiling: read every file and hash every byte with Java's SHA-256, on N threads.
 * Usage: java bench/Sha256Ceiling.java THREADS DIR. Prints "files bytes seconds".
 */
public class Sha256Ceiling {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> files;
        try (var s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (Path f : files) {
                pool.submit(() -> {
                    byte[] b = Files.readAllBytes(f);
                    bytes.addAndGet(b.length);
                    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
                });
            }
        }
        System.out.printf("%d %d %.3f%n", files.size(), bytes.get(), (System.nanoTime() - start) / 1e9);
    }
}
