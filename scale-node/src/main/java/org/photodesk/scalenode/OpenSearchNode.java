package org.photodesk.scalenode;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one OpenSearch node on a free loopback port with its data in a given folder, for tests and
 * {@code scale/start-opensearch}: prints the node's URL once the cluster is green, writes it to {@code DIR/url}, and
 * runs until the process is told to stop (SIGTERM), when it closes the node cleanly.
 *
 * <p>Usage: {@code java -Xms512m -Xmx512m -jar photodesk-scale-node.jar DIR [--port N] [--parent PID]}; with
 * {@code --parent} the node also stops when that process ends (a test JVM that was killed leaves no node behind).
 */
public final class OpenSearchNode {

    /** The file in the node's folder that holds its URL once it is ready to serve. */
    public static final String URL_FILE = "url";
    /** The file in the node's folder that holds the id of the node's process. */
    public static final String PID_FILE = "pid";

    private OpenSearchNode() {}

    public static void main(String[] args) throws Exception {
        if (args.length % 2 != 1) {
            usage();
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int httpPort = 0;
        long parent = -1;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> httpPort = Integer.parseInt(args[i + 1]);
                case "--parent" -> parent = Long.parseLong(args[i + 1]);
                default -> usage();
            }
        }
        httpPort = httpPort == 0 ? freePort() : httpPort;
        if (parent > 0) {
            ProcessHandle.of(parent).ifPresentOrElse(p -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }
        int transportPort = freePort();
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(URL_FILE));
        write(dir.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));

        long start = System.nanoTime();
        OpenSearchRunner runner = new OpenSearchRunner();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runner, dir, stopped), "opensearch-node-stop"));
        String port = Integer.toString(httpPort);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", port);
            settings.put("transport.port", Integer.toString(transportPort));
            // a test node on a shared machine: never turn indexes read-only because the disk is nearly full
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.auto_create_index", "false");
        }).build(newConfigs().basePath(dir.resolve("node").toString()).numOfNode(1).clusterName("photodesk"));
        runner.ensureGreen();
        String url = "http://127.0.0.1:" + httpPort;
        write(dir.resolve(URL_FILE), url);
        System.out.printf("OpenSearch node green after %.1f s%n", (System.nanoTime() - start) / 1e9);
        System.out.println(url);
        System.out.flush();
        stopped.await();
    }

    private static void usage() {
        System.err.println("usage: OpenSearchNode DIR [--port N] [--parent PID]: starts one OpenSearch node with its"
                + " data in DIR on a free loopback port (or N), until stopped or until process PID ends");
        System.exit(2);
    }

    private static void stop(OpenSearchRunner runner, Path dir, CountDownLatch stopped) {
        try {
            Files.deleteIfExists(dir.resolve(URL_FILE));
            runner.close();
        } catch (IOException e) {
            System.err.println("closing the OpenSearch node failed: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the OpenSearch node", e);
        }
    }

    /** Writes {@code text} to {@code file} through a temporary file, so a reader never sees half of it. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
