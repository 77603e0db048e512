package org.photodesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.photodesk.cli.DemoSet;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.desk.DeskPorts;
import org.photodesk.core.ingest.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code photodesk demo}: fills an empty library with demo photographs (real pictures from Debian's wallpaper
 * packages with agency captions, or drawn ones when those are missing), then serves the desk.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY library with demo photographs (AP, Reuters, AFP, Getty, EPA captions, some with mistakes;"
                + " a burst, a near-duplicate, an embargoed, a killed and an AI-generated picture), then serve it.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "photodesk-demo", description = "Data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--hot-folder", paramLabel = "DIR", description = "Also ingest photos dropped in this folder.")
    Path hotFolder;

    @Mixin
    BackendsOption shared = new BackendsOption();

    private final BackendsChooser chooser;

    public DemoCommand(BackendsChooser chooser) {
        this.chooser = chooser;
    }

    /** What filling the demo library did: how many photos were added, and whether they are real photographs. */
    record Filled(int added, boolean real) {}

    /**
     * Fills the library with the real demo photographs ({@link DemoPhotos}), their embargo set from {@code clock};
     * when Debian's wallpaper packages are missing, with the drawn set ({@link DemoSet}) instead. Which packages to
     * install, and anything not added, is told on {@code err}.
     */
    static Filled fill(DeskPorts ports, java.io.PrintWriter err, java.time.Clock clock) {
        DemoPhotos.Found found = DemoPhotos.make(clock);
        if (!found.missingPackages().isEmpty()) {
            err.println((found.photos().isEmpty() ? "No wallpaper photographs found: the demo shows drawn pictures."
                    : "Some demo photographs are missing.") + " Install the Debian packages "
                    + String.join(", ", found.missingPackages()) + " (apt-get install "
                    + String.join(" ", found.missingPackages()) + ") for the full set of real photographs.");
        }
        if (found.photos().isEmpty()) {
            return new Filled(fillDrawn(ports, err), false);
        }
        int added = 0;
        for (DemoPhotos.DemoPhoto p : found.photos()) {
            added += ingest(ports, p.name(), p.bytes(), err);
        }
        err.flush();
        return new Filled(added, true);
    }

    /**
     * Ingests every drawn demo photo through the desk's upload port and returns how many became new photos (each
     * frame is a photo of its own: frames sharing an assignment's Job Id are never merged); what was not added is
     * told on {@code err}.
     */
    static int fillDrawn(DeskPorts ports, java.io.PrintWriter err) {
        int added = 0;
        for (DemoSet.DemoFile f : DemoSet.files()) {
            added += ingest(ports, f.name(), f.bytes(), err);
        }
        err.flush();
        return added;
    }

    /** Ingests one demo file; 1 when it became a new photo, else 0 with a line on {@code err}. */
    private static int ingest(DeskPorts ports, String name, byte[] bytes, java.io.PrintWriter err) {
        IngestOutcome o = ports.uploads().ingest(name, bytes);
        return switch (o) {
            case IngestOutcome.Added a -> 1;
            case IngestOutcome.Updated u -> {
                err.println(name + ": taken as a new version of photo " + u.photo().id());
                yield 0;
            }
            case IngestOutcome.Duplicate d -> {
                err.println(name + ": a duplicate of photo " + d.photoId());
                yield 0;
            }
            case IngestOutcome.Rejected r -> {
                err.println(name + ": rejected: " + r.reason());
                yield 0;
            }
        };
    }

    @Override
    public Integer call() throws InterruptedException {
        var serve = new ServeCommand(chooser);
        serve.port = port;
        serve.host = "127.0.0.1";
        serve.data = data;
        serve.maxUploadMb = 200;
        serve.hotFolder = hotFolder;
        serve.shared = shared;
        DeskPorts ports = serve.open();
        long count = ports.store().count();
        if (count > 0) {
            ports.close();
            System.err.println("The library in " + data.toAbsolutePath() + " is not empty (" + count
                    + " photos): the demo only fills an empty one. Use another --data folder, or 'photodesk serve'.");
            return 2;
        }
        Filled filled = fill(ports, new java.io.PrintWriter(System.err, true), java.time.Clock.systemUTC());
        System.out.println("Added " + filled.added() + (filled.real() ? " demo photographs" : " drawn demo pictures")
                + " to " + data.toAbsolutePath());
        serve.serve(ports);
        return 0;
    }
}
