package org.photodesk.cli;

import java.io.PrintWriter;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.IndexOwnership;

/**
 * Opens the library for the commands that only add photos ({@code ingest}, {@code watch}), also while a
 * {@code photodesk serve} runs on the same data folder: that server holds the search index, so the photos go into
 * the store only and the server's change feed indexes them (and shows them on open contact sheets) within a second.
 */
final class SharedLibrary {

    private SharedLibrary() {}

    /** The library of {@code data}; store-only, with a note on {@code err}, when another process holds the index. */
    static Library openForIngest(DataOption data, boolean renditions, PrintWriter err) {
        Library library = data.backends().open(data.options(renditions));
        library.index().damage().ifPresent(damage -> {
            err.println("photodesk: " + damage + " (the photos are stored; they become searchable once reindexed)");
            err.flush();
        });
        if (library.ownership() == IndexOwnership.ANOTHER_PROCESS) {
            err.println("The search index of " + library.location() + " is in use by another process (a running "
                    + "'photodesk serve'?): storing the photos only; that process indexes them within a second.");
            err.flush();
        }
        return library;
    }
}
