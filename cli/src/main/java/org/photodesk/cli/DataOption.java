package org.photodesk.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command takes (with {@code --store}, {@code --index} and {@code --blobs}), and
 * the library it opens on the backends the composition root chooses for it.
 */
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

    @Mixin
    BackendsOption shared = new BackendsOption();

    private final BackendsChooser chooser;

    /** The option, opening libraries through {@code chooser}. */
    public DataOption(BackendsChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The data folder. */
    public Path dir() {
        return dir;
    }

    /** Where the library is, as the options give it: the data folder, or the shared backends they name. */
    public LibraryAddress address() {
        return shared.address(dir);
    }

    /** The backends the options name. */
    public Backends backends() {
        return chooser.choose(address());
    }

    /** The backends at {@code address}, chosen as the options' are. */
    public Backends backends(LibraryAddress address) {
        return chooser.choose(address);
    }

    /** Opens the library, creating it when new, with renditions made at ingest. */
    public Library open() {
        return backends().open(options(true));
    }

    /**
     * Opens the library to read it: renditions are not made at ingest (nothing is ingested); when a running
     * {@code photodesk serve} holds the search index, the store alone (searching it then fails with a message).
     */
    public Library openToRead() {
        return backends().open(options(false));
    }

    /** The options for opening the library. */
    public LibraryOptions options(boolean renditions) {
        return new LibraryOptions(maxFileMb * 1024 * 1024, maxMegapixels, renditions, houseName);
    }
}
