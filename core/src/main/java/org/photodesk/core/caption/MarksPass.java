package org.photodesk.core.caption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.photodesk.core.text.DateMentions;
import org.photodesk.core.text.TextCursor;

/** The first pass of a caption reading: agency flags, picture ids, usage restrictions and embargoes, trailers, all cut from the body. */
final class MarksPass {

    private static final String[] FLAG_WORDS = {"TPX IMAGES", "APTOPIX", "TOPSHOT", "BESTPIX", "EPASELECT",
        "epaselect", "bestpix"};
    private static final String[] RESTRICTION_WORDS = {"ONLY", "NO ", "MANDATORY", "Mandatory", "EMBARGO",
        "HOLD FOR", "NOT FOR SALE", "THIRD PARTY", "RESTRICTED", "Editorial"};

    private final String text;
    private final TextCursor cur;
    private final Gazetteer gaz;
    private final List<int[]> restrictionSpans = new ArrayList<>();
    /** Agency flags found ("TPX IMAGES OF THE DAY", "APTOPIX", "epaselect"). */
    final List<String> flags = new ArrayList<>();
    /** Usage restrictions as printed. */
    final List<String> restrictions = new ArrayList<>();
    /** The end of an embargo the caption states, or null. */
    Instant embargoUntil;

    MarksPass(TextCursor cur, Gazetteer gaz) {
        this.cur = cur;
        this.text = cur.text();
        this.gaz = gaz;
    }

    void run() {
        Matcher f = CaptionParser.FLAG.matcher(text);
        while (mayHaveFlag() && f.find()) {
            String v = f.group(1) != null ? f.group(1) : f.group(2).toLowerCase(Locale.ROOT);
            if (v.equals("BESTPIX") || v.equals("EPASELECT")) {
                v = v.toLowerCase(Locale.ROOT);
            }
            if (!flags.contains(v)) {
                flags.add(v);
            }
            cur.found("flags", v, f.start(), f.end());
            cur.take(f.start(), f.end());
        }
        Matcher id = CaptionParser.PICTURE_ID.matcher(text);
        while (text.contains("epa") && id.find()) {
            cur.take(id.start(), id.end());
            cur.found("pictureId", id.group(), id.start(), id.end());
        }
        Matcher r = CaptionParser.RESTRICTION.matcher(text);
        while (mayHaveRestriction() && r.find()) {
            restriction(r.group().strip(), r.start(), r.start() + r.group().strip().length());
        }
        Matcher o = CaptionParser.OUT.matcher(text);
        while ((text.contains(" OUT") || text.contains(" out")) && o.find()) {
            if (o.group(2) != null) {
                if (gaz.country(o.group(2)).isPresent()) {
                    restriction(o.group(), o.start(), o.end());
                }
                continue;
            }
            String what = o.group(1);
            int s = o.start(1);
            while (true) {
                String w = text.substring(s, o.end(1));
                if (gaz.country(w).isPresent() || w.equals("TV") || w.equals("MAGS") || w.equals("INTERNET")) {
                    restriction(text.substring(s, o.end()), s, o.end());
                    break;
                }
                int sp = what.indexOf(' ', s - o.start(1));
                if (sp < 0) {
                    break;
                }
                s = o.start(1) + sp + 1;
            }
        }
        Matcher t = CaptionParser.TRAILER.matcher(text);
        while (t.find()) {
            cur.take(t.start(), t.end());
            cur.found("trailer", t.group(), t.start(), t.end());
        }
    }

    private boolean anyOf(String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayHaveFlag() {
        return anyOf(FLAG_WORDS);
    }

    private boolean mayHaveRestriction() {
        return anyOf(RESTRICTION_WORDS);
    }

    private void restriction(String value, int s, int e) {
        for (int[] x : restrictionSpans) {
            if (s < x[1] && e > x[0]) {
                return;
            }
        }
        restrictions.add(value);
        restrictionSpans.add(new int[] {s, e});
        cur.take(s, e);
        cur.found("restrictions", value, s, e);
        if ((value.startsWith("EMBARGO") || value.startsWith("HOLD FOR RELEASE")) && embargoUntil == null) {
            embargoUntil = Embargo.parse(text.substring(s, clauseEnd(s)));
        }
    }

    /** The end of the clause starting at {@code s}: a period before a space or the end, at most 200 characters on. */
    private int clauseEnd(int s) {
        int lim = Math.min(text.length(), s + 200);
        for (int i = s; i < lim; i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(i > 0 && Character.isLetter(text.charAt(i - 1)) && i - 4 >= 0
                            && DateMentions.month(text.substring(Math.max(s, i - 4), i).strip()) != null)) {
                return i;
            }
        }
        return lim;
    }

    boolean inRestriction(int s, int e) {
        for (int[] r : restrictionSpans) {
            if (s < r[1] && e > r[0]) {
                return true;
            }
        }
        return false;
    }
}
