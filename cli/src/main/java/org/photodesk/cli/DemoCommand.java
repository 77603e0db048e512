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

/** {@code photodesk demo}: fills an empty library with generated demo photos, then serves the desk. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY library with demo photos (AP, Reuters, AFP, Getty, EPA captions, some with mistakes), then serve it.")
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

    /**
     * Ingests every demo photo through the desk's upload port and returns how many became new photos (each frame is
     * a photo of its own: frames sharing an assignment's Job Id are never merged); what was not added is told on
     * {@code err}.
     */
    static int fill(DeskPorts ports, java.io.PrintWriter err) {
        int added = 0;
        for (DemoSet.DemoFile f : DemoSet.files()) {
            IngestOutcome o = ports.uploads().ingest(f.name(), f.bytes());
            switch (o) {
                case IngestOutcome.Added a -> added++;
                case IngestOutcome.Updated u -> err.println(f.name() + ": taken as a new version of photo "
                        + u.photo().id());
                case IngestOutcome.Duplicate d -> err.println(f.name() + ": a duplicate of photo " + d.photoId());
                case IngestOutcome.Rejected r -> err.println(f.name() + ": rejected: " + r.reason());
            }
        }
        err.flush();
        return added;
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
        int added = fill(ports, new java.io.PrintWriter(System.err, true));
        System.out.println("Added " + added + " demo photos to " + data.toAbsolutePath());
        serve.serve(ports);
        return 0;
    }
}
