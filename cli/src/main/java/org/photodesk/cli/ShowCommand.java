package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Library;
import org.photodesk.cli.PhotoJson;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.photo.RawMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk show ID}: one photo, every field, its raw metadata by source and its problems. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one photo: every normalised field, its raw metadata (IIM, XMP, EXIF), its problems and history.")
public final class ShowCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "The photo's id (as search prints it).")
    long id;

    @Option(names = "--json", description = "Print one JSON object: the PHOTO fields plus \"raw\", \"history\", \"notices\" and \"edits\".")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Library library = data.openReadOnly()) {
            var photo = library.store().findById(id);
            if (photo.isEmpty()) {
                spec.commandLine().getErr().println("photodesk show: no photo with id " + id
                        + " in " + data.dir() + "; `photodesk search` lists the ids");
                return 1;
            }
            print(PhotoChangeCommand.current(library, photo.get()), library.store().history(id),
                    library.store().notices(id), library.store().edits(id), library.ingestor().nearDuplicates().of(id));
        }
        return 0;
    }

    private void print(Photo photo, List<PhotoVersion> history, List<ResendNotice> notices, List<PhotoEdit> edits,
            List<org.photodesk.core.similar.NearDuplicates.Link> near) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("photo", PhotoJson.of(photo, near));
            m.put("raw", raw(photo.raw()));
            m.put("history", history.stream().map(v -> Map.of("version", v.version(), "sha256", v.sha256(),
                    "replacedAt", String.valueOf(v.replacedAt()), "reason", String.valueOf(v.reason()))).toList());
            m.put("notices", notices.stream().map(ShowCommand::notice).toList());
            m.put("edits", edits.stream().map(ShowCommand::edit).toList());
            out.println(Json.write(flatten(m)));
        } else {
            Map<String, Object> fields = Json.toMap(PhotoJson.of(photo, near));
            fields.forEach((k, v) -> {
                if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !"problems".equals(k)
                        && !"provenance".equals(k)) {
                    out.printf("%-22s %s%n", k, v);
                }
            });
            out.printf("%-22s %s%n", "provenance", provenanceLine(photo));
            for (int i = 0; i < photo.problems().size(); i++) {
                var p = photo.problems().get(i);
                out.println(String.format("%-22s ", "problem " + (i + 1)) + p.code() + ": " + p.message()
                        + (p.fix() == null ? "" : " (photodesk fix " + photo.id() + " " + (i + 1) + ": '" + p.fix()
                        + "')"));
            }
            printRaw(out, "IIM", photo.raw().iim());
            printRaw(out, "XMP", photo.raw().xmp());
            printRaw(out, "EXIF", photo.raw().exif());
            printRaw(out, "Feed", photo.raw().feed());
            history.forEach(v -> out.println("history                version " + v.version() + " replaced "
                    + v.replacedAt() + " (" + v.reason() + ")"));
            edits.forEach(e -> out.println(String.format("%-22s ", "edit " + e.id()) + e.field() + " by " + e.user()
                    + " at " + e.at() + ": " + quoted(e.before()) + " -> " + quoted(e.after())));
            notices.forEach(n -> out.println("notice                 " + n.kind().word() + " (version " + n.version()
                    + ", " + n.resolution().word() + ")" + (n.note() == null ? "" : ": " + n.note()) + "; changed "
                    + String.join(", ", n.changes().stream().map(ResendNotice.FieldChange::field).toList())));
        }
        out.flush();
    }

    /** An edit as JSON: its number (for {@code undo}), field, texts, who and when. */
    private static Map<String, Object> edit(PhotoEdit e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("field", e.field());
        m.put("before", e.before());
        m.put("after", e.after());
        m.put("user", e.user());
        m.put("at", e.at().toString());
        m.put("followsAgency", e.followsAgency());
        return m;
    }

    private static String quoted(String text) {
        return text == null ? "(empty)" : "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }

    /** A notice as JSON: what the agency's re-send changed and how the desk resolved it. */
    private static Map<String, Object> notice(ResendNotice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("version", n.version());
        m.put("kind", n.kind().word());
        m.put("note", n.note());
        m.put("at", n.at().toString());
        m.put("resolution", n.resolution().word());
        m.put("resolvedBy", n.resolvedBy());
        m.put("changes", n.changes().stream().map(c -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("field", c.field());
            one.put("before", c.before());
            one.put("after", c.after());
            one.put("deskEdited", c.deskEdited());
            one.put("desk", c.desk());
            return one;
        }).toList());
        return m;
    }

    /** The photo's provenance in one line: its credentials' state and summary, generator, signer, AI, source type. */
    static String provenanceLine(Photo photo) {
        var p = photo.provenance();
        var parts = new java.util.ArrayList<String>();
        parts.add(p.present() ? p.summary() : "no Content Credentials");
        if (p.generator() != null) {
            parts.add("generator " + p.generator());
        }
        if (p.signer() != null) {
            parts.add("signed by " + p.signer());
        }
        if (p.ai() != org.photodesk.core.photo.PhotoProvenance.Ai.NONE) {
            parts.add("AI " + p.ai().word());
        }
        if (p.sourceType() != null) {
            parts.add("source: " + p.sourceType());
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> flatten(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>(Json.toMap(m.get("photo")));
        out.put("raw", m.get("raw"));
        out.put("history", m.get("history"));
        out.put("notices", m.get("notices"));
        out.put("edits", m.get("edits"));
        return out;
    }

    private static Map<String, Object> raw(RawMetadata raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iim", raw.iim());
        m.put("xmp", raw.xmp());
        m.put("exif", raw.exif());
        if (!raw.feed().isEmpty()) {
            m.put("feed", raw.feed());
        }
        return m;
    }

    private static void printRaw(PrintWriter out, String source, Map<String, List<String>> tags) {
        tags.forEach((k, v) -> out.printf("%-5s %-38s %s%n", source, k, v.size() == 1 ? v.getFirst() : v));
    }

    /** One line for a result list: id, date taken, byline / credit, caption start. */
    static String oneLine(Photo p) {
        var m = p.metadata();
        String date = m.dateCreated() == null ? "          " : m.dateCreated().date().toString();
        String who = String.join(", ", m.byline()) + (m.credit() == null ? "" : " / " + m.credit());
        String caption = m.caption() == null ? (m.headline() == null ? p.fileName() : m.headline()) : m.caption();
        caption = caption.replaceAll("\\s+", " ");
        return String.format("%6d  %s  %-30.30s  %.80s%s", p.id(), date, who, caption,
                p.problems().isEmpty() ? "" : "  [" + p.problems().size()
                        + (p.problems().size() == 1 ? " problem]" : " problems]"));
    }
}
