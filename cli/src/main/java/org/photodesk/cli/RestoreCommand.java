package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.photodesk.core.library.BackupManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk restore SRC --data DIR}: a new library from a backup, every file checked first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Make a new library in --data DIR (which must not hold one) from the backup in SRC: every file "
                + "is checked against the backup's checksums first, and the search index is rebuilt.",
                "Exit 1 when the backup is incomplete or damaged (nothing is written then)."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "SRC", description = "The backup folder ('photodesk backup' made it).")
    Path source;

    @Option(names = "--json", description = "Print the restored backup's manifest as one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        BackupManifest m = BackupCommand.backups(data).restore(source);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(BackupCommand.json(m)) : "restored into " + BackupCommand.describe(m, data.dir(),
                (System.nanoTime() - start) / 1e9));
        out.flush();
        return 0;
    }
}
