package org.photodesk.core.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text either parses into a {@link Query} or throws {@link QuerySyntaxException}; nothing else escapes. Seeds
 * are in {@code src/test/resources/org/photodesk/core/search/QueryParserFuzzTestInputs/parse/} (plain UTF-8 text);
 * {@code JAZZER_FUZZ=1} fuzzes beyond them.
 */
class QueryParserFuzzTest {

    private final QueryParser parser = new QueryParser();

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Query query = parser.parse(text);
            if (query == null) {
                throw new AssertionError("parse returned null for " + text);
            }
        } catch (QuerySyntaxException e) {
            if (e.position() < 0 || e.position() > text.length() || e.getMessage().contains("\n")) {
                throw new AssertionError("bad error for " + text + ": " + e.position() + " " + e.getMessage(), e);
            }
            e.render();
        }
    }
}
