package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryCopy;
import org.photodesk.core.library.LibraryRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code photodesk migrate}: copies the embedded library in {@code --data} into the shared backends that
 * {@code --store}, {@code --blobs} and {@code --index} name, ids kept; run it again to resume an interrupted copy.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy the embedded library in --data (photos with history and edits, originals and renditions, "
                + "galleries, events, rosters, accounts, audit, published site) into the shared backends named by "
                + "--store, --blobs and --index, then check counts and hashes.",
            "Resumable: run it again after an interruption; what is already copied is skipped. Login sessions are not "
                + "copied: people log in again."})
public final class MigrateCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LibraryAddress target = data.address();
        if (target.isEmbedded()) {
            err.println("Name the backends to copy into: --store postgresql://... (and --blobs s3://..., --index URL), "
                    + "or set PHOTODESK_STORE, PHOTODESK_BLOBS, PHOTODESK_INDEX.");
            return 2;
        }
        Backends source = data.backends(LibraryAddress.embedded(data.dir()));
        if (!source.exists()) {
            err.println("There is no library in " + data.dir().toAbsolutePath() + " to copy: check --data.");
            return 2;
        }
        Backends into = data.backends();
        Optional<LibraryRestore> restore = into.openRestore();
        if (restore.isEmpty()) {
            err.println("The backends " + into.describe() + " cannot take a copy: name a PostgreSQL --store.");
            return 2;
        }
        try (LibraryRestore r = restore.get(); Library from = source.open(data.options(false));
                Library to = into.open(data.options(false))) {
            out.println("Copying " + from.location() + " into " + to.location());
            out.flush();
            LibraryCopy.Report report = new LibraryCopy(from, to, r, line -> progress(err, line), Clock.systemUTC())
                    .run();
            return summary(report, out, err);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void progress(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    private static int summary(LibraryCopy.Report report, PrintWriter out, PrintWriter err) {
        new TreeMap<>(report.copied()).forEach((kind, n) -> out.println("copied  " + n + " " + kind));
        new TreeMap<>(report.skipped()).forEach((kind, n) -> out.println("skipped " + n + " " + kind
                + " (already there)"));
        if (report.verified()) {
            out.println("Checked: the counts agree and every original and rendition has the same SHA-256.");
            return 0;
        }
        report.problems().forEach(p -> err.println("check: " + p));
        err.println(report.problems().size() + " problems: run migrate again to copy what is missing.");
        return 1;
    }
}
