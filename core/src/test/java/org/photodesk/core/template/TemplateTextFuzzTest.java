package org.photodesk.core.template;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.photodesk.core.event.RosterName;

/**
 * Any text parses into parts and problems (never throws), text without braces comes back as it is, every problem
 * points inside the text, and expanding roster codes never throws. Seeds are in
 * {@code src/test/resources/org/photodesk/core/template/TemplateTextFuzzTestInputs/parse/};
 * {@code JAZZER_FUZZ=1} fuzzes beyond them.
 */
class TemplateTextFuzzTest {

    private static final RosterCodes CODES = RosterCodes.of(List.of(
            new RosterName("E", "Kylian Mbappé", List.of("\\mm3\\")), new RosterName("E", "A $1 \\ name", List.of("\\x\\"))),
            null);

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        TemplateText parsed = TemplateText.parse(text);
        for (TemplateText.Problem p : parsed.problems()) {
            if (p.offset() < 0 || p.offset() >= text.length() || !text.startsWith(p.found(), p.offset())) {
                throw new AssertionError("problem outside the text " + text + ": " + p);
            }
        }
        int variables = 0;
        StringBuilder literal = new StringBuilder();
        for (TemplateText.Part part : parsed.parts()) {
            switch (part) {
                case TemplateText.Literal l -> literal.append(l.text());
                case TemplateText.Variable v -> {
                    variables++;
                    if (!TemplateText.VARIABLES.contains(v.name())) {
                        throw new AssertionError("unknown variable kept: " + v);
                    }
                }
            }
        }
        if (literal.length() > text.length() || (variables == 0 && text.indexOf('{') < 0 && text.indexOf('}') < 0
                && !literal.toString().equals(text))) {
            throw new AssertionError("literal text changed from " + text + ": " + literal);
        }
        String expanded = CODES.expand(text);
        if (expanded == null || CODES.unknown(text) == null) {
            throw new AssertionError("expand gave null for " + text);
        }
    }
}
