package org.photodesk.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Library;
import org.photodesk.core.ingest.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code photodesk reindex}: rebuilds the search index from the store, also when the index's files are damaged. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the store (the store is the source of truth).",
                "Also repairs an index whose files are damaged: they are deleted and the index is made again."})
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Opened without the warning a damaged index gives: rebuilding is what repairs it.
        try (Library library = data.backends().open(data.options(false))) {
            long start = System.nanoTime();
            long n = new IndexSync(library.store(), library.index()).rebuild();
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "Reindexed %d photos in %.1f s", n,
                    (System.nanoTime() - start) / 1e9));
        }
        return 0;
    }
}
