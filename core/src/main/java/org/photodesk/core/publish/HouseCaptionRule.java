package org.photodesk.core.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.gallery.CaptionCleanup;

/**
 * The house-style clean-up of an agency caption at publishing: the agency's dateline block ("PARIS, FRANCE - AUGUST
 * 11: ", "SAINT-DENIS, France (AP) \u2014 "), the credit printed inside the caption ("(AP Photo/Jane Roe)",
 * "REUTERS/Jane Roe", "(Photo by Jane Roe/Getty Images)") and the notes to editors around it (agency flags, usage
 * restrictions, picture ids, trailers) are dropped, so that the page prints one credit line: the published credit
 * field. A file-photo note is kept ("FILE PHOTO: ", "FILE - "; a note only in the dropped credit becomes " (File
 * photo)"). When the photo has no credit line, the caption's own credit is kept, so that no picture goes out
 * uncredited. Every span comes from the {@link CaptionParser}'s reading; pure and thread-safe.
 */
public final class HouseCaptionRule implements CaptionCleanup {

    /** The parser's fields this rule drops from a published caption, as found in its reading. */
    static final Set<String> DROPPED = Set.of("dateline", "credit", "flags", "restrictions", "trailer", "pictureId");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("[ \\t]+([.,;:!?])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");
    private static final Pattern LEADING_DEBRIS = Pattern.compile("^[\\s\\-\u2013\u2014:,;/|.]+");
    private static final Pattern TRAILING_DEBRIS = Pattern.compile("[\\s\\-\u2013\u2014:,;/|]+$");
    private static final Pattern DOUBLE_STOP = Pattern.compile("([^.])\\.\\.(?=\\s|$)");
    private static final Pattern FILE_WORDS = Pattern.compile("(?i)\\bfile(?: photo)?\\b");

    /**
     * What was dropped from a caption, for showing the editor.
     *
     * @param field the parser's field: "dateline", "credit", "flags", "restrictions", "trailer" or "pictureId"
     * @param text the characters dropped, as printed
     */
    public record Cut(String field, String text) {}

    /**
     * A caption cleaned for publishing.
     *
     * @param text the caption to publish, empty when nothing is left
     * @param cuts what was dropped, in caption order
     */
    public record Cleaned(String text, List<Cut> cuts) {
        public Cleaned {
            Objects.requireNonNull(text, "text");
            cuts = List.copyOf(cuts);
        }

        /** Whether the caption publishes as the agency sent it. */
        public boolean unchanged() {
            return cuts.isEmpty();
        }
    }

    private final CaptionParser parser;

    /** The rule over the standard caption parser. */
    public HouseCaptionRule() {
        this(new CaptionParser());
    }

    /** The rule over {@code parser}'s readings. */
    public HouseCaptionRule(CaptionParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public String clean(String caption, String credit) {
        if (caption == null || caption.isBlank()) {
            return caption;
        }
        return apply(caption, credit).text();
    }

    /** {@code caption} cleaned, shown beside the credit line {@code credit} (null or blank when it has none). */
    public Cleaned apply(String caption, String credit) {
        if (caption == null || caption.isBlank()) {
            return new Cleaned(caption == null ? "" : caption.strip(), List.of());
        }
        CaptionParse reading = parser.parse(caption);
        boolean credited = credit != null && !credit.isBlank();
        boolean[] drop = new boolean[caption.length()];
        List<Cut> cuts = new ArrayList<>();
        for (CaptionParse.Found f : reading.found()) {
            if (!DROPPED.contains(f.field()) || (!credited && f.field().equals("credit")) || overlapsFileNote(reading, f)) {
                continue;
            }
            int s = Math.max(0, f.span().start());
            int e = Math.min(caption.length(), f.span().end());
            if (e > s && !allDropped(drop, s, e)) {
                cuts.add(new Cut(f.field(), caption.substring(s, e).strip()));
                java.util.Arrays.fill(drop, s, e, true);
            }
        }
        if (cuts.isEmpty()) {
            return new Cleaned(caption.strip(), List.of());
        }
        String text = tidy(kept(caption, drop));
        if (droppedFileNote(reading, cuts, text)) {
            text = text.isEmpty() ? "File photo" : text + " (File photo)";
        }
        return new Cleaned(text, cuts);
    }

    /** A file note is kept even when a span of another field covers it. */
    private static boolean overlapsFileNote(CaptionParse reading, CaptionParse.Found f) {
        return !f.field().equals("credit") && !f.field().equals("trailer") && reading.findAll("fileNote").stream()
                .anyMatch(n -> n.span().start() < f.span().end() && f.span().start() < n.span().end());
    }

    private static boolean allDropped(boolean[] drop, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!drop[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the caption's only word that it is a file photo was in a dropped credit. */
    private static boolean droppedFileNote(CaptionParse reading, List<Cut> cuts, String kept) {
        return "File".equals(reading.collection()) && !FILE_WORDS.matcher(kept).find()
                && cuts.stream().anyMatch(c -> c.field().equals("credit") && FILE_WORDS.matcher(c.text()).find());
    }

    private static String kept(String caption, boolean[] drop) {
        StringBuilder b = new StringBuilder(caption.length());
        for (int i = 0; i < caption.length(); i++) {
            if (drop[i]) {
                // a dropped span leaves one space, so that the words on either side stay apart
                if (b.isEmpty() || b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(caption.charAt(i));
            }
        }
        return b.toString();
    }

    /** Spaces, stops and brackets put right after spans were dropped; line breaks are kept. */
    static String tidy(String text) {
        String t = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ");
        t = SPACE_BEFORE_STOP.matcher(t).replaceAll("$1");
        t = DOUBLE_STOP.matcher(t).replaceAll("$1.");
        t = t.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        t = LEADING_DEBRIS.matcher(t).replaceFirst("");
        t = TRAILING_DEBRIS.matcher(t).replaceFirst("");
        return t;
    }
}
