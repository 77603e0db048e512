package org.photodesk.core.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cursor over one text that records which spans the passes of a reading have taken and every value found with
 * its span. A span is either cut (a credit, a flag, a restriction: not part of the text's body) or claimed (a
 * venue, an event: part of the body, but no later pass reads it again). Membership costs a bit look-up, so a pass
 * asking "is this taken?" for each word stays linear in the text however many spans were taken.
 */
public final class TextCursor {

    /** One value found by a pass, and the characters it came from. */
    public record Found(String field, String value, int start, int end) {}

    private final String text;
    private final BitSet taken = new BitSet();
    private final BitSet claimed = new BitSet();
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();
    private final List<Found> found = new ArrayList<>();

    public TextCursor(String text) {
        this.text = text == null ? "" : text;
    }

    /** The text read. */
    public String text() {
        return text;
    }

    /** Marks {@code [s, e)} as cut: taken, and not part of the body. */
    public void take(int s, int e) {
        if (s < 0 || e <= s || e > text.length()) {
            return;
        }
        taken.set(s, e);
        spans.merge(s, e, Math::max);
    }

    /** Marks {@code [s, e)} as claimed by a value that stays in the body. */
    public void claim(int s, int e) {
        if (s >= 0 && e > s && e <= text.length()) {
            claimed.set(s, e);
        }
    }

    /** Whether any character of {@code [s, e)} is cut or claimed. */
    public boolean isClaimed(int s, int e) {
        return any(claimed, s, e) || isTaken(s, e);
    }

    /** Whether any character of {@code [s, e)} is taken. */
    public boolean isTaken(int s, int e) {
        return any(taken, s, e);
    }

    /** Looks at the span's own bits only: {@code nextSetBit} would scan to the next set bit, however far. */
    private static boolean any(BitSet bits, int s, int e) {
        for (int i = Math.max(0, s); i < e; i++) {
            if (bits.get(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} is taken. */
    public boolean takenAt(int i) {
        return taken.get(i);
    }

    /** The end of a taken span starting exactly at {@code s}, or -1. */
    public int takenFrom(int s) {
        Integer e = spans.get(s);
        return e == null ? -1 : e;
    }

    /** The start of a taken span that starts in {@code [from, t)} and reaches {@code t} or beyond, or -1. */
    public int takenReaching(int from, int t) {
        for (Map.Entry<Integer, Integer> x : spans.subMap(from, true, t, false).descendingMap().entrySet()) {
            if (x.getValue() >= t) {
                return x.getKey();
            }
        }
        return -1;
    }

    /** Records a value found at {@code [s, e)}; ignored when the value is null or the span does not fit. */
    public void found(String field, String value, int s, int e) {
        if (value != null && s >= 0 && e >= s && e <= text.length()) {
            found.add(new Found(field, value, s, e));
        }
    }

    /** Every value found, in the order recorded. */
    public List<Found> found() {
        return found;
    }
}
