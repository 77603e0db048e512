package org.photodesk.scale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real S3 endpoint for tests: S3Proxy ({@code org.gaul:s3proxy}, the self-contained jar the scale module's build
 * copies to {@code target/servers/s3proxy.jar}) on a temporary folder, in a JVM of its own, on a free loopback port.
 * {@code PHOTODESK_TEST_S3}, an {@code s3://} URL with an {@code endpoint}, names a running endpoint to use instead.
 * Each test asks for a {@link #freshBucket()} of its own.
 */
public final class LocalS3 implements AutoCloseable {

    /** The access key and secret of the local endpoint. */
    public static final String IDENTITY = "photodesk";
    public static final String CREDENTIAL = "photodesk-local-secret";

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final String endpoint;
    private final Process process;
    private final Path dir;

    private LocalS3(String endpoint, Process process, Path dir) {
        this.endpoint = endpoint;
        this.process = process;
        this.dir = dir;
    }

    /** The endpoint {@code PHOTODESK_TEST_S3_ENDPOINT} names, or a new S3Proxy. */
    public static LocalS3 start() {
        String given = System.getenv("PHOTODESK_TEST_S3_ENDPOINT");
        if (given != null && !given.isBlank()) {
            return new LocalS3(given, null, null);
        }
        try {
            return startNew();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start S3Proxy: " + e.getMessage(), e);
        }
    }

    /** The S3Proxy jar: {@code photodesk.s3proxy.jar}, else the scale module's {@code target/servers/s3proxy.jar}. */
    public static Path jar() throws IOException {
        String property = System.getProperty("photodesk.s3proxy.jar");
        for (Path candidate : List.of(Path.of(property == null ? "target/servers/s3proxy.jar" : property),
                Path.of("../scale/target/servers/s3proxy.jar"), Path.of("scale/target/servers/s3proxy.jar"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IOException("no s3proxy.jar: build the scale module first (mvn -pl scale generate-resources)");
    }

    private static LocalS3 startNew() throws IOException {
        Path dir = Files.createTempDirectory("photodesk-s3-");
        Files.createDirectories(dir.resolve("data"));
        int port = LocalPostgres.freePort();
        Path properties = dir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + dir.resolve("data"), ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar().toString(), "--properties",
                properties.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        String endpoint = "http://127.0.0.1:" + port;
        awaitUp(endpoint, process, dir);
        return new LocalS3(endpoint, process, dir);
    }

    private static void awaitUp(String endpoint, Process process, Path dir) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("S3Proxy stopped: " + Files.readString(dir.resolve("log")));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for S3Proxy", e);
            }
        }
        process.destroyForcibly();
        throw new IOException("S3Proxy did not answer at " + endpoint + " within 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The endpoint's URL, such as {@code http://127.0.0.1:41234}. */
    public String endpoint() {
        return endpoint;
    }

    /** A bucket name no other test has used (the blob store creates it). */
    public String freshBucket() {
        return "t" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
    }

    /** The {@code --blobs} URL of {@code bucket} at this endpoint, credentials included. */
    public String url(String bucket) {
        return "s3://" + IDENTITY + ":" + CREDENTIAL + "@" + bucket + "/library?endpoint=" + endpoint;
    }

    /** Stops the S3Proxy this fixture started and deletes its folder. */
    @Override
    public void close() throws IOException {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
