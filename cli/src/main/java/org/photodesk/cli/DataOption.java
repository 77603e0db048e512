package org.photodesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** The command this option belongs to, for its error stream. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;
    @Mixin
    BackendsOption shared = new BackendsOption();

    private final BackendsChooser chooser;
    /** The warning about the library already printed, if any, so that a failure does not print it again. */
    private String said;

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
        return warned(backends().open(options(true)));
    }

    /**
     * Opens the library for a command that changes it without ingesting: renditions are not made at ingest; when a
     * running {@code photodesk serve} holds the search index, the store alone (searching it then fails with a
     * message).
     */
    public Library openToRead() {
        return warned(backends().open(options(false)));
    }

    /**
     * Opens the library for a command that only reads it, writing nothing to it: it opens on a read-only folder, on
     * a full disk and beside a running desk.
     */
    public Library openReadOnly() {
        return warned(backends().openReadOnly(options(false)));
    }

    /** {@code library}, after saying on the command's error stream when its search index is damaged. */
    private Library warned(Library library) {
        library.index().damage().ifPresent(damage -> {
            said = damage;
            if (command != null) {
                PrintWriter err = command.commandLine().getErr();
                err.println("photodesk: " + damage);
                err.flush();
            }
        });
        return library;
    }

    /** Whether {@code message} was already printed as a warning when the library was opened. */
    boolean alreadySaid(String message) {
        return said != null && message.contains(said);
    }

    /** The options for opening the library. */
    public LibraryOptions options(boolean renditions) {
        return new LibraryOptions(maxFileMb * 1024 * 1024, maxMegapixels, renditions, houseName);
    }
}
