package org.photodesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.ingest.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code photodesk reindex}: rebuilds the search index from the store, also when the index's files are damaged; waits
 * (bounded) while another process (an ingest) holds the index, rather than pretending to rebuild it.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the store (the store is the source of truth).",
                "Also repairs an index whose files are damaged: they are deleted and the index is made again.",
                "While another process holds the index (an ingest, a running desk), waits for it, at most --wait."})
public final class ReindexCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(500);

    @Mixin
    DataOption data;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for another process to let go of the index (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        boolean said = false;
        while (true) {
            // Opened without the warning a damaged index gives: rebuilding is what repairs it.
            try (Library library = data.backends().open(data.options(false))) {
                if (library.ownership() != IndexOwnership.ANOTHER_PROCESS) {
                    rebuild(library);
                    return 0;
                }
            }
            if (System.nanoTime() > deadline) {
                err().println("photodesk reindex: the search index of " + data.dir() + " is still held by another "
                        + "process after " + waitSeconds + " s (a running 'photodesk serve'?): stop it, then run "
                        + "reindex again");
                return 1;
            }
            if (!said) {
                err().println("The search index is in use by another process (an ingest or a running desk): waiting"
                        + " for it to let go (at most " + waitSeconds + " s)...");
                err().flush();
                said = true;
            }
            Thread.sleep(POLL);
        }
    }

    private void rebuild(Library library) {
        long start = System.nanoTime();
        long n = new IndexSync(library.store(), library.index()).rebuild();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "Reindexed %d photos in %.1f s", n,
                (System.nanoTime() - start) / 1e9));
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
