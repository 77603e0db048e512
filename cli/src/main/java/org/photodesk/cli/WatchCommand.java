package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Library;
import org.photodesk.core.ingest.HotFolder;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.IngestPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk watch DIR}: ingests what agencies drop into a hot folder. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a hot folder: each file (a picture, or a NewsML-G2 or ninjs feed document with its pictures)",
                "is ingested once it has stopped growing, then moved to",
                "DIR/done/ or to DIR/failed/ with a .reason.txt beside it. Stop with Ctrl-C."})
public final class WatchCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DIR", description = "The hot folder.")
    Path dir;

    @Option(names = "--settle-ms", paramLabel = "MS", defaultValue = "2000",
            description = "How long a file must stay unchanged to count as complete (default: ${DEFAULT-VALUE}).")
    long settleMs;

    @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "500",
            description = "How often the folder is looked at (default: ${DEFAULT-VALUE}).")
    long pollMs;

    @Option(names = "--once", description = "Take what has settled, then exit (waits one settle time).")
    boolean once;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("photodesk watch: " + dir + " is not a folder; create it first");
            return 2;
        }
        try (Library library = SharedLibrary.openForIngest(data, true, spec.commandLine().getErr());
                IngestPipeline pipeline = new IngestPipeline(library.ingestor())) {
            FeedWiring.routeDocuments(library, data.options(true).maxFileBytes(), "hot-folder");
            HotFolder folder = new HotFolder(dir, pipeline, library.ingestor(), Duration.ofMillis(settleMs),
                    Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            out.println("Watching " + dir.toAbsolutePath() + " (Ctrl-C to stop)");
            out.flush();
            if (once) {
                folder.scan(o -> report(out, o));
                Thread.sleep(settleMs + 50);
                folder.scan(o -> report(out, o));
                return 0;
            }
            while (!Thread.currentThread().isInterrupted()) {
                folder.scan(o -> report(out, o));
                Thread.sleep(pollMs);
            }
        }
        return 0;
    }

    private static void report(PrintWriter out, IngestOutcome outcome) {
        out.println(switch (outcome) {
            case IngestOutcome.Added a -> "added      " + a.source() + " as " + a.photo().id();
            case IngestOutcome.Updated u -> "updated    " + u.source() + " -> " + u.photo().id() + " v" + u.photo().version();
            case IngestOutcome.Duplicate d -> "duplicate  " + d.source() + " of " + d.photoId()
                    + (d.reason() == null ? "" : ": " + d.reason())
                    + (d.repaired() ? " (its missing or damaged original restored from this file)" : "");
            case IngestOutcome.Rejected r -> "rejected   " + r.source() + ": " + r.reason();
        });
        out.flush();
    }
}
