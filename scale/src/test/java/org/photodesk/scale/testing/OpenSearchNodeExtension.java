package org.photodesk.scale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one OpenSearch node for the tests of this JVM, in a JVM of its own (it brings its own Lucene), from the
 * built {@code scale-node} module, and stops it when the tests are done; tests receive a {@link Node} parameter.
 *
 * <p>The node runs from {@code scale-node/target/photodesk-scale-node.jar} when it was packaged, else from
 * {@code target/classes} and {@code target/lib} (which that module fills before its tests), with a 512 MB heap; its
 * start waits for a green cluster. Set {@code PHOTODESK_TEST_OPENSEARCH=http://127.0.0.1:PORT} to use a node that
 * already runs (as {@code scale/start-opensearch} starts one) and save the start-up.
 */
public final class OpenSearchNodeExtension implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchNodeExtension.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /** A running node: its URL, and a fresh index address on it for each test that asks. */
    public record Node(URI url) {
        /** The address of an index no other test uses, such as {@code http://127.0.0.1:PORT/test-1a2b3c}. */
        public URI freshIndex() {
            return URI.create(url + "/test-" + UUID.randomUUID().toString().substring(0, 12));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        node(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Node.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return node(context);
    }

    /**
     * The node of this JVM for code outside a JUnit extension (the behaviour suites' {@link TestBackends}): started on
     * first use, stopped when the JVM exits.
     */
    public static Node jvmNode() {
        return JvmNode.RUNNING.node;
    }

    /** The node {@link #jvmNode()} starts once per JVM (the holder idiom: started when first read). */
    private static final class JvmNode {
        static final Running RUNNING = startWithShutdownHook();

        private static Running startWithShutdownHook() {
            Running running = Running.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    running.close();
                } catch (Exception e) {
                    LOG.warn("could not stop the OpenSearch test node: {}", e.toString());
                }
            }));
            return running;
        }
    }

    private static Node node(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(OpenSearchNodeExtension.class))
                .computeIfAbsent(Running.class, k -> Running.start(), Running.class).node;
    }

    /** The node process, stopped when the root context closes (after the last test of this JVM). */
    private static final class Running implements AutoCloseable {
        private final Node node;
        private final Process process;
        private final Path dir;

        private Running(Node node, Process process, Path dir) {
            this.node = node;
            this.process = process;
            this.dir = dir;
        }

        static Running start() {
            String given = System.getenv("PHOTODESK_TEST_OPENSEARCH");
            if (given != null && !given.isBlank()) {
                return new Running(new Node(URI.create(given.strip().replaceAll("/+$", ""))), null, null);
            }
            try {
                Path dir = Files.createTempDirectory("photodesk-opensearch-");
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command(dir))
                        .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
                Path urlFile = dir.resolve("url");
                long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
                while (!Files.exists(urlFile)) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        process.destroyForcibly();
                        throw new IllegalStateException("the OpenSearch test node did not start"
                                + (process.isAlive() ? " within " + START_TIMEOUT : " (it exited)") + "; its log ends:\n"
                                + tail(dir.resolve("node.log")));
                    }
                    Thread.sleep(200);
                }
                URI url = URI.create(Files.readString(urlFile, StandardCharsets.UTF_8).strip());
                LOG.info("OpenSearch test node at {} green after {} s", url, (System.nanoTime() - start) / 1_000_000_000);
                return new Running(new Node(url), process, dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the OpenSearch test node: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the OpenSearch test node", e);
            }
        }

        private static List<String> command(Path dir) {
            Path target = Path.of(System.getProperty("photodesk.scaleNode", "../scale-node/target")).toAbsolutePath();
            Path jar = target.resolve("photodesk-scale-node.jar");
            String classPath = Files.exists(jar) ? jar.toString()
                    : target.resolve("classes") + java.io.File.pathSeparator + target.resolve("lib").resolve("*");
            if (!Files.exists(jar) && !Files.isDirectory(target.resolve("lib"))) {
                throw new IllegalStateException("the OpenSearch node is not built: " + target + " holds neither the"
                        + " jar nor lib/; build it with mvn -pl scale-node package (a reactor build does it first)");
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx512m",
                    "--add-modules", "jdk.incubator.vector", "-cp", classPath,
                    "org.photodesk.scalenode.OpenSearchNode", dir.toString(),
                    "--parent", Long.toString(ProcessHandle.current().pid())));
            return command;
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() throws Exception {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
