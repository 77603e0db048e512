package org.photodesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.desk.DeskPorts;
import org.photodesk.desk.DeskServer;
import picocli.CommandLine;
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

    @Option(names = "--ftp-port", paramLabel = "N",
            description = "Also run an FTP drop on this port for cameras and agencies (0 picks a free one); editors' accounts log in.")
    Integer ftpPort;

    @Option(names = "--sftp-port", paramLabel = "N",
            description = "Also run an SFTP drop on this port (0 picks a free one); editors' accounts log in.")
    Integer sftpPort;

    @Option(names = "--drop-dir", paramLabel = "DIR",
            description = "Where dropped files wait until they are taken (default: DATA/drop).")
    Path dropDir;
    @Mixin
    BackendsOption shared = new BackendsOption();

    private volatile DeskServer server;
    private volatile String location;
    /** The polling of the library's feed subscriptions, when its backends keep them. */
    private volatile org.photodesk.core.feed.FeedPolling feeds;

    private final BackendsChooser chooser;
    private final Function<String, String> env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ServeCommand(BackendsChooser chooser) {
        this(chooser, System::getenv);
    }

    /** The command reading the first admin's password from {@code env} (for tests). */
    public ServeCommand(BackendsChooser chooser, Function<String, String> env) {
        this.chooser = chooser;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        serve(open());
        return 0;
    }

    /** Opens the library, with published galleries linked under {@link #publicUrl()}. */
    DeskPorts open() {
        var backends = chooser.choose(shared.address(data));
        Library library = backends.open(LibraryOptions.DEFAULT);
        location = library.location();
        try {
            long maxBytes = LibraryOptions.DEFAULT.maxFileBytes();
            var intake = FeedWiring.routeDocuments(library, maxBytes, "hot-folder");
            feeds = FeedWiring.polling(backends, library, intake, maxBytes, env).orElse(null);
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
        Running running = start(ports, spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** A started desk: the server, the hot folder it watches, its drops and the library under it; closing stops all. */
    record Running(DeskServer server, AutoCloseable watching, Drops drops, DeskPorts ports,
            java.util.concurrent.ScheduledExecutorService polling) implements AutoCloseable {
        @Override
        public void close() {
            if (polling != null) {
                polling.shutdownNow();
            }
            stop(watching);
            drops.close();
            server.close();
            ports.close();
        }
    }

    /** Starts the desk over {@code ports} (and the hot folder, if any) and prints to {@code out} how to log in. */
    Running start(DeskPorts ports, PrintWriter out) {
        var settings = new DeskServer.Settings(maxUploadMb * 1024 * 1024, 5, Duration.ofMinutes(1), secureCookies);
        var server = new DeskServer(ports, settings, Clock.systemUTC());
        this.server = server;
        announceFirstAdmin(server, env.apply(ADMIN_PASSWORD_ENV), out);
        server.start(host, port);
        AutoCloseable watching = hotFolder == null ? () -> { } : ports.hotFolders().watch(hotFolder);
        Drops drops = Drops.start(new Drops.Options(host, ftpPort, sftpPort,
                dropDir != null ? dropDir : data.resolve("drop"), hotFolder), server.accounts(), ports.audit(),
                ports.uploads(), out);
        out.println("Photodesk is serving " + (shared.address(data).isEmbedded() ? data.toAbsolutePath() : location)
                + " at http://" + host + ":" + server.port() + "/");
        if (hotFolder != null) {
            out.println("Watching hot folder " + hotFolder.toAbsolutePath());
        }
        java.util.concurrent.ScheduledExecutorService polling = null;
        if (feeds != null) {
            polling = java.util.concurrent.Executors.newScheduledThreadPool(1,
                    Thread.ofPlatform().name("feed-poller").daemon(true).factory());
            feeds.start(polling);
            out.println("Polling the feeds 'photodesk feed list' shows");
        }
        out.flush();
        return new Running(server, watching, drops, ports, polling);
    }

    /**
     * Creates the first account on an empty library and says so: a password made up here is shown once; one given
     * in {@link #ADMIN_PASSWORD_ENV} is never printed (whoever set it knows it; a terminal, a log or a CI transcript
     * need not).
     */
    static void announceFirstAdmin(DeskServer server, String given, PrintWriter out) {
        boolean fresh = server.accounts().count() == 0;
        server.ensureAdmin(given).ifPresentOrElse(pw -> {
            out.println("Created the first account. Log in as 'admin' with password: " + pw);
            out.println("(Shown once. Set " + ADMIN_PASSWORD_ENV + " before the first start to choose it.)");
        }, () -> {
            if (fresh) {
                out.println("Created the first account 'admin' with the password in " + ADMIN_PASSWORD_ENV + ".");
            }
        });
    }

    private static void stop(AutoCloseable watching) {
        try {
            watching.close();
        } catch (Exception e) {
            System.err.println("The hot folder did not stop cleanly: " + e);
        }
    }
}
