package org.photodesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.desk.DeskPorts;
import org.photodesk.desk.DeskServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code photodesk serve}: the desk in the browser over one library (a data folder, or shared backends that several
 * desk nodes serve at once), until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the picture desk in the browser.")
public final class ServeCommand implements Callable<Integer> {

    /** The environment variable that sets the first admin's password instead of a random one. */
    public static final String ADMIN_PASSWORD_ENV = "PHOTODESK_ADMIN_PASSWORD";

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:PHOTODESK_DATA:-photodesk-data}",
            description = "The library's data folder (default: $PHOTODESK_DATA, else ./photodesk-data).")
    Path data;

    @Option(names = "--max-upload-mb", defaultValue = "200", description = "Largest upload in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--secure-cookies", description = "Send cookies only over HTTPS (behind a TLS proxy).")
    boolean secureCookies;

    @Option(names = "--hot-folder", paramLabel = "DIR",
            description = "Ingest photos dropped in this folder (checked every 500 ms; a file is taken once unchanged for 1 s, then moved to done/ or failed/).")
    Path hotFolder;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The absolute URL published galleries are served at, for their links and feeds (default: http://HOST:PORT/published/).")
    String publicUrl;

    @Mixin
    BackendsOption shared = new BackendsOption();

    private volatile DeskServer server;
    private volatile String location;

    private final BackendsChooser chooser;

    public ServeCommand(BackendsChooser chooser) {
        this.chooser = chooser;
    }

    @Override
    public Integer call() throws InterruptedException {
        serve(open());
        return 0;
    }

    /** Opens the library, with published galleries linked under {@link #publicUrl()}. */
    DeskPorts open() {
        Library library = chooser.choose(shared.address(data)).open(LibraryOptions.DEFAULT);
        location = library.location();
        try {
            return DeskPorts.of(library, this::publicUrl);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** The URL of the published folder: {@code --public-url}, else this server's own address. */
    String publicUrl() {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        }
        DeskServer s = server;
        return "http://" + host + ":" + (s == null ? port : s.port()) + "/published/";
    }

    /**
     * Starts the desk over {@code ports} (and the hot folder, if any), prints how to log in, and blocks until the
     * JVM shuts down; then stops the hot folder and the server and closes the library.
     */
    void serve(DeskPorts ports) throws InterruptedException {
        var settings = new DeskServer.Settings(maxUploadMb * 1024 * 1024, 5, Duration.ofMinutes(1), secureCookies);
        var server = new DeskServer(ports, settings, Clock.systemUTC());
        this.server = server;
        server.ensureAdmin(System.getenv(ADMIN_PASSWORD_ENV)).ifPresent(pw -> {
            System.out.println("Created the first account. Log in as 'admin' with password: " + pw);
            System.out.println("(Shown once. Set " + ADMIN_PASSWORD_ENV + " before the first start to choose it.)");
        });
        server.start(host, port);
        AutoCloseable watching = hotFolder == null ? () -> { } : ports.hotFolders().watch(hotFolder);
        System.out.println("Photodesk is serving " + (shared.address(data).isEmbedded() ? data.toAbsolutePath() : location) + " at http://"
                + host + ":" + server.port() + "/");
        if (hotFolder != null) {
            System.out.println("Watching hot folder " + hotFolder.toAbsolutePath());
        }
        System.out.flush();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(watching);
            server.close();
            ports.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static void stop(AutoCloseable watching) {
        try {
            watching.close();
        } catch (Exception e) {
            System.err.println("The hot folder did not stop cleanly: " + e);
        }
    }
}
