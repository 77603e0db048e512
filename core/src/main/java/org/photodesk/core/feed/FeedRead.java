package org.photodesk.core.feed;

import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.Problem;

/**
 * What a {@link FeedReader} found in some bytes: their format, the items in document order (a package first, then
 * the items it carries inline), and the problems that concern the whole document (each item keeps its own).
 */
public record FeedRead(FeedFormat format, List<FeedItem> items, List<Problem> problems) {

    public FeedRead {
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** Nothing read, for the one reason given. */
    static FeedRead failed(FeedFormat format, Problem problem) {
        return new FeedRead(format, List.of(), List.of(problem));
    }

    /** Every problem: the document's and each item's. */
    public List<Problem> allProblems() {
        return java.util.stream.Stream.concat(problems.stream(), items.stream().flatMap(i -> i.problems().stream()))
                .toList();
    }
}
