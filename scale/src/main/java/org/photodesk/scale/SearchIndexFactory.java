package org.photodesk.scale;

import java.util.function.UnaryOperator;
import org.photodesk.core.search.SearchIndex;

/** Opens the shared search index an {@code --index} URL names (such as an OpenSearch index over HTTP). */
@FunctionalInterface
public interface SearchIndexFactory {

    /**
     * The index at {@code url}, credentials from its user-info or from {@code env}.
     *
     * @throws IllegalArgumentException when the URL is not one this factory reads, saying why
     */
    SearchIndex open(String url, UnaryOperator<String> env);
}
