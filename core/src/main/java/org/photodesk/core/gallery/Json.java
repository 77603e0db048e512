package org.photodesk.core.gallery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * Writes the renderers' JSON: keys sorted, two-space indent, {@code \n} line ends, and {@code < > &} and the
 * line and paragraph separators as {@code \}{@code uXXXX} escapes, so that the JSON can sit inside an HTML
 * {@code <script>} element without a caption being able to close it.
 */
final class Json {

    private final ObjectWriter writer;

    Json() {
        var mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        var printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
        this.writer = mapper.writer(printer);
    }

    String write(Object tree) {
        try {
            return writer.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write JSON for a gallery: " + e.getOriginalMessage(), e);
        }
    }

    /** Escapes the characters that could break out of an HTML script element. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] table;

        HtmlSafe() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
