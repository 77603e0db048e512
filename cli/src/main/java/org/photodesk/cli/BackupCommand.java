package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.LibraryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk backup DEST}: a consistent copy of the library, taken while it is in use. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the library into the new folder DEST while the desk and other commands go on: the store "
                + "as it was at one instant, the originals and renditions it uses, the published site, a manifest "
                + "(backup.json) and checksums (SHA256SUMS, checkable with 'sha256sum -c').",
                "Only reads the library, so it also works on a read-only copy. Exit 1 when an original could not be "
                        + "copied intact (see 'photodesk verify')."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DEST", description = "A new (or empty) folder for the backup, outside the library.")
    Path destination;

    @Option(names = "--json", description = "Print the manifest as one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LibraryBackup backups = backups(data);
        long start = System.nanoTime();
        BackupManifest m = backups.backup(destination);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(json(m)) : describe(m, destination, (System.nanoTime() - start) / 1e9));
        out.flush();
        return m.problems() == 0 ? 0 : 1;
    }

    /** The backups of the library {@code data} names. */
    static LibraryBackup backups(DataOption data) {
        return data.backends().backups().orElseThrow(() -> new IllegalArgumentException("the library in "
                + data.backends().describe() + " is on shared servers, which photodesk backup and restore do not copy:"
                + " back up the PostgreSQL schema with pg_dump and then the bucket with its versioning or a sync of the"
                + " prefix, and check the pair with 'photodesk verify' (see docs/scale.md, Backups); to move an"
                + " embedded backup up, restore it into a data folder and run 'photodesk migrate' from there"));
    }

    /** The manifest as the JSON object {@code --json} prints. */
    static java.util.Map<String, Object> json(BackupManifest m) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("format", m.format());
        map.put("takenAt", m.takenAt().toString());
        map.put("photos", m.photos());
        map.put("galleries", m.galleries());
        map.put("accounts", m.accounts());
        map.put("auditEntries", m.auditEntries());
        map.put("originals", m.originals());
        map.put("renditions", m.renditions());
        map.put("publishedFiles", m.publishedFiles());
        map.put("bytes", m.bytes());
        map.put("problems", m.problems());
        return map;
    }

    static String describe(BackupManifest m, Path where, double seconds) {
        return String.format(Locale.ROOT, "%s: %d photos, %d galleries, %d accounts, %d audit entries; %d originals, "
                        + "%d renditions, %d published files (%.1f MB) in %.1f s%s", where, m.photos(), m.galleries(),
                m.accounts(), m.auditEntries(), m.originals(), m.renditions(), m.publishedFiles(), m.bytes() / 1e6,
                seconds, m.problems() == 0 ? "" : "; " + m.problems() + " originals missing or damaged, not copied: "
                        + "run 'photodesk verify'");
    }
}
