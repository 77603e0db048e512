package org.photodesk.core.caption;

import java.util.Locale;
import java.util.Set;

/**
 * Restores the case of personal names printed in capitals or in lower case ("CATRINUS VAN DER VEEN" becomes
 * "Catrinus van der Veen", "ludovic MARIN" becomes "Ludovic Marin"), keeping particles in lower case inside a name,
 * and handling Mc, O', d' and hyphenated names. Mixed-case words are left as written.
 */
public final class NameCase {

    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "du", "des", "da", "di", "del",
            "della", "dos", "das", "von", "zu", "ter", "ten", "le", "la", "bin", "ibn", "y", "e");
    private static final Set<String> MAC_NAMES = Set.of("macarthur", "macleod", "macgregor", "macintyre", "macneil",
            "macmillan", "macdonald", "macaulay", "macbride", "maccallum", "mackinnon", "maclean");
    private static final Set<String> UPPER = Set.of("ii", "iii", "iv", "jr", "sr");

    private NameCase() {}

    /** The name with each all-capitals or all-lower-case word recased; null stays null. */
    public static String fix(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        boolean wholeLower = name.equals(name.toLowerCase(Locale.ROOT));
        String[] words = name.trim().split("\\s+");
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String w = words[i];
            boolean needsFix = isAllCaps(w) || wholeLower;
            if (!needsFix) {
                b.append(w);
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(lower)) {
                b.append(lower);
            } else if (UPPER.contains(lower.replace(".", ""))) {
                b.append(lower.length() <= 3 && !lower.startsWith("j") && !lower.startsWith("s")
                        ? lower.toUpperCase(Locale.ROOT) : capitalise(lower));
            } else {
                b.append(word(lower));
            }
        }
        return b.toString();
    }

    /** Whether {@code w} has letters and none of them lower case (so "AFP" and "MARIN" but not "McCoy"). */
    public static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter && w.length() > 1;
    }

    private static String word(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '\u2019' || c == '.';
        }
        String s = b.toString();
        if (s.startsWith("Mc") && s.length() > 3) {
            s = "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3);
        } else if (MAC_NAMES.contains(lower)) {
            s = "Mac" + Character.toUpperCase(s.charAt(3)) + s.substring(4);
        }
        return s;
    }

    private static String capitalise(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
