package org.photodesk.core.caption;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Reads a news-photo caption the way a picture editor does: finds the credit (AP, Reuters, AFP, Getty, EPA, PA,
 * ANP styles, stacked, glued or leading), usage restrictions and agency flags, then the place, venue, date, event
 * and people in the rest. Pure and thread-safe; any string gives a result, nothing throws.
 */
public final class CaptionParser {

    static final Pattern FLAG = Pattern.compile(
            "(?=[TABEeb])\\b(TPX IMAGES OF THE DAY|APTOPIX|TOPSHOT|BESTPIX|EPASELECT)\\b|\\b(epaselect|bestpix)\\b");
    static final Pattern PICTURE_ID = Pattern.compile("\\bepa\\d{6,}\\b");
    static final Pattern FILE_MARKER = Pattern.compile("^(?:FILE PHOTO|FILE)\\s*(?::|-|\u2013|\u2014)\\s*");
    static final Pattern RESTRICTION = Pattern.compile(
            "(?=[A-Z])\\b(?:FOR EDITORIAL USE ONLY|EDITORIAL USE ONLY|Editorial use only|RESTRICTED TO EDITORIAL USE|"
                    + "NO SALES|NO RESALES|NO ARCHIVES|NO MAGS|NO BOOKS|NO COMMERCIAL USE|NO THIRD PARTY SALES|NO LICENSING IN [A-Z ,]{2,120}|"
                    + "MANDATORY CREDIT|Mandatory credit|NO LICENSING|NO ONLINE USE|NO TV|NO INTERNET|"
                    + "NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS|THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY|"
                    + "HOLD FOR RELEASE[^.]{0,60}|(?:EMBARGOED|EMBARGO)\\b[^.]{0,70}?(?:\\b(?:19|20)\\d\\d\\b|(?=\\.|$)))");
    static final Pattern OUT = Pattern.compile("\\b((?:[A-Z]{2,}\\s){0,2}[A-Z]{2,}) OUT\\b|\\b([a-z]{4,}) out\\b");
    static final Pattern TRAILER = Pattern.compile(
            "(?=[ASPR(.\u2026\\s])(?:(?:\\.{3}|\u2026)\\s?(?:more|More)\\s*$|(?<=[\\p{L})\\s])\\s+More\\s*$|ATTENTION EDITORS?\\s*(?:-|:)?|SEARCH \"[^\"]{1,60}\" FOR [A-Z ]{1,40}\\.|Picture date:[^.]{0,60}\\.?|"
                    + "PA Photo\\.|ASSOCIATED PRESS\\s*$|RESTRICTIONS:[^\\n]{0,2000}$|\\((?:[A-Z][A-Z .'-]{0,40} - )?Tags: [^()]{0,300}\\))");
    static final Pattern MARKED_CREDIT = Pattern.compile(
            "(?=[pPcCiIqQ#\u00a9fFbB])(?i)(?:photo credit should read\\s*:?|image credit\\s*:|photo and \\p{L}+ by|photos by|photos\\s*:|foto\\s*:|beeld\\s+|photo credit\\s*:?|photo by|pictures? by|photo\\s*:|picture\\s*:|image\\s*:|photo\\s*/|courtesy of|credit\\s*:|\u00a9|"
                    + "image copyright|photograph\\s*:|quelle\\s*:|#apphoto)\\s*(?:[^.()]|(?<=[\\s/]\\p{Lu})\\.){2,80}$");
    static final Pattern SPACE_CREDIT = Pattern.compile(
            "(?:^|(?<=[\\s.]))(?:ANP|AFP PHOTO|BELGA PHOTO|BELGA)\\s+\\p{Lu}[\\p{Lu}'\\- ]+$");
    static final Pattern GETTY_DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu} .'\\-]+?), ([\\p{Lu}][\\p{Lu} .'\\-]+?) (?:-|\u2013) ([\\p{Lu}]{3,9}\\.? \\d{1,2}):\\s*");
    static final Pattern ANP_DATELINE = Pattern.compile("^([\\p{Lu}][\\p{Lu}'\\-]+(?: [\\p{Lu}][\\p{Lu}'\\-]+)?) - (?=\\p{Lu})");

    private final Gazetteer gazetteer;
    private final Agencies agencies;

    /** A parser using the built-in gazetteer and agency list. */
    public CaptionParser() {
        this(Gazetteer.standard(), Agencies.standard());
    }

    /** A parser using the given gazetteer and agency list. */
    public CaptionParser(Gazetteer gazetteer, Agencies agencies) {
        this.gazetteer = gazetteer;
        this.agencies = agencies;
    }

    /** Parses a caption alone. */
    public CaptionParse parse(String caption) {
        return parse(caption, PhotoMetadata.EMPTY);
    }

    /** Parses a caption, using the photo's IPTC fields (date, people) where the caption is not enough. */
    public CaptionParse parse(String caption, PhotoMetadata iptc) {
        String text = blankEntities(caption == null ? "" : caption);
        try {
            return new ParseRun(text, iptc == null ? PhotoMetadata.EMPTY : iptc, gazetteer, agencies).run();
        } catch (RuntimeException e) {
            return new CaptionParse(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    List.of(), List.of(), null, List.of(), text.strip(), List.of());
        }
    }

    /**
     * The caption with the HTML entities outlets leave in it ("&nbsp;", "&amp;") blanked to spaces of the same
     * length, so that every offset still points into the caption as given.
     */
    static String blankEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder b = null;
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            int semi = text.indexOf(';', i);
            if (semi > i + 1 && semi - i <= 8 && entityName(text, i + 1, semi)) {
                b = b == null ? new StringBuilder(text) : b;
                char keep = text.startsWith("&amp;", i) ? '&' : ' ';
                b.setCharAt(i, keep);
                for (int k = i + 1; k <= semi; k++) {
                    b.setCharAt(k, ' ');
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean entityName(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return false;
            }
        }
        return true;
    }

    /** Reads an embargo end from restriction text such as "EMBARGOED UNTIL 0001 GMT AUGUST 12, 2024". */
    public static Instant embargo(String restriction) {
        return Embargo.parse(restriction);
    }
}
