package org.photodesk.core.caption;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.text.TextCursor;

/**
 * The credit pass of a caption reading: leading and trailing credits (agency, photographer, distributor, pool,
 * handout or file), with the agency styles of {@code agencies.tsv}; every credit is cut from the body.
 */
final class CreditPass {

    private static final Pattern LEADING_NAME_CREDIT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'.\\-]+(?: \\p{Lu}[\\p{L}'.\\-]+){0,3}) ?/ ?(AP|REUTERS|Reuters|AFP|EPA|EPA-EFE|Getty Images|ANP|dpa)(?:/(?:AFP|Getty Images|Shutterstock))?\\s+(?=\\p{Lu})");

    /** A credit's marker opening the text: "Photo: Jane Roe/AFP - Fans cheer...", "Credit: Reuters - ...". */
    private static final Pattern LEADING_MARKER = Pattern.compile(
            "(?:Photo|Photograph|Picture|Image|Credit|Photo credit)\\s*:\\s*(?=\\p{Lu})");

    /** What follows a leading credit in outlets' galleries: an optional short date, then a bar ("Feb. 7 | "). */
    private static final Pattern GALLERY_HEADER = Pattern.compile(
            "(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})? ?)?\\| ");

    private final String text;
    private final TextCursor cur;
    private final Agencies agencies;
    String agency;
    String photographer;
    String distributor;
    String collection;
    int creditStart = -1;
    int creditEnd = -1;
    /** How many trailing brackets are being looked through now (see {@link #creditBefore}). */
    private int debris;
    private static final int MAX_DEBRIS = 3;
    private static final int MAX_INNER = 8;
    private static final int MARK_REACH = 3_000;

    CreditPass(TextCursor cur, Agencies agencies) {
        this.cur = cur;
        this.text = cur.text();
        this.agencies = agencies;
    }

    /** Reads the credits and cut spans at the start; returns where the body starts. */
    int leading() {
        int s = 0;
        int n = text.length();
        for (int guard = 0; guard < 12; guard++) {
            while (s < n && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '-' || text.charAt(s) == ':'
                    || text.charAt(s) == '\u2013' || text.charAt(s) == '\u2014')) {
                s++;
            }
            int cutEnd = cur.takenFrom(s);
            if (cutEnd > s) {
                s = cutEnd;
                continue;
            }
            Matcher fm = CaptionParser.FILE_MARKER.matcher(text).region(s, n);
            if (fm.lookingAt()) {
                collection = collection == null ? "File" : collection;
                cur.take(s, fm.end());
                cur.found("fileNote", text.substring(s, fm.end()).strip(), s, fm.end());
                s = fm.end();
                continue;
            }
            int c = leadingCredit(s);
            if (c > s) {
                s = c;
                continue;
            }
            Matcher gh = GALLERY_HEADER.matcher(text).region(s, n);
            if (creditStart >= 0 && creditEnd <= s && gh.lookingAt()) {
                // "Jane Roe/Reuters Feb. 7 | Adana, Turkey Rescuers search...": a gallery's credit, day and bar
                cur.take(s, gh.end());
                s = gh.end();
                continue;
            }
            break;
        }
        return s;
    }

    private int leadingCredit(int s) {
        int n = text.length();
        Matcher nc = LEADING_NAME_CREDIT.matcher(text).region(s, n);
        if (nc.lookingAt()) {
            int ce = nc.end() - (nc.group().length() - nc.group().stripTrailing().length());
            Credit c = Credit.parse(text.substring(s, ce));
            if (c.agency() != null) {
                credit(c, s, s, ce);
                return nc.end();
            }
        }
        if (s < n && text.charAt(s) == '(') {
            int close = text.indexOf(')', s);
            if (close > s && close - s < 100) {
                Credit c = Credit.parse(text.substring(s + 1, close));
                if (c.isCredit()) {
                    credit(c, s + 1, s, close + 1);
                    return close + 1;
                }
            }
            return -1;
        }
        int lim = Math.min(n, s + 90);
        int sep = -1;
        Matcher mark = LEADING_MARKER.matcher(text).region(s, n);
        boolean marked = mark.lookingAt();
        for (int i = marked ? mark.end() : s; i < lim - 2; i++) {
            char c = text.charAt(i);
            if ((c == ' ' && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '\u2013' || text.charAt(i + 1) == '\u2014'
                    || text.charAt(i + 1) == '|')
                    && text.charAt(i + 2) == ' ') || (c == ':' && text.charAt(i + 1) == ' ')) {
                sep = i;
                break;
            }
            if (c == '.' && text.charAt(i + 1) == ' ') {
                break;
            }
        }
        if (sep < 0) {
            return -1;
        }
        String cand = text.substring(s, sep);
        if (cand.indexOf('/') < 0 && !marked) {
            return -1;
        }
        Credit c = Credit.parse(cand);
        if (c.agency() == null) {
            return -1;
        }
        credit(c, s, s, sep);
        return sep + 2;
    }

    /**
     * The supplier when the credits name no agency nor any other source but a person ("(Photo by Jane Roe)"): that
     * photographer, who sent the picture in their own name; else the agency read.
     */
    String supplier() {
        return agency != null || creditStart < 0 ? agency : photographer;
    }

    /** Reads the credits and cut spans at the end; returns where the body ends. */
    int trailing(int from) {
        int e = text.length();
        for (int guard = 0; guard < 12; guard++) {
            e = trimBack(from, e);
            int cut = cutEndingAt(from, e);
            if (cut >= 0) {
                e = cut;
                continue;
            }
            int fields = fieldDebris(from, e);
            if (fields >= 0) {
                e = fields;
                continue;
            }
            int cs = tailCredit(from, e);
            if (cs >= 0 && cs < e) {
                e = cs;
                continue;
            }
            break;
        }
        if (creditStart < 0) {
            int marked = creditBeforeMarks(from, e);
            e = marked >= 0 ? marked : e;
        }
        if (creditStart < 0) {
            int inner = innerCredit(from, e);
            e = inner >= 0 ? inner : e;
        }
        if (creditStart < 0) {
            trailerAgency(from);
        }
        return trimBack(from, e);
    }

    /**
     * An outlet's trailing agency tag standing alone ("... on Monday. ASSOCIATED PRESS"): usually debris after a
     * credit, it is the only credit when no other was found. The tag is already cut from the body.
     */
    private void trailerAgency(int from) {
        int e = trimCreditEnd(text.length());
        if (e <= from || !cur.takenAt(e - 1)) {
            return;
        }
        int s = e - 1;
        while (s > from && cur.takenAt(s - 1) && e - s < 40) {
            s--;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        String tag = text.substring(s, e);
        if (NameCase.isAllCaps(tag.replace(" ", "")) && agencies.find(tag).isPresent()) {
            credit(Credit.parse(tag), s, s, e);
        }
    }

    /**
     * A credit right before restriction or trailer text that runs on in sentences ("REUTERS/Jane Roe EDITORIAL USE
     * ONLY. No use with unauthorized audio..."): the restriction opens a block that closes the caption, so the
     * credit before it is the caption's. Looks at the last {@link #MAX_DEBRIS} marked spans within
     * {@link #MARK_REACH} characters of the end; returns where the credit starts, or -1.
     */
    private int creditBeforeMarks(int from, int e) {
        int lo = Math.max(from, e - MARK_REACH);
        int seen = 0;
        for (int k = e - 1; k > lo && seen < MAX_DEBRIS; k--) {
            if (!cur.takenAt(k) || cur.takenAt(k - 1)) {
                continue;
            }
            seen++;
            int cs = creditBefore(from, k);
            if (cs >= 0) {
                cur.take(k, e);
                cur.found("trailer", text.substring(k, e), k, e);
                return cs;
            }
        }
        return -1;
    }

    /**
     * A bracketed credit inside the text with a paragraph after it ("... (AP Photo/Jane Roe) The protest was the
     * third this week."): outlets print background under the caption. Only a credit naming a known agency counts,
     * and only the last {@link #MAX_INNER} brackets are tried; returns where the credit's bracket opens, or -1.
     */
    private int innerCredit(int from, int e) {
        int tried = 0;
        for (int k = e - 1; k > from && tried < MAX_INNER; k--) {
            char c = text.charAt(k);
            if ((c != ')' && c != ']') || k + 2 >= e || text.charAt(k + 1) != ' '
                    || !Character.isUpperCase(text.charAt(k + 2))) {
                continue;
            }
            tried++;
            char open = c == ']' ? '[' : '(';
            int o = text.lastIndexOf(open, k);
            if (o <= from || k - o > 160 || text.indexOf(c, o + 1) != k) {
                continue;
            }
            Credit cr = Credit.parseClosing(text.substring(o + 1, k));
            if (cr.agency() != null && agencies.find(cr.agencyPrinted()).isPresent()) {
                credit(cr, o + 1, o, k + 1);
                cur.take(k + 1, e);
                return o;
            }
        }
        return -1;
    }

    private int trimBack(int from, int e) {
        while (e > from) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c) || c == '-' || c == ':' || c == ',' || c == ';' || c == '\u2013'
                    || c == '\u2014' || c == '/') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private int cutEndingAt(int from, int e) {
        int t = e;
        while (t > from && (text.charAt(t - 1) == '.' || Character.isWhitespace(text.charAt(t - 1)))) {
            t--;
        }
        return cur.takenReaching(from, t);
    }

    private int tailCredit(int from, int e0) {
        int e = e0;
        while (e > from && (text.charAt(e - 1) == '.' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= from) {
            return -1;
        }
        if (text.charAt(e - 1) == ')' || text.charAt(e - 1) == ']') {
            return parenCredit(from, e);
        }
        int lo = Math.max(from, e - 150);
        Matcher mk = CaptionParser.MARKED_CREDIT.matcher(text).region(lo, e);
        if (mk.find() && !agencyPictureWord(from, mk.start())) {
            Credit c = Credit.parse(mk.group());
            if (c.isCredit() || c.photographer() != null) {
                credit(c, mk.start(), mk.start(), e);
                return mk.start();
            }
        }
        int slash = slashCredit(from, e);
        if (slash >= 0) {
            return slash;
        }
        Matcher sp = CaptionParser.SPACE_CREDIT.matcher(text).region(lo, e);
        if (sp.find()) {
            credit(Credit.parse(sp.group()), sp.start(), sp.start(), e);
            return sp.start();
        }
        int piped = pipeCredit(from, e);
        if (piped >= 0) {
            return piped;
        }
        int forCredit = forCredit(from, e);
        if (forCredit >= 0) {
            return forCredit;
        }
        int body = bodyViaAgency(from, e);
        return body >= 0 ? body : loneAgency(from, e);
    }

    /** How far back {@link #fieldDebris} looks for an archive's "==" field marker. */
    private static final int FIELD_REACH = 400;

    /**
     * An archive's field block after a finished caption ("... (Kyodo) ==Kyodo", "... (Kyodo) ==Date:1904, Place:..."):
     * a "==" right after a closing bracket or a sentence's end opens fields that are not caption text. Cuts it and
     * returns where it starts, or -1.
     */
    private int fieldDebris(int from, int e) {
        int stars = localCaption(from, e);
        if (stars >= 0) {
            return stars;
        }
        int d = text.lastIndexOf("==", e - 1);
        while (d > from && text.charAt(d - 1) == '=') {
            d--;
        }
        if (d <= from || e - d > FIELD_REACH) {
            return -1;
        }
        int b = d;
        while (b > from && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b <= from || ").]".indexOf(text.charAt(b - 1)) < 0) {
            return -1;
        }
        cur.take(d, e);
        cur.found("trailer", text.substring(d, e), d, e);
        return d;
    }

    /**
     * A picture library's "*** Local Caption ***" field after the credit ("... Jane Roe/Bloomberg *** Local Caption
     * *** Jane Roe"): the first "***" of the last {@link #FIELD_REACH} characters opens fields, not caption text.
     * Cuts them and returns where they start, or -1.
     */
    private int localCaption(int from, int e) {
        int d = text.lastIndexOf("***", e - 1);
        if (d <= from || e - d > FIELD_REACH) {
            return -1;
        }
        for (int p = text.lastIndexOf("***", d - 1); p > from && e - p <= FIELD_REACH; p = text.lastIndexOf("***", p - 1)) {
            d = p;
        }
        while (d > from && text.charAt(d - 1) == '*') {
            d--;
        }
        if (d <= from || !Character.isWhitespace(text.charAt(d - 1))) {
            return -1;
        }
        cur.take(d, e);
        cur.found("trailer", text.substring(d, e), d, e);
        return d;
    }

    /**
     * "Host photo agency via Reuters", "KABC-TV via AP", "KABC-TV via AP Jane Roe": a body (a broadcaster, an
     * office, a host's picture service, see {@link CreditBuilder#namesABody}) opening the last sentence, then "via"
     * and a known agency, maybe the photographer after it; the body made the picture, the wire moved it.
     */
    private int bodyViaAgency(int from, int e) {
        int v = text.lastIndexOf(" via ", e);
        if (v <= from || e - v > 60) {
            return -1;
        }
        int s = v;
        int words = 0;
        while (s > from && words <= 6 && v - s <= 80) {
            char c = text.charAt(s - 1);
            if (c == '\n' || c == ')' || c == '"' || c == '\u201d'
                    || c == '.' && text.charAt(s) == ' ' && sentenceEndsBefore(s + 1)) {
                break;
            }
            if (c == ' ') {
                words++;
            }
            s--;
        }
        while (s < v && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        String body = text.substring(s, v);
        if (words > 6 || v - s > 80 || body.isEmpty() || !Character.isUpperCase(body.charAt(0)) || sentenceBreak(s, v)
                || !CreditBuilder.namesABody(body) || !bodyCased(body) || s > from && !boundaryBefore(s)) {
            return -1;
        }
        Credit c = Credit.parseClosing(text.substring(s, e));
        if (c.agency() == null || c.distributor() == null) {
            return -1;
        }
        credit(c, s, s, e);
        return s;
    }

    /** Small words a body's name holds in lower case: "Host photo agency", "Office of the President". */
    private static final java.util.Set<String> BODY_SMALL_WORDS = java.util.Set.of("photo", "of", "the", "and",
            "for", "de", "du", "des", "la", "le", "del", "pool");

    /**
     * Whether every lower-case word of {@code body} is a body's word ("Host photo agency") rather than a sentence's
     * ("Pictures were sent").
     */
    private static boolean bodyCased(String body) {
        for (String w : body.split(" ")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !BODY_SMALL_WORDS.contains(w)
                    && !CreditBuilder.namesABody(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence's end, a line break, a bracket or a closing quote stands right before {@code s}. */
    private boolean boundaryBefore(int s) {
        int q = s;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        if (q == 0) {
            return true;
        }
        char c = text.charAt(q - 1);
        return c == '\n' || c == ')' || c == ']' || c == '"' || c == '\u201d' || c == '!' || c == '?'
                || c == '.' && sentenceEndsBefore(q + 1);
    }

    /**
     * Whether the marker found at {@code m} ("Photo/", "PHOTO/") is the picture word of an agency printed before it
     * ("Jane Roe/AFP PHOTO/Getty Images", "2011, Reuters Photo/Jane Roe"), part of a slash credit, not a marker.
     */
    private boolean agencyPictureWord(int from, int m) {
        if (m - from < 3 || text.charAt(m - 1) != ' ' || !text.regionMatches(true, m, "photo", 0, 5)) {
            return false;
        }
        int w = m - 1;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < m - 1 && agencies.find(text.substring(w, m + 5)).isPresent();
    }

    /** "Jane Roe | Bloomberg | Getty Images": an outlet's credit with bars for slashes, naming a known agency. */
    private int pipeCredit(int from, int e) {
        int bar = text.lastIndexOf(" | ", e);
        if (bar < from || e - bar > 80) {
            return -1;
        }
        int first = bar;
        for (int p = text.lastIndexOf(" | ", first - 1); p >= from && first - p < 60; p = text.lastIndexOf(" | ", p - 1)) {
            first = p;
        }
        int cs = nameBefore(from, first);
        if (cs < 0 || sentenceBreak(cs, e)) {
            return -1;
        }
        String credit = text.substring(cs, e).replace(" | ", "/");
        Credit c = Credit.parse(credit);
        if (c.agency() == null || agencies.find(c.agencyPrinted()).isEmpty() && c.distributor() == null) {
            return -1;
        }
        credit(c, cs, cs, e);
        return cs;
    }

    private static final String PHOTOGRAPHED_BY = "Photographed by ";

    /** "Jane Roe for The New York Times": a newspaper's credit for its own or commissioned photographer. */
    private int forCredit(int from, int e) {
        int f = text.lastIndexOf(" for ", e);
        if (f < from || e - f > 50) {
            return -1;
        }
        String org = text.substring(f + 5, e).strip();
        if (agencies.find(org).isEmpty()) {
            return -1;
        }
        int cs = nameBefore(from, f);
        if (cs < 0 || f - cs > 40) {
            return -1;
        }
        int start = cs;
        if (cs - from >= PHOTOGRAPHED_BY.length() && text.startsWith(PHOTOGRAPHED_BY, cs - PHOTOGRAPHED_BY.length())) {
            // "Photographed by Jane Roe for Bloomberg.": the outlet's line closing the caption
            start = cs - PHOTOGRAPHED_BY.length();
        }
        if (!(start == from || text.startsWith(". ", start - 2) || text.charAt(start - 1) == '\n')) {
            return -1;
        }
        credit(Credit.parse(text.substring(cs, f) + "/" + org), cs, start, e);
        return start;
    }

    private int parenCredit(int from, int e) {
        char close = text.charAt(e - 1);
        char open = close == ']' ? '[' : '(';
        int depth = 0;
        for (int i = e - 1; i >= from && i >= e - 160; i--) {
            char c = text.charAt(i);
            if (c == close) {
                depth++;
            } else if (c == open && --depth == 0) {
                Credit cr = Credit.parseClosing(text.substring(i + 1, e - 1));
                int before = strong(cr) ? -1 : creditBefore(from, i);
                if (before >= 0) {
                    // "REUTERS/Jane Roe [RTX1234]", "(AP Photo/Jane Roe) [Image 3 of 12]": outlet debris after a credit
                    cur.take(i, e);
                    cur.found("trailer", text.substring(i, e), i, e);
                    return before;
                }
                if (!cr.isCredit()) {
                    return -1;
                }
                int named = cr.photographer() == null && cr.agency() != null ? sentenceName(from, i) : -1;
                if (named >= 0) {
                    // "Jane Roe (Reuters)": the photographer's name before the bracketed agency
                    String name = text.substring(named, i).strip();
                    credit(Credit.parse(name + "/" + text.substring(i + 1, e - 1)), named, named, e);
                    return named;
                }
                credit(cr, i + 1, i, e);
                return i;
            }
        }
        return -1;
    }

    /** Whether a bracketed credit stands on its own: marked, naming a known agency, or a person and a body. */
    private boolean strong(Credit cr) {
        return cr.marked() || cr.photographer() != null && cr.agency() != null
                || cr.agency() != null && agencies.find(cr.agencyPrinted()).isPresent();
    }

    /**
     * Where a credit ending right before a bracket starts, read as if the bracket were not there, or -1. Brackets in
     * a row are looked through at most {@link #MAX_DEBRIS} deep, so hostile text cannot recurse without end.
     */
    private int creditBefore(int from, int bracket) {
        if (debris >= MAX_DEBRIS) {
            return -1;
        }
        debris++;
        try {
            int e = trimBack(from, bracket);
            return e > from ? tailCredit(from, e) : -1;
        } finally {
            debris--;
        }
    }

    /** A name of two to four capitalised words opening a sentence (or the caption) and ending at {@code end}. */
    private int sentenceName(int from, int end) {
        int e = end;
        while (e > from && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = nameBefore(from, e);
        if (s < 0 || !(s == from || sentenceEndsBefore(s) || text.charAt(s - 1) == '\n')) {
            return -1;
        }
        String name = text.substring(s, e);
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 4 || name.endsWith(".")) {
            return -1;
        }
        for (String w : words) {
            if (Lexicon.TITLES.contains(w)) {
                return -1;
            }
        }
        return s;
    }

    /** Whether a sentence ends right before {@code s} ("2021. ", "said. "), not an abbreviation ("U.S. "). */
    private boolean sentenceEndsBefore(int s) {
        if (s < 3 || !text.startsWith(". ", s - 2)) {
            return false;
        }
        char c = text.charAt(s - 3);
        return Character.isLowerCase(c) || Character.isDigit(c) || c == ')' || c == '"' || c == '\u201d';
    }

    private int slashCredit(int from, int e) {
        int lo = Math.max(from, e - 150);
        int r = text.lastIndexOf('/', e - 1);
        if (r < lo || e - r > 70 || sentenceBreak(r + 1, e)) {
            return -1;
        }
        int l = r;
        boolean note = false;
        while (true) {
            int p = text.lastIndexOf('/', l - 1);
            String between = text.substring(Math.max(p + 1, 0), l);
            if (p < lo || l - p > 60 || sentenceBreak(p + 1, l) || between.indexOf(',') >= 0
                    || between.indexOf(')') >= 0 || between.indexOf('(') >= 0) {
                break;
            }
            if (l < r && note(between)) {
                // "/Photo prise le 28 octobre 2018/REUTERS/Jane Roe": a note between slashes before the credit
                note = true;
                break;
            }
            l = p;
        }
        if (note) {
            Credit c = Credit.parse(text.substring(l + 1, e));
            if (c.agency() == null) {
                return -1;
            }
            credit(c, l + 1, l + 1, e);
            return l + 1;
        }
        int leftEnd = l;
        while (leftEnd > from && text.charAt(leftEnd - 1) == ' ') {
            leftEnd--;
        }
        int cs = agencyBefore(from, leftEnd);
        boolean closing = false;
        if (cs < 0) {
            cs = junkBefore(from, leftEnd);
        }
        if (cs < 0) {
            if (agencyRightOf(l, e)) {
                cs = nameBefore(from, leftEnd);
            } else {
                // "Jane Roe/Baltimore Sun" closing the caption after its last sentence
                cs = sentenceName(from, leftEnd);
                closing = cs >= 0 && capitalisedWords(l + 1, e, 4);
                if (!closing) {
                    return -1;
                }
            }
        }
        if (cs < 0) {
            return -1;
        }
        Credit c = closing ? Credit.parseClosing(text.substring(cs, e)) : Credit.parse(text.substring(cs, e));
        if (!c.isCredit()) {
            return -1;
        }
        credit(c, cs, cs, e);
        return cs;
    }

    /**
     * "-/AFP/Getty Images", "Stringer/Reuters": a junk byline token (a dash, Stringer, Handout) opening a sentence
     * right before the credit's first slash, where agencies print no photographer; returns where it starts, or -1.
     */
    private int junkBefore(int from, int end) {
        int p = end;
        while (p > from && text.charAt(p - 1) != ' ' && text.charAt(p - 1) != '\n') {
            p--;
        }
        if (p == end || end - p > 12 || !Credit.isJunk(text.substring(p, end))) {
            return -1;
        }
        return p == from || sentenceEndsBefore(p) || text.charAt(p - 1) == '\n' ? p : -1;
    }

    /** Whether a slash-separated segment is a note, not a credit's part: a figure, or two long lower-case words. */
    private static boolean note(String segment) {
        int lower = 0;
        for (String w : segment.strip().split(" ")) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                return true;
            }
            if (w.length() >= 4 && Character.isLowerCase(w.charAt(0)) && ++lower >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [s, e)} is one to {@code max} words, each opening with a capital (slashes between allowed). */
    private boolean capitalisedWords(int s, int e, int max) {
        String[] words = text.substring(s, e).strip().split("[ /]+");
        if (words.length == 0 || words.length > max) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a slash-separated segment after {@code l} names an agency, a handout or a pool. */
    private boolean agencyRightOf(int l, int e) {
        int from = l + 1;
        while (from <= e) {
            int next = text.indexOf('/', from);
            String seg = text.substring(from, next < 0 || next > e ? e : next).strip();
            int via = seg.toLowerCase(Locale.ROOT).indexOf(" via ");
            String ag = via > 0 ? seg.substring(0, via) : seg;
            int forAt = ag.indexOf(" for ");
            ag = forAt > 0 ? ag.substring(0, forAt) : ag;
            if (agencies.normalise(ag).isPresent() || ag.equalsIgnoreCase("Handout") || ag.equalsIgnoreCase("Pool")
                    || via > 0 || organisation(ag)) {
                return true;
            }
            if (next < 0 || next > e) {
                return false;
            }
            from = next + 1;
        }
        return false;
    }

    /** An organisation's name closing a credit: "The Times", "Perimeter Books", "Radio Free Europe". */
    private static boolean organisation(String seg) {
        return seg.length() > 4 && (seg.startsWith("The ") && Character.isUpperCase(seg.charAt(4))
                || Character.isUpperCase(seg.charAt(0)) && Credit.looksLikeOrganisation(seg));
    }

    private boolean sentenceBreak(int s, int e) {
        for (int i = s; i < e - 2; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && i - s > 2 && !initialBefore(i) && !suffixBefore(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the period at {@code dot} closes a name's initial ("Timothy A. Clary"), not a sentence. */
    private boolean initialBefore(int dot) {
        return dot >= 2 && Character.isUpperCase(text.charAt(dot - 1)) && text.charAt(dot - 2) == ' ';
    }

    /** Whether the period at {@code dot} closes a name's suffix ("Jr.", "Sr."), not a sentence. */
    private boolean suffixBefore(int dot) {
        return dot >= 3 && (text.startsWith("Jr", dot - 2) || text.startsWith("Sr", dot - 2))
                && (dot == 3 || text.charAt(dot - 3) == ' ');
    }

    private int agencyBefore(int from, int end) {
        int best = -1;
        int ws = end;
        for (int k = 1; k <= 3; k++) {
            int p = ws - 1;
            while (p > from && text.charAt(p - 1) != ' ') {
                p--;
            }
            if (p < from) {
                break;
            }
            String cand = text.substring(p, end);
            if (agencies.find(cand).isPresent() || (k == 1 && agencies.findMisspelt(cand).isPresent())) {
                best = p;
            } else if (k == 1 && capsAgencyAt(from, p, end)) {
                best = p;
            } else if (k == 1) {
                int g = gluedAgency(p, end);
                if (g >= 0) {
                    best = g;
                }
            }
            ws = p - 1;
            if (ws <= from) {
                break;
            }
        }
        return best;
    }

    /** "IMAGO/Jane Roe": an agency's name in capitals, 2 to 10 letters, opening a sentence before a slash. */
    private boolean capsAgencyAt(int from, int p, int end) {
        int len = end - p;
        if (len < 2 || len > 10 || end >= text.length() || text.charAt(end) != '/') {
            return false;
        }
        for (int i = p; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return p == from || text.startsWith(". ", p - 2) || text.charAt(p - 1) == '\n';
    }

    private int gluedAgency(int p, int end) {
        for (int i = end - 2; i > p; i--) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            if ((prev == '.' || prev == ',' || Character.isLowerCase(prev) || Character.isDigit(prev))
                    && Character.isUpperCase(c) && agencies.find(text.substring(i, end)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private int nameBefore(int from, int end) {
        int s = end;
        int words = 0;
        while (s > from) {
            int p = s;
            while (p > from && text.charAt(p - 1) == ' ') {
                p--;
            }
            int w = p;
            while (w > from && text.charAt(w - 1) != ' ') {
                w--;
            }
            if (w == p) {
                break;
            }
            String word = text.substring(w, p);
            char last = word.charAt(word.length() - 1);
            boolean particle = words > 0 && NAME_PARTICLES.contains(word) || particlePrefixed(word);
            boolean suffix = words == 0 && (word.equals("Jr.") || word.equals("Sr."));
            if (!particle && !suffix && (!Character.isUpperCase(word.codePointAt(0)) || last == ',' || last == ')'
                    || last == ':' || (last == '.' && word.length() > 2) || word.equals("-"))) {
                break;
            }
            s = w;
            words++;
            if (words > 5) {
                return -1;
            }
        }
        while (words > 0 && s < end) {
            // a name opens with a capital: "in its path de la Cruz" starts at "Cruz"... at the particle's next word
            int sp = text.indexOf(' ', s);
            if (sp < 0 || sp >= end || !NAME_PARTICLES.contains(text.substring(s, sp))) {
                break;
            }
            s = sp + 1;
            words--;
        }
        return words == 0 ? -1 : s;
    }

    /** Lower-case words inside names: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said". */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "del", "della", "di", "da", "das",
            "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "ibn", "y", "al", "el");

    /** "al-Rubaye", "el-Sayed", "bin-Laden": a name with a lower-case Arabic article before a capital. */
    private static boolean particlePrefixed(String word) {
        int h = word.indexOf('-');
        return h > 0 && h + 1 < word.length() && NAME_PARTICLES.contains(word.substring(0, h))
                && Character.isUpperCase(word.charAt(h + 1));
    }

    private int loneAgency(int from, int e) {
        int ws = e;
        int best = -1;
        for (int k = 1; k <= 3; k++) {
            int p = ws - 1;
            while (p > from && text.charAt(p - 1) != ' ') {
                p--;
            }
            if (p < from || p >= e) {
                break;
            }
            String cand = text.substring(p, e);
            var a = agencies.find(cand);
            if (a.isPresent() && (k > 1 || NameCase.isAllCaps(cand) || afterSeparator(p) || quotedEndBefore(p)
                    || slashAfterSentence(p)
                    || viaName(from, p))) {
                best = p;
            }
            int dash = cand.indexOf('-');
            if (a.isEmpty() && dash > 0 && dash < cand.indexOf(' ') && agencies.find(cand.substring(dash + 1)).isPresent()) {
                // "Jane Roe-USA TODAY Sports": a credit glued to the name by a hyphen
                int named = nameBefore(from, p + dash);
                if (named >= from) {
                    String name = text.substring(named, p + dash);
                    credit(Credit.parse(name + "/" + cand.substring(dash + 1)), named, named, e);
                    return named;
                }
            }
            ws = p - 1;
            if (ws <= from) {
                break;
            }
        }
        if (best < 0) {
            return -1;
        }
        int start = best;
        String before = text.substring(Math.max(from, best - 5), best);
        int sep = best;
        while (sep > from && " ,-|\u2013\u2014".indexOf(text.charAt(sep - 1)) >= 0) {
            sep--;
        }
        int named = nameBefore(from, sep);
        if (named > from + 1 && named < sep && (text.startsWith(". ", named - 2) || text.charAt(named - 1) == '\n'
                || separatorBefore(named)) && best - named < 40) {
            // "Jane Roe Reuters", "Jane Roe, Reuters", "Jane Roe - Reuters": a name and the agency after the text
            credit(Credit.parse(text.substring(named, sep).strip() + "/" + text.substring(best, e)), named, named, e);
            return named;
        }
        if (before.endsWith("via ")) {
            start = sentenceStart(from, best);
        } else if (!(before.endsWith(". ") || before.endsWith(" - ") || best == from || quotedEndBefore(best)
                || slashAfterSentence(best)
                || NameCase.isAllCaps(text.substring(best, e).replace(" ", "")))) {
            return -1;
        }
        credit(Credit.parse(text.substring(start, e)), start, start, e);
        return start;
    }

    /**
     * Whether "via" stands right before {@code p} after a name that opens a sentence ("... 2024. Jane Roe via
     * Reuters"): the wire that moved a freelancer's or a partner's picture, printed in normal case.
     */
    private boolean viaName(int from, int p) {
        if (p - from < 5 || !text.startsWith("via ", p - 4)) {
            return false;
        }
        int named = nameBefore(from, p - 5);
        return named >= from && (named == from || sentenceEndsBefore(named) || text.charAt(named - 1) == '\n');
    }

    /** Whether a closing quote, " - " or " | " ends the text right before the name at {@code p}. */
    private boolean separatorBefore(int p) {
        int q = p;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        return q < p && q > 1 && "\"\u201d|-\u2013\u2014".indexOf(text.charAt(q - 1)) >= 0
                && (text.charAt(q - 1) == '"' || text.charAt(q - 1) == '\u201d' || text.charAt(q - 2) == ' '
                        || text.charAt(q - 2) == '.');
    }

    /**
     * Whether a slash after a finished sentence stands right before {@code p} ("... until April 26. / Yonhap", "...
     * collector./ Yonhap"): an outlet's way of setting the agency's name apart.
     */
    private boolean slashAfterSentence(int p) {
        int q = p;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        if (q < 2 || text.charAt(q - 1) != '/') {
            return false;
        }
        q--;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        return q > 0 && ".!?".indexOf(text.charAt(q - 1)) >= 0;
    }

    /**
     * Whether a sentence ended by a closing quote stands right before {@code p} ("... he said.\" Reuters", "...
     * France.\u201d Reuters", "... won!\" AP"): a lone agency may close the text there.
     */
    private boolean quotedEndBefore(int p) {
        int q = p;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        if (q == p || q < 2 || "\"\u201d'\u2019".indexOf(text.charAt(q - 1)) < 0) {
            return false;
        }
        return ".!?".indexOf(text.charAt(q - 2)) >= 0;
    }

    /** Whether ". ", ", ", " - " or a dash stands right before {@code p}: a lone agency may close the text there. */
    private boolean afterSeparator(int p) {
        int q = p;
        while (q > 0 && text.charAt(q - 1) == ' ') {
            q--;
        }
        return q < p && q > 0 && ".,-|\u2013\u2014".indexOf(text.charAt(q - 1)) >= 0;
    }

    private int sentenceStart(int from, int pos) {
        for (int i = pos - 2; i > from; i--) {
            if ((text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return from;
    }

    private void credit(Credit c, int textAt, int s, int e) {
        if (creditStart < 0 || s < creditStart) {
            creditStart = s;
        }
        creditEnd = Math.max(creditEnd, trimCreditEnd(e));
        cur.take(s, e);
        cur.found("credit", text.substring(s, e).strip(), s, e);
        if (agency == null && c.agency() != null) {
            agency = c.agency();
            if (c.agencyAt() >= 0) {
                cur.found("agency", agency, textAt + c.agencyAt(), textAt + c.agencyAt() + c.agencyPrinted().length());
            }
        }
        if (photographer == null && c.photographer() != null) {
            photographer = c.photographer();
            cur.found("photographer", photographer, textAt + c.photographerAt(),
                    textAt + c.photographerAt() + c.photographerLength());
        }
        if (distributor == null) {
            distributor = c.distributor();
        }
        if (collection == null) {
            collection = c.collection();
        }
    }

    private int trimCreditEnd(int e) {
        while (e > 0 && (text.charAt(e - 1) == '.' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }
}
