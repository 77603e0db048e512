package org.photodesk.cli;

import org.photodesk.core.library.Library;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.gallery.GalleryRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photodesk.core.event.ArticleImporter;
import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryCheck;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.ImportedCaption;
import org.photodesk.core.photo.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code photodesk import FILE...}: imports articles (the seeds' plain text, HTML or RSS) and makes a draft gallery
 * of each, one placeholder per photo caption; photos already in the library whose captions match fill them.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles (plain text starting 'date YYYY-MM-DD', HTML or RSS) as draft galleries with",
                "one placeholder per photo caption. Importing the same file again returns the same gallery.",
                "Exit 0 when every file was imported, 1 when a file could not be read, 2 on usage errors."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files to import.")
    List<Path> files;

    @Option(names = "--json", description = "Print each gallery as one JSON object a line: {\"id\",\"slug\",\"title\","
            + "\"date\",\"intro\",\"items\":[{\"caption\",\"agency\",\"photographer\",\"problems\"}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    /** With the system clock. */
    public ImportCommand() {
        this(Clock.systemUTC());
    }

    /** With {@code clock} for the import times, for tests. */
    public ImportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        // Store-only when a running desk holds the index, so that import works beside it.
        try (Library library = data.openToRead()) {
            PhotoStore photos = library.store();
            GalleryRepository galleries = library.galleries();
            var importer = new ArticleImporter(library.events(), galleries, clock);
            List<ArticleImporter.Imported> imported = new ArrayList<>();
            for (Path file : files) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    var feed = new org.photodesk.core.feed.FeedReader().sniff(bytes);
                    if (feed != org.photodesk.core.feed.FeedFormat.NONE) {
                        err.println("import: " + file + " is an agency feed document (" + feed.name()
                                + "), not an article: take its pictures with 'photodesk ingest " + file + "'");
                        code = 1;
                        continue;
                    }
                    imported.addAll(importer.importFile(file.getFileName().toString(), bytes));
                } catch (IOException e) {
                    err.println("import: cannot read " + file + ": " + e.getMessage() + ": check the path");
                    code = 1;
                } catch (IllegalArgumentException e) {
                    err.println("import: " + e.getMessage());
                    code = 1;
                }
            }
            int linked = new PlaceholderLinker(galleries).linkAll(photos).size();
            var check = new GalleryCheck(CaptionChecker.NONE, photos::findById, CreditLineFormatter.DEFAULT);
            for (ArticleImporter.Imported i : imported) {
                Gallery g = galleries.findById(i.gallery().id()).orElse(i.gallery());
                i.article().article().problems().forEach(p -> err.println("warning: " + i.article().sourceId() + ": "
                        + p.message()));
                out.println(json ? Json.write(galleryJson(g, i, check)) : text(g, i));
            }
            if (!json && linked > 0) {
                out.println(linked + (linked == 1 ? " placeholder" : " placeholders") + " filled with library photos");
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String text(Gallery g, ArticleImporter.Imported i) {
        long placeholders = g.items().stream().filter(GalleryItem::isPlaceholder).count();
        return (i.created() ? "imported " : "already imported ") + i.article().sourceId() + ": gallery '" + g.slug()
                + "' (id " + g.id() + "), " + g.items().size() + " items, " + placeholders + " still placeholders"
                + System.lineSeparator() + "  " + g.title();
    }

    static Map<String, Object> galleryJson(Gallery g, ArticleImporter.Imported i, GalleryCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("slug", g.slug());
        m.put("title", g.title());
        m.put("date", g.date() == null ? null : g.date().toString());
        m.put("intro", g.intro());
        m.put("article", i.article().sourceId());
        m.put("created", i.created());
        m.put("articleProblems", problems(i.article().article().problems()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (GalleryItem item : g.items()) {
            ImportedCaption imp = item.imported();
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("id", item.id());
            it.put("position", item.position());
            it.put("photoId", item.photoId());
            it.put("caption", imp == null ? null : imp.text());
            it.put("agency", imp == null ? null : imp.agency());
            it.put("photographer", imp == null ? null : imp.photographer());
            it.put("problems", problems(check.check(item).problems()));
            items.add(it);
        }
        m.put("items", items);
        return m;
    }

    private static List<Map<String, String>> problems(List<Problem> problems) {
        return problems.stream().map(p -> Map.of("code", p.code(), "message", p.message())).toList();
    }
}
