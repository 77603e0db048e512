package org.photodesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;

/**
 * Opens the library for the commands that only add photos ({@code ingest}, {@code watch}), also while a
 * {@code photodesk serve} runs on the same data folder: that server holds the search index, so the photos go into
 * the store only and the server's change feed indexes them (and shows them on open contact sheets) within a second.
 */
final class SharedLibrary {

    private SharedLibrary() {}

    /** The library in {@code dir}; store-only, with a note on {@code err}, when another process holds the index. */
    static Library openForIngest(Path dir, LibraryOptions options, PrintWriter err) {
        try {
            return Library.open(dir, options);
        } catch (RuntimeException e) {
            if (!Library.indexHeldElsewhere(e)) {
                throw e;
            }
            err.println("The search index in " + dir.resolve("index") + " is in use by another process (a running "
                    + "'photodesk serve'?): storing the photos only; that process indexes them within a second.");
            err.flush();
            return Library.openWithoutIndex(dir, options);
        }
    }
}
