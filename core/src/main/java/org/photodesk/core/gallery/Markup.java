package org.photodesk.core.gallery;

/**
 * Escapes untrusted text for HTML and XML. Every character that could end a text node or an attribute is
 * replaced by an entity, and characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */
final class Markup {

    private Markup() {}

    /** {@code s} safe inside an element or a double- or single-quoted attribute; null becomes "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> i = appendIfAllowed(s, i, out);
            }
        }
        return out.toString();
    }

    private static int appendIfAllowed(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(i + 1));
            return i + 1;
        }
        if (allowed(c)) {
            out.append(c);
        }
        return i;
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
