package org.photodesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.photodesk.core.library.Library;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code photodesk check [--json] [--roster FILE]... [QUERY]}: checks the captions of the library's photos that
 * match QUERY, comparing names across them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the captions of the photos matching QUERY (all photos when absent).",
            "Exit status 0 when nothing is found, 1 when some caption has problems, 2 on errors."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object a photo.")
    private boolean json;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "A list of known names, one a line, aliases after a tab. Repeatable.")
    private List<Path> rosters = new ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Search query; all photos if absent.")
    private String query;

    @Mixin
    private DataOption data;

    private final Function<String, List<Photo>> photosMatching;
    private final Clock clock;

    /** A command checking the library's photos that match the query, in the folder given by {@code --data}. */
    public CheckCommand(Clock clock) {
        this.photosMatching = null;
        this.clock = clock;
    }

    /**
     * A command checking the photos {@code photosMatching} returns for a query (null or "*" means all photos).
     */
    public CheckCommand(Function<String, List<Photo>> photosMatching, Clock clock) {
        this.photosMatching = photosMatching;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NameBook book;
        List<Photo> photos;
        try {
            book = Rosters.load(rosters);
            String q = query == null || query.isBlank() ? "*" : query;
            photos = photosMatching != null ? photosMatching.apply(q) : fromLibrary(q);
        } catch (IOException e) {
            err.println("check: cannot read roster " + e.getMessage() + "; check the path");
            return 2;
        } catch (RuntimeException e) {
            err.println("check: cannot check '" + (query == null ? "*" : query) + "': " + e.getMessage());
            return 2;
        }
        libraryNames.forEach(n -> book.addRoster(n.name(), n.aliases()));
        photos.forEach(p -> book.addSeen(p.metadata().caption()));
        CaptionChecker checker = new CaptionChecker(clock, book);
        ObjectMapper mapper = new ObjectMapper();
        int withProblems = 0;
        for (Photo photo : photos) {
            List<Problem> problems = checker.check(photo.metadata().caption(), photo.metadata());
            if (!problems.isEmpty()) {
                withProblems++;
            }
            if (json) {
                out.println(toJson(mapper, photo, problems));
            } else if (!problems.isEmpty()) {
                out.println(photo.id() + " " + photo.fileName());
                problems.forEach(p -> out.println("  " + p.message()));
            }
        }
        if (!json) {
            out.println(photos.size() + " checked, " + withProblems + " with problems");
        }
        out.flush();
        return withProblems == 0 ? 0 : 1;
    }

    /** A reference spelling from the library: a roster name with its aliases, or a name on an event's sheet. */
    private record KnownName(String name, List<String> aliases) {}

    private final List<KnownName> libraryNames = new ArrayList<>();

    /**
     * The photos matching {@code query} ("*" for all), read from the library in {@code --data}; also collects the
     * library's reference spellings: its rosters and the names on its events' sheets.
     */
    private List<Photo> fromLibrary(String query) {
        try (Library library = data.openReadOnly()) {
            var events = library.events();
            events.roster().forEach(r -> libraryNames.add(new KnownName(r.name(), r.aliases())));
            var book = new EventBook(events, library.store(), clock);
            book.summaries().forEach(e -> book.referenceNames(e.id())
                    .forEach(n -> libraryNames.add(new KnownName(n.name(), List.of()))));
            Query parsed = "*".equals(query) ? new Query.All()
                    : library.ingestor().nearDuplicates().resolve(library.queryParser().parse(query));
            int all = (int) Math.min(Integer.MAX_VALUE, library.store().count());
            var ids = library.index().search(new SearchRequest(parsed, SearchRequest.Sort.TAKEN, 0, all)).ids();
            return ids.stream().flatMap(id -> library.store().findById(id).stream()).toList();
        }
    }

    private static String toJson(ObjectMapper mapper, Photo photo, List<Problem> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", photo.id());
        m.put("fileName", photo.fileName());
        m.put("caption", photo.metadata().caption());
        m.put("problems", CaptionJson.problems(problems));
        try {
            return mapper.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            return "{\"id\":" + photo.id() + ",\"problems\":[]}";
        }
    }
}
