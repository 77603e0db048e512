package org.photodesk.core.event;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.photodesk.core.article.CaptionCredit;

/**
 * Whether a photo's caption is the caption an article published for it: the same words once case, accents,
 * punctuation, spacing and the agency credit are set aside, or nearly all the same words (an agency's later fix of
 * a word or two), and the same photographer when both name one.
 */
public final class CaptionMatch {

    /** The least Dice coefficient over the two captions' word sets for a match that is not exact. */
    public static final double THRESHOLD = 0.9;

    private CaptionMatch() {}

    /** The caption without its credit, folded: lower case, no accents, words separated by single spaces. */
    public static String normalise(String caption) {
        if (caption == null) {
            return "";
        }
        String text = CaptionCredit.find(caption).map(CaptionCredit::description).orElse(caption);
        return fold(text);
    }

    /** Lower case without accents, punctuation or repeated spaces. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** How alike two captions are, from 0 to 1: 1 when their normalised texts are equal, else the Dice coefficient. */
    public static double score(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        Set<String> wx = words(x);
        Set<String> wy = words(y);
        Set<String> shared = new HashSet<>(wx);
        shared.retainAll(wy);
        return 2.0 * shared.size() / (wx.size() + wy.size());
    }

    /** Whether the two photographers may be the same person: either unknown, or equal once folded. */
    public static boolean samePhotographer(String a, String b) {
        return a == null || b == null || a.isBlank() || b.isBlank() || fold(a).equals(fold(b));
    }

    private static Set<String> words(String folded) {
        return new HashSet<>(Arrays.asList(folded.split(" ")));
    }
}
