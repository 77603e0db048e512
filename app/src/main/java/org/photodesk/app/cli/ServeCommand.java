package org.photodesk.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.photodesk.app.web.DeskDatabase;
import org.photodesk.app.web.DeskOpener;
import org.photodesk.app.web.DeskPorts;
import org.photodesk.app.web.DeskServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code photodesk serve}: the desk in the browser over one data folder, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the picture desk in the browser.")
public final class ServeCommand implements Callable<Integer> {

    /** The environment variable that sets the first admin's password instead of a random one. */
    public static final String ADMIN_PASSWORD_ENV = "PHOTODESK_ADMIN_PASSWORD";

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "photodesk-data", description = "Data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--max-upload-mb", defaultValue = "200", description = "Largest upload in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--secure-cookies", description = "Send cookies only over HTTPS (behind a TLS proxy).")
    boolean secureCookies;

    private final DeskOpener opener;

    public ServeCommand(DeskOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws InterruptedException {
        serve(opener.open(data));
        return 0;
    }

    /** Starts the desk over {@code ports}, prints how to log in, and blocks until the JVM shuts down. */
    void serve(DeskPorts ports) throws InterruptedException {
        var settings = new DeskServer.Settings(maxUploadMb * 1024 * 1024, 5, Duration.ofMinutes(1), secureCookies);
        var server = new DeskServer(ports, DeskDatabase.open(databaseFile(data)), settings, Clock.systemUTC());
        server.ensureAdmin(System.getenv(ADMIN_PASSWORD_ENV)).ifPresent(pw -> {
            System.out.println("Created the first account. Log in as 'admin' with password: " + pw);
            System.out.println("(Shown once. Set " + ADMIN_PASSWORD_ENV + " before the first start to choose it.)");
        });
        server.start(host, port);
        System.out.println("Photodesk is serving " + data.toAbsolutePath() + " at http://" + host + ":" + server.port() + "/");
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** The SQLite file that holds the desk's users and audit log: the library's own database. */
    static Path databaseFile(Path data) {
        return data.resolve("photodesk.db");
    }
}
