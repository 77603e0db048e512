package org.photodesk.app.cli;

import java.nio.file.Path;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes, and the library it opens. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            defaultValue = "${env:PHOTODESK_DATA:-photodesk-data}",
            description = "The library's data folder (default: $PHOTODESK_DATA, else ./photodesk-data).")
    Path dir;

    @Option(names = "--max-megapixels", paramLabel = "N", defaultValue = "250",
            description = "Refuse images whose header claims more pixels than this, in millions (default: ${DEFAULT-VALUE}).")
    double maxMegapixels;

    @Option(names = "--max-file-mb", paramLabel = "N", defaultValue = "200",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--house", paramLabel = "NAME", defaultValue = "${env:PHOTODESK_HOUSE}",
            description = "The name your own staff photos are credited to (default: $PHOTODESK_HOUSE).")
    String houseName;

    /** The data folder. */
    public Path dir() {
        return dir;
    }

    /** Opens the library in the data folder, creating it when new, with renditions made at ingest. */
    public Library open() {
        return Library.open(dir, options(true));
    }

    /**
     * Opens the library to read it (no renderer is loaded: reading makes no renditions); when a running {@code photodesk serve} holds the search index, opens the store
     * alone (searching it then fails with a message that says so).
     */
    public Library openToRead() {
        try {
            return Library.open(dir, options(false));
        } catch (RuntimeException e) {
            if (!Library.indexHeldElsewhere(e)) {
                throw e;
            }
            return Library.openWithoutIndex(dir, options(false));
        }
    }

    /** The options for opening the library. */
    public LibraryOptions options(boolean renditions) {
        return new LibraryOptions(maxFileMb * 1024 * 1024, maxMegapixels, renditions, houseName);
    }
}
