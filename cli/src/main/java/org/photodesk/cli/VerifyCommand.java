package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.integrity.LibraryVerifier;
import org.photodesk.core.integrity.VerifyReport;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code photodesk verify [--repair] [--json]}: checks every original, rendition and the index against the store. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the library: every original (and earlier version) read back against its SHA-256, every "
                + "stored rendition, and the search index against the store. Only reads, unless --repair.",
                "Exit 0 when everything is sound, 1 listing each damaged photo (after --repair: what is still damaged;"
                        + " a missing or damaged original is restored by ingesting the original file again)."})
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--repair", description = "Make again what is derived: renditions that are missing or unreadable,"
            + " and the search index when it disagrees with the store (or is damaged).")
    boolean repair;

    @Option(names = "--json", description = "Print one JSON object: {\"sound\",\"photos\",\"originals\",\"renditions\","
            + "\"index\",\"orphans\",\"damaged\":[{\"id\",\"sha256\",\"fileName\",\"problems\"}],\"repaired\"}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Library library = repair ? data.openToRead() : data.openReadOnly()) {
            boolean indexHere = library.ownership() != IndexOwnership.ANOTHER_PROCESS;
            var verifier = new LibraryVerifier(library.store(), library.blobs(), indexHere ? library.index() : null);
            VerifyReport report = verifier.verify();
            LibraryVerifier.Repairs repairs = null;
            if (repair) {
                repairs = verifier.repair(report, library.renditions());
                report = verifier.verify();
            }
            print(report, repairs, indexHere);
            return report.sound() ? 0 : 1;
        }
    }

    private void print(VerifyReport report, LibraryVerifier.Repairs repairs, boolean indexHere) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(report, repairs)));
        } else {
            text(out, report, repairs, indexHere);
        }
        out.flush();
    }

    private static void text(PrintWriter out, VerifyReport r, LibraryVerifier.Repairs repairs, boolean indexHere) {
        if (repairs != null) {
            out.printf(Locale.ROOT, "Repaired: %d photos' renditions made again%s%s%n", repairs.renditionsMade(),
                    repairs.renditionsFailed() > 0 ? " (" + repairs.renditionsFailed() + " could not be made)" : "",
                    repairs.reindexed() ? "; search index rebuilt with " + repairs.indexed() + " photos" : "");
        }
        out.printf(Locale.ROOT, "Checked %d photos: %d originals (%d missing, %d damaged), %d renditions (%d "
                        + "unreadable; %d not made yet), %s%n", r.photos(), r.originals().checked(),
                r.originals().missing(), r.originals().damaged(), r.renditions().checked(),
                r.renditions().unreadable(), r.renditions().missing(), index(r.index(), indexHere));
        for (VerifyReport.DamagedPhoto d : r.damaged()) {
            out.println("damaged photo " + d.id() + " (" + d.fileName() + ", sha256 " + d.sha256() + "):");
            d.problems().forEach(p -> out.println("  " + p));
        }
        if (r.orphans() > 0) {
            out.println(r.orphans() + " originals in the blob store belong to no photo (left by interrupted ingests;"
                    + " harmless)");
        }
        out.println(r.sound() ? "The library is sound."
                : "The library has problems" + (repairs == null ? ": 'photodesk verify --repair' makes renditions and "
                        + "the index again; re-ingest the original file of a photo whose original is missing or "
                        + "damaged" : " that a repair cannot fix: re-ingest the original file of each photo above"));
    }

    private static String index(VerifyReport.IndexCheck i, boolean indexHere) {
        if (!indexHere) {
            return "search index held by a running desk (not checked here)";
        }
        if (i.damage().isPresent()) {
            return i.damage().get();
        }
        String state = "search index " + i.indexCount() + " of " + i.storeCount() + " photos";
        if (i.sound()) {
            return state + ", in step with the store";
        }
        return state + (i.notIndexed().isEmpty() ? "" : ", missing " + ids(i.notIndexed()))
                + (i.notStored().isEmpty() ? "" : ", with deleted " + ids(i.notStored()))
                + (i.behind() ? ", behind the store" : "") + ": verify --repair (or reindex) rebuilds it";
    }

    private static String ids(List<Long> ids) {
        return "photos " + String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static Map<String, Object> json(VerifyReport r, LibraryVerifier.Repairs repairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sound", r.sound());
        m.put("photos", r.photos());
        m.put("originals", Map.of("checked", r.originals().checked(), "missing", r.originals().missing(),
                "damaged", r.originals().damaged()));
        m.put("renditions", Map.of("checked", r.renditions().checked(), "notMade", r.renditions().missing(),
                "unreadable", r.renditions().unreadable()));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("store", r.index().storeCount());
        index.put("index", r.index().indexCount());
        index.put("notIndexed", r.index().notIndexed());
        index.put("notStored", r.index().notStored());
        index.put("behind", r.index().behind());
        index.put("damage", r.index().damage().orElse(null));
        m.put("index", index);
        m.put("orphans", r.orphans());
        m.put("damaged", r.damaged().stream().map(d -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", d.id());
            one.put("sha256", d.sha256());
            one.put("fileName", d.fileName());
            one.put("problems", d.problems());
            return one;
        }).toList());
        if (repairs != null) {
            m.put("repaired", Map.of("renditionsMade", repairs.renditionsMade(), "renditionsFailed",
                    repairs.renditionsFailed(), "reindexed", repairs.reindexed()));
        }
        return m;
    }
}
