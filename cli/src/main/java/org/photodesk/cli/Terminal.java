package org.photodesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints to a terminal, with the characters a caption may carry to take the terminal over
 * (escape sequences that recolour, move the cursor, retitle the window or hide text; C1 controls; bidirectional
 * overrides that reorder what is shown) written as visible {@code \}{@code uXXXX} escapes. The form is JSON's own,
 * so JSON output stays valid and means the same; tabs and line breaks pass.
 */
final class Terminal {

    private Terminal() {}

    /**
     * {@code out} with control characters escaped; {@code carriageReturn} lets {@code \r} pass (for progress lines
     * on the error stream, which rewrite themselves).
     */
    static PrintWriter safe(PrintWriter out, boolean carriageReturn) {
        if (out instanceof SafeWriter) {
            return out;
        }
        return new SafeWriter(new Escaping(out, carriageReturn));
    }

    /** {@code text} with control characters escaped, for one line (line breaks escaped too). */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == '\n' || c == '\t') {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} can drive a terminal or reorder text: C0 and C1 controls, DEL, bidirectional controls. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static void appendEscape(StringBuilder out, char c) {
        out.append(String.format("\\u%04x", (int) c));
    }

    /** A print writer whose characters go through {@link Escaping}; marks writers already made safe. */
    private static final class SafeWriter extends PrintWriter {
        SafeWriter(Writer escaping) {
            super(escaping, true);
        }
    }

    /** Escapes control characters on their way to {@code out}. */
    private static final class Escaping extends FilterWriter {
        private final boolean carriageReturn;

        Escaping(Writer out, boolean carriageReturn) {
            super(out);
            this.carriageReturn = carriageReturn;
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (isControl(ch) && !(carriageReturn && ch == '\r')) {
                StringBuilder escape = new StringBuilder(6);
                appendEscape(escape, ch);
                out.write(escape.toString());
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = buffer[i];
                if (isControl(c) && !(carriageReturn && c == '\r')) {
                    out.write(buffer, start, i - start);
                    write(c);
                    start = i + 1;
                }
            }
            out.write(buffer, start, end - start);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }
    }
}
