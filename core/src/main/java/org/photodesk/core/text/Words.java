package org.photodesk.core.text;

import java.util.Arrays;

/**
 * The words of a text with their offsets, found in one linear pass: letters, digits and the apostrophes, hyphens
 * and inner dots that belong to a word ("Villeneuve-d'Ascq", "U.S.", "Calif."). A dot that ends a word is kept
 * with it only for abbreviations and initials; whatever stands between two words is their separator.
 */
public final class Words {

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int n;
    private final String text;

    private Words(String text) {
        this.text = text;
    }

    /** The words of {@code text} between {@code from} and {@code to}. */
    public static Words of(String text, int from, int to) {
        Words w = new Words(text);
        w.scan(Math.max(0, from), Math.min(to, text.length()));
        return w;
    }

    private void scan(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || inner(i, to))) {
                i++;
            }
            int e = i;
            if (e < to && text.charAt(e) == '.' && abbreviation(s, e)) {
                e++;
                i++;
            }
            add(s, e);
        }
    }

    /** An apostrophe, hyphen or dot between two letters or digits belongs to the word. */
    private boolean inner(int i, int to) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2019' && c != '-' && c != '.' && c != '&') {
            return false;
        }
        return i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** "U.S.", "Calif.", "St.", "Mo.", initials: a dot after them is part of the word. */
    private boolean abbreviation(int s, int e) {
        int len = e - s;
        if (len == 1) {
            return Character.isUpperCase(text.charAt(s));
        }
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return Abbreviations.isAbbreviation(text.substring(s, e));
    }

    private void add(int s, int e) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = s;
        ends[n] = e;
        n++;
    }

    /** How many words. */
    public int size() {
        return n;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The word's text. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** What stands between word {@code i - 1} (or {@code from}) and word {@code i}, spaces included. */
    public String before(int i) {
        return i == 0 ? "" : text.substring(ends[i - 1], starts[i]);
    }

    /** Whether the word starts with an upper-case letter. */
    public boolean capitalised(int i) {
        return Character.isUpperCase(text.codePointAt(starts[i]));
    }

    /** Whether the word starts with a lower-case letter. */
    public boolean lower(int i) {
        return Character.isLowerCase(text.codePointAt(starts[i]));
    }

    /** Whether only spaces stand between word {@code i} and the next. */
    public boolean spaceAfter(int i) {
        if (i + 1 >= n) {
            return false;
        }
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The first non-space character after word {@code i}, or 0. */
    public char after(int i) {
        int k = ends[i];
        int lim = i + 1 < n ? starts[i + 1] : text.length();
        while (k < lim && text.charAt(k) == ' ') {
            k++;
        }
        return k < lim ? text.charAt(k) : 0;
    }

    /** The word index holding character {@code pos}, or the first word after it; {@link #size()} when none. */
    public int at(int pos) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
