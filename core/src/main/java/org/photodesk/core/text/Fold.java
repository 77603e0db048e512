package org.photodesk.core.text;

import java.text.Normalizer;

/** Folds case, diacritics, dots and hyphens so that "SAINT-DENIS", "Saint-Denis" and "Saint Denis" meet. */
public final class Fold {

    private Fold() {}

    /** Lower case without diacritics; hyphens become spaces, dots go, curly apostrophes become straight ones. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = ascii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.') {
                continue;
            }
            if (c == '-' || Character.isWhitespace(c) || c == '\u2013') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            b.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
            space = false;
        }
        int len = b.length();
        while (len > 0 && b.charAt(len - 1) == ' ') {
            len--;
        }
        b.setLength(len);
        return b.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
