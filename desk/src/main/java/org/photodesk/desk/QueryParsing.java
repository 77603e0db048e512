package org.photodesk.desk;

import org.photodesk.core.search.Query;

/**
 * What the desk needs of the library's query syntax; the composition root passes
 * {@code library.queryParser()::parse}.
 */
@FunctionalInterface
public interface QueryParsing {

    /** Parses {@code text}; throws {@link org.photodesk.core.search.QuerySyntaxException} with the position when it cannot. */
    Query parse(String text);
}
