package org.photodesk.core.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The difference between two texts word by word, as the desk shows a correction: common words, removed words and
 * added words, in order. White space stays with the word before it, and a common word is shown as the new text
 * has it, so the common and added parts joined give back the new text.
 *
 * <p>Bounded: the common start and end are matched in linear time, and the longest common subsequence of what is
 * left is computed only while it takes at most {@value #MAX_CELLS} cells; beyond that the middle is shown as removed
 * then added whole, so that a hostile caption can never cost quadratic time or memory.
 */
public final class WordDiff {

    /** The largest table of the middle part computed, in cells (about 16 MB). */
    static final int MAX_CELLS = 4_000_000;

    /** What happened to a run of words. */
    public enum Op { SAME, REMOVED, ADDED }

    /** A run of words with what happened to it. */
    public record Part(Op op, String text) {
        public Part {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(text, "text");
        }
    }

    private WordDiff() {}

    /** The parts that turn {@code before} into {@code after} (a null text is empty). */
    public static List<Part> of(String before, String after) {
        List<String> a = words(before == null ? "" : before);
        List<String> b = words(after == null ? "" : after);
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        var parts = new ArrayList<Part>();
        add(parts, Op.SAME, b.subList(0, start));
        middle(parts, a.subList(start, endA), b.subList(start, endB));
        add(parts, Op.SAME, b.subList(endB, b.size()));
        return parts;
    }

    /** The words of {@code text}, each with the white space after it. */
    static List<String> words(String text) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private static void middle(List<Part> parts, List<String> a, List<String> b) {
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_CELLS) {
            add(parts, Op.REMOVED, a);
            add(parts, Op.ADDED, b);
            return;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (same(a.get(i), b.get(j))) {
                add(parts, Op.SAME, List.of(b.get(j++)));
                i++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(parts, Op.REMOVED, List.of(a.get(i++)));
            } else {
                add(parts, Op.ADDED, List.of(b.get(j++)));
            }
        }
        add(parts, Op.REMOVED, a.subList(i, a.size()));
        add(parts, Op.ADDED, b.subList(j, b.size()));
    }

    /** Words match whatever white space follows them. */
    private static boolean same(String x, String y) {
        return x.stripTrailing().equals(y.stripTrailing());
    }

    /** Appends {@code words} as one part, joined to the last part when it has the same op. */
    private static void add(List<Part> parts, Op op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!parts.isEmpty() && parts.getLast().op() == op) {
            parts.set(parts.size() - 1, new Part(op, parts.getLast().text() + text));
        } else {
            parts.add(new Part(op, text));
        }
    }
}
