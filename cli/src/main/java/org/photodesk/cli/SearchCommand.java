package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.photodesk.core.library.Library;
import org.photodesk.cli.PhotoJson;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk search QUERY}: finds photos in the library. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the library. Free words must all match; \"phrases\"; -negation; field filters",
                "by: credit: agency: person: city: country: in: keyword: event: and taken:2024-08-11,",
                "taken:>2024-08-01, taken:2024-08-01..2024-08-12. Case and accents are ignored.",
                "Exit 2 when the query is malformed."})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined by spaces).")
    List<String> words = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "taken",
            description = "taken (newest first, the default), ingested or relevance.")
    SearchRequest.Sort sort;

    @Option(names = "--json", description = "Print {\"total\",\"results\":[PHOTO...],\"facets\":{...}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            spec.commandLine().getErr().println("photodesk search: --limit must be 0 or more, got " + limit);
            return 2;
        }
        String text = String.join(" ", words);
        Optional<Query> query = parse(text);
        if (query.isEmpty()) {
            return 2;
        }
        try (Library library = data.openReadOnly()) {
            Query resolved = library.ingestor().nearDuplicates().resolve(query.get());
            SearchResult result = library.index().search(new SearchRequest(resolved, sort, 0, Math.max(0, limit)));
            List<Photo> photos = result.ids().stream().flatMap(id -> library.store().findById(id).stream()).toList();
            print(result, photos);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("photodesk search: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private Optional<Query> parse(String text) {
        try {
            return Optional.of(new QueryParser().parse(text));
        } catch (QuerySyntaxException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("photodesk search: " + e.getMessage());
            err.println("  " + text);
            err.println("  " + " ".repeat(Math.max(0, Math.min(e.position(), text.length()))) + "^");
            err.flush();
            return Optional.empty();
        }
    }

    private void print(SearchResult result, List<Photo> photos) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", result.total());
            m.put("results", photos.stream().map(PhotoJson::of).toList());
            m.put("facets", new java.util.TreeMap<>(result.facets()));
            out.println(Json.write(m));
        } else {
            photos.forEach(p -> out.println(ShowCommand.oneLine(p)));
            out.println(result.total() + (result.total() == 1 ? " photo" : " photos")
                    + (result.total() > photos.size() ? " (" + photos.size() + " shown; --limit N for more)" : ""));
        }
        out.flush();
    }
}
