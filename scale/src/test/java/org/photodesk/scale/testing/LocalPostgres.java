package org.photodesk.scale.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.photodesk.scale.postgres.PostgresAddress;

/**
 * A real PostgreSQL server for tests, from Debian's package ({@code /usr/lib/postgresql/15/bin}): a fresh cluster in a
 * temporary folder on a free loopback port, with a password, run as user {@code postgres} when the tests run as
 * root (initdb refuses root). {@code PHOTODESK_TEST_PG}, a {@code postgresql://} URL, names a running server to use
 * instead. Each test asks for a {@link #freshSchema()} of its own.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final PostgresAddress address;
    private final Path dir;
    private final boolean asPostgres;

    private LocalPostgres(PostgresAddress address, Path dir, boolean asPostgres) {
        this.address = address;
        this.dir = dir;
        this.asPostgres = asPostgres;
    }

    /** The server {@code PHOTODESK_TEST_PG} names, or a new one. */
    public static LocalPostgres start() {
        String given = System.getenv("PHOTODESK_TEST_PG");
        if (given != null && !given.isBlank()) {
            return new LocalPostgres(PostgresAddress.parse(given, System::getenv), null, false);
        }
        try {
            return startNew();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + BIN + ": " + e.getMessage()
                    + " (install Debian's postgresql package, or set PHOTODESK_TEST_PG)", e);
        }
    }

    private static LocalPostgres startNew() throws IOException {
        if (!Files.isExecutable(BIN.resolve("initdb"))) {
            throw new IOException("no initdb in " + BIN);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("photodesk-pg-");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
        if (root) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false, dir);
        }
        int port = freePort();
        Path data = dir.resolve("data");
        run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "photodesk", "--pwfile=" + pwfile,
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"), root, dir);
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c max_connections=300 -c track_commit_timestamp=on", "start"), root, dir);
        Files.deleteIfExists(pwfile);
        var address = new PostgresAddress("127.0.0.1", port, "postgres", "photodesk", password, null, Map.of());
        return new LocalPostgres(address, dir, root);
    }

    private static void run(List<String> command, boolean asPostgres, Path dir) throws IOException {
        var full = new ArrayList<String>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("setup.out").toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: "
                        + Files.readString(dir.resolve("setup.out")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** A free TCP port on the loopback address (free when asked; taken by the caller soon after). */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The server's address, in its {@code public} schema. */
    public PostgresAddress address() {
        return address;
    }

    /** The same server in a schema no other test has used (created by the first migration). */
    public PostgresAddress freshSchema() {
        return address.inSchema("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    /** The URL of {@code a}, password included, as {@code --store} takes it. */
    public static String url(PostgresAddress a) {
        return "postgresql://" + a.user() + ":" + a.password() + "@" + a.host() + ":" + a.port() + "/" + a.database()
                + "?schema=" + a.schema();
    }

    /** Stops the server this fixture started and deletes its folder. */
    @Override
    public void close() throws IOException {
        if (dir == null) {
            return;
        }
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                "stop"), asPostgres, dir);
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
