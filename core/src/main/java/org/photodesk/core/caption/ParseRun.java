package org.photodesk.core.caption;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.caption.CaptionParse.Found;
import org.photodesk.core.caption.DateMentions.DateMention;
import org.photodesk.core.caption.NameChunks.Chunk;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem.Span;

/** One parse of one caption: mutable working state, used once by {@link CaptionParser}. */
final class ParseRun {

    private static final Pattern PLACE_PREP = Pattern.compile("\\b(?:in|near|outside|In|Near|Outside)\\s+(?=\\p{Lu})");
    private static final Pattern POSSESSIVE_REGION = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)['\u2019]s (\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?) "
                    + "(?:province|region|state|district|county|governorate|oblast|prefecture)\\b");
    private static final Pattern ROYAL_NAME = Pattern.compile(
            "\\b(?:(?:Prince|Princess|King|Queen) )?(\\p{Lu}\\p{Ll}+), (?:Princess|Prince|Duke|Duchess|Earl|Countess) of \\p{Lu}\\p{Ll}+");
    private static final Pattern LEADING_NAME_CREDIT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'.\\-]+(?: \\p{Lu}[\\p{L}'.\\-]+){0,3}) ?/ ?(AP|REUTERS|Reuters|AFP|EPA|EPA-EFE|Getty Images|ANP|dpa)\\s+(?=\\p{Lu})");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern ORDINAL = Pattern.compile("^\\d+(?:st|nd|rd|th) ");
    private static final java.util.Set<String> STANDALONE_EVENTS = java.util.Set.of("Wimbledon", "Eurovision",
            "Oktoberfest", "Coachella", "Glastonbury", "Hajj", "Ramadan", "Diwali", "COP28", "COP29", "Olympics",
            "Paralympics", "Oscars", "Grammys");

    private final String text;
    private final PhotoMetadata iptc;
    private final Gazetteer gaz;
    private final Agencies agencies;
    private final List<Found> found = new ArrayList<>();
    private final List<int[]> cuts = new ArrayList<>();
    private final List<int[]> restrictionSpans = new ArrayList<>();
    private final List<String> restrictions = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final List<int[]> taken = new ArrayList<>();
    private String agency;
    private String photographer;
    private String distributor;
    private String collection;
    private int creditStart = -1;
    private int creditEnd = -1;
    private Instant embargoUntil;
    private Place place;
    private String venue;
    private String event;
    private int datelineEnd = -1;
    private int headerBodyStart = -1;
    private List<DateMention> allDates;

    ParseRun(String text, PhotoMetadata iptc, Gazetteer gaz, Agencies agencies) {
        this.text = text;
        this.iptc = iptc;
        this.gaz = gaz;
        this.agencies = agencies;
    }

    CaptionParse run() {
        marks();
        int start = leading();
        int end = trailing(start);
        if (end < start) {
            end = start;
        }
        dateline(start, end);
        int headerEnd = reutersHeader(start, end);
        if (headerEnd > 0) {
            int dot = text.indexOf(". ", headerEnd);
            headerBodyStart = dot > 0 && dot < end ? dot + 2 : -1;
        }
        LocalDate date = null;
        DayOfWeek weekday = null;
        DateMention dm = chooseDate(start, end);
        if (dm != null) {
            date = dm.dateOr(fallbackYear(start, end));
            if (date != null) {
                add("date", date.toString(), dm.start(), dm.end());
            }
            weekday = dm.weekday();
            if (weekday != null) {
                add("weekdayStated", name(weekday), dm.weekdayStart(), dm.weekdayEnd());
            }
        }
        if (weekday == null && date == null) {
            int[] w = DateMentions.findWeekday(text, start, end);
            if (w != null) {
                weekday = DateMentions.weekday(text.substring(w[0], w[1]));
                add("weekdayStated", name(weekday), w[0], w[1]);
            }
        }
        places(start, end, dm == null ? -1 : dm.start());
        List<Chunk> chunks = NameChunks.scan(text, start, end);
        if (venue == null) {
            venue(chunks);
        }
        if (event == null) {
            event(chunks, headerEnd);
        }
        List<String> people = people(chunks, start, end);
        String body = body(start, end);
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new CaptionParse(agency, photographer, creditStart < 0 ? null : text.substring(creditStart, creditEnd),
                distributor, collection, place == null ? null : place.city(), place == null ? null : place.region(),
                place == null ? null : place.country(), place == null ? null : place.countryCode(), venue, date,
                weekday, event, people, restrictions, embargoUntil, flags, body, found);
    }

    private static String name(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private void add(String field, String value, int s, int e) {
        if (value != null && s >= 0 && e >= s && e <= text.length()) {
            found.add(new Found(field, value, new Span(s, e)));
        }
    }

    // ---- marks: flags, picture ids, restrictions, trailers

    private void marks() {
        Matcher f = CaptionParser.FLAG.matcher(text);
        while (mayHaveFlag() && f.find()) {
            String v = f.group(1) != null ? f.group(1) : f.group(2).toLowerCase(Locale.ROOT);
            if (v.equals("BESTPIX") || v.equals("EPASELECT")) {
                v = v.toLowerCase(Locale.ROOT);
            }
            if (!flags.contains(v)) {
                flags.add(v);
            }
            add("flags", v, f.start(), f.end());
            cuts.add(new int[] {f.start(), f.end()});
        }
        Matcher id = CaptionParser.PICTURE_ID.matcher(text);
        while (text.contains("epa") && id.find()) {
            cuts.add(new int[] {id.start(), id.end()});
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
            cuts.add(new int[] {t.start(), t.end()});
        }
    }

    private static final String[] FLAG_WORDS = {"TPX IMAGES", "APTOPIX", "TOPSHOT", "BESTPIX", "EPASELECT",
        "epaselect", "bestpix"};
    private static final String[] RESTRICTION_WORDS = {"ONLY", "NO ", "MANDATORY", "Mandatory", "EMBARGO",
        "HOLD FOR", "NOT FOR SALE", "THIRD PARTY", "RESTRICTED", "Editorial"};
    private static final String[] REGION_WORDS = {" province", " region", " state", " district", " county",
        " governorate", " oblast", " prefecture"};
    private static final String[] ROYAL_WORDS = {"Prince", "Duke", "Duchess", "Earl", "Countess"};

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
        cuts.add(new int[] {s, e});
        add("restrictions", value, s, e);
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

    private boolean inCut(int s, int e) {
        for (int[] c : cuts) {
            if (s < c[1] && e > c[0]) {
                return true;
            }
        }
        return false;
    }

    // ---- leading and trailing credits

    private int leading() {
        int s = 0;
        int n = text.length();
        for (int guard = 0; guard < 12; guard++) {
            while (s < n && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '-' || text.charAt(s) == ':'
                    || text.charAt(s) == '\u2013' || text.charAt(s) == '\u2014')) {
                s++;
            }
            int cutEnd = cutStartingAt(s);
            if (cutEnd > s) {
                s = cutEnd;
                continue;
            }
            Matcher fm = CaptionParser.FILE_MARKER.matcher(text).region(s, n);
            if (fm.lookingAt()) {
                collection = collection == null ? "File" : collection;
                cuts.add(new int[] {s, fm.end()});
                s = fm.end();
                continue;
            }
            int c = leadingCredit(s);
            if (c > s) {
                s = c;
                continue;
            }
            break;
        }
        return s;
    }

    private int cutStartingAt(int s) {
        for (int[] c : cuts) {
            if (c[0] == s) {
                return c[1];
            }
        }
        return -1;
    }

    private int leadingCredit(int s) {
        int n = text.length();
        Matcher nc = LEADING_NAME_CREDIT.matcher(text).region(s, n);
        if (nc.lookingAt()) {
            Credit c = Credit.parse(text.substring(s, nc.end(2)));
            if (c.agency() != null) {
                credit(c, s, s, nc.end(2));
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
        for (int i = s; i < lim - 2; i++) {
            char c = text.charAt(i);
            if ((c == ' ' && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '\u2013' || text.charAt(i + 1) == '\u2014')
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
        if (cand.indexOf('/') < 0) {
            return -1;
        }
        Credit c = Credit.parse(cand);
        if (c.agency() == null) {
            return -1;
        }
        credit(c, s, s, sep);
        return sep + 2;
    }

    private int trailing(int from) {
        int e = text.length();
        for (int guard = 0; guard < 12; guard++) {
            e = trimBack(from, e);
            int cut = cutEndingAt(from, e);
            if (cut >= 0) {
                e = cut;
                continue;
            }
            int cs = tailCredit(from, e);
            if (cs >= 0 && cs < e) {
                e = cs;
                continue;
            }
            break;
        }
        return trimBack(from, e);
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
        for (int[] c : cuts) {
            if (c[0] >= from && c[0] < t && c[1] >= t) {
                return c[0];
            }
        }
        return -1;
    }

    private int tailCredit(int from, int e0) {
        int e = e0;
        while (e > from && (text.charAt(e - 1) == '.' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= from) {
            return -1;
        }
        if (text.charAt(e - 1) == ')') {
            return parenCredit(from, e);
        }
        int lo = Math.max(from, e - 150);
        Matcher mk = CaptionParser.MARKED_CREDIT.matcher(text).region(lo, e);
        if (mk.find()) {
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
        return loneAgency(from, e);
    }

    private int parenCredit(int from, int e) {
        int depth = 0;
        for (int i = e - 1; i >= from && i >= e - 160; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                Credit cr = Credit.parse(text.substring(i + 1, e - 1));
                if (cr.isCredit()) {
                    credit(cr, i + 1, i, e);
                    return i;
                }
                return -1;
            }
        }
        return -1;
    }

    private int slashCredit(int from, int e) {
        int lo = Math.max(from, e - 150);
        int r = text.lastIndexOf('/', e - 1);
        if (r < lo || e - r > 70 || sentenceBreak(r + 1, e)) {
            return -1;
        }
        int l = r;
        while (true) {
            int p = text.lastIndexOf('/', l - 1);
            if (p < lo || l - p > 60 || sentenceBreak(p + 1, l) || text.substring(p + 1, l).indexOf(',') >= 0) {
                break;
            }
            l = p;
        }
        int leftEnd = l;
        while (leftEnd > from && text.charAt(leftEnd - 1) == ' ') {
            leftEnd--;
        }
        int cs = agencyBefore(from, leftEnd);
        if (cs < 0) {
            int next = text.indexOf('/', l + 1);
            if (!agencyRightOf(l, e)) {
                return -1;
            }
            cs = nameBefore(from, leftEnd);
        }
        if (cs < 0) {
            return -1;
        }
        Credit c = Credit.parse(text.substring(cs, e));
        if (!c.isCredit()) {
            return -1;
        }
        credit(c, cs, cs, e);
        return cs;
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
                    || via > 0) {
                return true;
            }
            if (next < 0 || next > e) {
                return false;
            }
            from = next + 1;
        }
        return false;
    }

    private boolean sentenceBreak(int s, int e) {
        for (int i = s; i < e - 2; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && i - s > 2) {
                return true;
            }
        }
        return false;
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
            if (!Character.isUpperCase(word.codePointAt(0)) || last == ',' || last == ')' || last == ':'
                    || (last == '.' && word.length() > 2) || word.equals("-")) {
                break;
            }
            s = w;
            words++;
            if (words > 5) {
                return -1;
            }
        }
        return words == 0 ? -1 : s;
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
            if (a.isPresent() && (k > 1 || NameCase.isAllCaps(cand))) {
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
        int named = nameBefore(from, best > from ? best - 1 : best);
        if (named > from + 1 && named < best && (text.startsWith(". ", named - 2) || text.charAt(named - 1) == '\n')
                && best - named < 40) {
            credit(Credit.parse(text.substring(named, best).strip() + "/" + text.substring(best, e)), named, named, e);
            return named;
        }
        if (before.endsWith("via ")) {
            start = sentenceStart(from, best);
        } else if (!(before.endsWith(". ") || before.endsWith(" - ") || best == from
                || NameCase.isAllCaps(text.substring(best, e).replace(" ", "")))) {
            return -1;
        }
        credit(Credit.parse(text.substring(start, e)), start, start, e);
        return start;
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
        cuts.add(new int[] {s, e});
        if (agency == null && c.agency() != null) {
            agency = c.agency();
            if (c.agencyAt() >= 0) {
                add("agency", agency, textAt + c.agencyAt(), textAt + c.agencyAt() + c.agencyPrinted().length());
            }
        }
        if (photographer == null && c.photographer() != null) {
            photographer = c.photographer();
            add("photographer", photographer, textAt + c.photographerAt(),
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

    // ---- dateline, Reuters header

    private void dateline(int start, int end) {
        Matcher g = CaptionParser.GETTY_DATELINE.matcher(text).region(start, end);
        if (g.lookingAt()) {
            Place p = resolve(new String[] {g.group(1), g.group(2)}, new int[] {g.start(1), g.start(2)},
                    new int[] {g.end(1), g.end(2)});
            if (p != null) {
                place = p;
            }
            datelineEnd = g.end();
            return;
        }
        Matcher a = CaptionParser.ANP_DATELINE.matcher(text).region(start, end);
        if (a.lookingAt() && NameCase.isAllCaps(a.group(1))) {
            Place p = resolve(new String[] {a.group(1)}, new int[] {a.start(1)}, new int[] {a.end(1)});
            if (p != null && p.city() != null) {
                place = p;
            } else if (p == null) {
                place = new Place(NameCase.fix(a.group(1)), null, null, null, a.start(1), a.end(1), a.end(1));
            }
            datelineEnd = a.end();
        }
    }

    private int reutersHeader(int start, int end) {
        DateMention d = null;
        for (DateMention x : dates(start)) {
            if (x.start() >= start && x.end() <= Math.min(end, start + 400)) {
                d = x;
                break;
            }
        }
        if (d == null) {
            return -1;
        }
        String head = text.substring(start, d.start());
        if (!head.endsWith(" - ") && !head.endsWith(" \u2013 ")) {
            return -1;
        }
        String[] parts = head.substring(0, head.length() - 3).split(" [-\u2013] ");
        if (parts.length < 3) {
            return -1;
        }
        int at = start;
        int[] starts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            starts[i] = at;
            at += parts[i].length() + 3;
        }
        int ev = hasEventWord(parts[0]) ? 0 : 1;
        event = parts[ev].strip();
        add("event", event, starts[ev], starts[ev] + parts[ev].length());
        String last = parts[parts.length - 1];
        String[] pieces = last.split(", ");
        int lastStart = starts[parts.length - 1];
        if (pieces.length >= 2) {
            int n = pieces.length;
            int k = n >= 3 ? 2 : (gaz.city(pieces[0]).isPresent() ? 2 : 1);
            int placeFrom = n - k;
            String[] pp = java.util.Arrays.copyOfRange(pieces, placeFrom, n);
            int[] ps = new int[pp.length];
            int[] pe = new int[pp.length];
            int off = lastStart;
            for (int i = 0; i < n; i++) {
                if (i >= placeFrom) {
                    ps[i - placeFrom] = off;
                    pe[i - placeFrom] = off + pieces[i].length();
                }
                off += pieces[i].length() + 2;
            }
            Place p = resolve(pp, ps, pe);
            if (p != null) {
                place = p;
            }
            if (placeFrom > 0) {
                venue = String.join(", ", java.util.Arrays.copyOfRange(pieces, 0, placeFrom));
                add("venue", venue, lastStart, lastStart + venue.length());
                taken.add(new int[] {lastStart, lastStart + venue.length()});
            }
        }
        return d.start();
    }

    private static boolean hasEventWord(String s) {
        for (String w : s.split("[\\s]+")) {
            if (Lexicon.EVENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- dates

    private DateMention chooseDate(int start, int end) {
        List<DateMention> ds = dates(start);
        DateMention noYear = null;
        for (DateMention d : ds) {
            if (inRestriction(d.start(), d.end()) || (d.start() >= end && !inPictureDate(d.start()))) {
                continue;
            }
            if (d.year() > 0) {
                return d;
            }
            if (noYear == null) {
                noYear = d;
            }
        }
        return noYear;
    }

    private List<DateMention> dates(int start) {
        if (allDates == null) {
            allDates = DateMentions.find(text, start, text.length());
        }
        return allDates;
    }

    private boolean inPictureDate(int pos) {
        int p = text.lastIndexOf("Picture date:", pos);
        return p >= 0 && pos - p < 40;
    }

    private boolean inRestriction(int s, int e) {
        for (int[] r : restrictionSpans) {
            if (s < r[1] && e > r[0]) {
                return true;
            }
        }
        return false;
    }

    private int fallbackYear(int start, int end) {
        for (DateMention d : dates(start)) {
            if (d.year() > 0 && !inRestriction(d.start(), d.end())) {
                return d.year();
            }
        }
        return iptc.dateCreated() == null ? 0 : iptc.dateCreated().date().getYear();
    }

    // ---- places

    private void places(int start, int end, int dateStart) {
        Place found = new PlaceFinder(gaz, org.photodesk.core.text.Geo.standard()).find(text, Math.max(start,
                datelineEnd), end, dateStart, firstSentenceEnd(Math.max(start, datelineEnd), end));
        if (place == null || (place.city() == null && found != null && found.city() != null)) {
            if (found != null) {
                place = place == null ? found : merge(found, place);
            }
        } else if (found != null && place.country() == null && found.country() != null
                && found.city() != null && found.city().equals(place.city())) {
            place = found;
        }
        if (place != null) {
            if (place.city() != null) {
                add("city", place.city(), place.start(), place.cityEnd() > 0 ? place.cityEnd() : place.end());
            }
            if (place.region() != null) {
                add("region", place.region(), place.start(), place.end());
            }
            if (place.country() != null) {
                add("country", place.country(), place.start(), place.end());
            }
        }
    }

    private static Place merge(Place found, Place header) {
        return found.country() != null || header.country() == null ? found
                : new Place(found.city(), found.region(), header.country(), header.countryCode(), found.start(),
                        found.end(), found.cityEnd());
    }

    /** The end of the first sentence after {@code from}: a period, then a space and a capital, not after an abbreviation. */
    private int firstSentenceEnd(int from, int end) {
        for (int i = from; i < end - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(i)) {
                return i;
            }
        }
        return end;
    }

    private boolean abbreviationBefore(int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (dot > 0 && Character.isDigit(text.charAt(dot - 1))) {
            return false;
        }
        return dot - s <= 1 || (s > 0 && text.charAt(s - 1) == '.')
                || org.photodesk.core.text.Abbreviations.isAbbreviation(text.substring(s, dot));
    }

    private static Place better(Place a, Place b) {
        if (a == null) {
            return b;
        }
        if (a.city() != null && b.city() != null && a.country() != null && b.country() != null
                && a.country().equals(b.country()) && !a.city().equals(b.city())) {
            return a;
        }
        return b.score() > a.score() ? b : a;
    }

    private Place readPlace(int s, int end) {
        String[] parts = new String[3];
        int[] ps = new int[3];
        int[] pe = new int[3];
        int n = 0;
        int p = s;
        int nearIndex = -1;
        while (n < 3 && p < end) {
            int e = placeRun(p, end);
            if (e <= p) {
                break;
            }
            if (inCut(p, e)) {
                break;
            }
            ps[n] = p;
            pe[n] = e;
            parts[n++] = text.substring(p, e);
            if (e + 2 < end && text.charAt(e) == ',' && text.charAt(e + 1) == ' '
                    && Character.isUpperCase(text.charAt(e + 2))) {
                p = e + 2;
            } else if (n == 1 && nearIndex < 0 && text.startsWith(", near ", e) && e + 7 < end
                    && Character.isUpperCase(text.charAt(e + 7))) {
                nearIndex = 1;
                p = e + 7;
            } else {
                break;
            }
        }
        if (nearIndex > 0 && n >= 2 && gaz.city(parts[0]).isEmpty()) {
            Place ref = resolve(java.util.Arrays.copyOfRange(parts, 1, n), java.util.Arrays.copyOfRange(ps, 1, n),
                    java.util.Arrays.copyOfRange(pe, 1, n));
            if (ref != null && ref.country() != null) {
                return new Place(parts[0], ref.region(), ref.country(), ref.countryCode(), ps[0], pe[n - 1], pe[0]);
            }
        }
        for (int k = n; k >= 1; k--) {
            Place r = resolve(java.util.Arrays.copyOf(parts, k), ps, pe);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** End of a run of capitalised place words from {@code p}: "Saint-Denis", "Rio de Janeiro", "Ill.", "N.Y.". */
    private int placeRun(int p, int end) {
        int i = p;
        int lastGood = p;
        int words = 0;
        while (i < end && words < 5) {
            int w = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.'
                    || text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                i++;
            }
            if (i == w) {
                break;
            }
            String word = text.substring(w, i);
            boolean cap = Character.isUpperCase(word.charAt(0));
            boolean connector = word.equals("de") || word.equals("sur") || word.equals("du") || word.equals("la")
                    || word.equals("des") || word.equals("del") || word.equals("do") || word.equals("da");
            if (!cap && !connector) {
                break;
            }
            if (cap && (DateMentions.weekday(word.replace(",", "")) != null
                    || (DateMentions.month(word) != null && word.length() >= 3 && isDateAhead(i, end)))) {
                break;
            }
            if (word.endsWith("'s") || word.endsWith("\u2019s")) {
                break;
            }
            if (cap) {
                lastGood = i;
                words++;
            }
            boolean abbrev = word.endsWith(".") && (word.length() <= 6 || word.indexOf('.') < word.length() - 1);
            if (word.endsWith(".") && !abbrev) {
                lastGood = i - 1;
                break;
            }
            if (i < end && text.charAt(i) == ' ' && i + 1 < end && text.charAt(i + 1) != '-') {
                i++;
            } else {
                break;
            }
        }
        int e = lastGood;
        while (e > p && text.charAt(e - 1) == '.' && !stateAbbrev(p, e)) {
            e--;
        }
        return e;
    }

    private boolean isDateAhead(int i, int end) {
        int j = i;
        while (j < end && text.charAt(j) == ' ') {
            j++;
        }
        return j < end && Character.isDigit(text.charAt(j));
    }

    private boolean stateAbbrev(int p, int e) {
        String s = text.substring(p, e);
        return gaz.usState(s).isPresent() && s.length() <= 6;
    }

    private Place resolve(String[] parts, int[] ps, int[] pe) {
        String city = null;
        String region = null;
        Gazetteer.Country country = null;
        int n = parts.length;
        int cityEnd = -1;
        for (int i = n - 1; i >= 1; i--) {
            String x = parts[i];
            var st = gaz.usState(x);
            var c = gaz.country(x);
            var rg = gaz.region(x);
            boolean usContext = i > 0 && gaz.city(parts[0]).map(ci -> ci.country().iso().equals("US")).orElse(false);
            if (st.isPresent() && (usContext || c.isEmpty() || x.endsWith(".") || x.length() == 2)) {
                region = st.get().name();
                country = st.get().country();
            } else if (c.isPresent()) {
                country = country == null ? c.get() : country;
            } else if (rg.isPresent()) {
                region = rg.get().name();
                country = country == null ? rg.get().country() : country;
            } else {
                return null;
            }
        }
        String first = parts[0];
        var knownCity = gaz.city(first);
        if (knownCity.isPresent()) {
            city = knownCity.get().name();
            cityEnd = pe[0];
            if (country == null) {
                country = knownCity.get().country();
            }
        } else if (n == 1) {
            var c = gaz.country(first);
            var rg = gaz.region(first);
            if (c.isPresent()) {
                country = c.get();
            } else if (rg.isPresent()) {
                region = rg.get().name();
                country = rg.get().country();
            } else {
                return null;
            }
        } else if (gaz.country(first).isPresent() || gaz.region(first).isPresent()) {
            return null;
        } else {
            city = NameCase.isAllCaps(first) ? NameCase.fix(first) : first;
            cityEnd = pe[0];
        }
        return new Place(city, region, country == null ? null : country.name(),
                country == null ? null : country.iso(), ps[0], pe[n - 1], cityEnd);
    }

    // ---- venue, event, people

    private void venue(List<Chunk> chunks) {
        Chunk atChunk = null;
        for (Chunk c : chunks) {
            if (inCut(c.start(), c.end()) || c.possessive()) {
                continue;
            }
            String t = c.text(text, 0);
            boolean venueWord = anyWord(c, Lexicon.VENUE_WORDS);
            if (gaz.isPlace(t) || (c.start() < datelineEnd)) {
                continue;
            }
            boolean afterAt = precededBy(c.start(), "at the ") || precededBy(c.start(), "at ")
                    || precededBy(c.start(), "inside the ") || precededBy(c.start(), "inside ")
                    || (venueWord && (precededBy(c.start(), "in the ") || precededBy(c.start(), "on the ")));
            if (venueWord && afterAt) {
                setVenue(c);
                return;
            }
            if (afterAt && atChunk == null && !Character.isDigit(t.charAt(0)) && !anyWord(c, Lexicon.EVENT_WORDS)
                    && !monthOrDay(c)) {
                atChunk = c;
            }
        }
        if (atChunk != null) {
            setVenue(atChunk);
            return;
        }
        for (Chunk c : chunks) {
            if (!inCut(c.start(), c.end()) && !c.possessive() && c.start() >= datelineEnd
                    && anyWord(c, Lexicon.VENUE_WORDS) && c.size() >= 2 && !gaz.isPlace(c.text(text, 0))) {
                setVenue(c);
                return;
            }
        }
    }

    private boolean monthOrDay(Chunk c) {
        String w = c.word(text, 0);
        return DateMentions.month(w) != null && w.length() >= 3 || DateMentions.weekday(w) != null;
    }

    private void setVenue(Chunk c) {
        int s = c.wordStarts()[0];
        if (c.word(text, 0).equals("The")) {
            s = c.size() > 1 ? c.wordStarts()[1] : s;
        }
        int e = c.end();
        String lastWord = c.word(text, c.size() - 1);
        if (Lexicon.VENUE_WORDS.contains(lastWord) && text.startsWith(" of ", e) && e + 4 < text.length()
                && Character.isUpperCase(text.charAt(e + 4))) {
            int x = e + 4;
            while (x < text.length() && (Character.isLetter(text.charAt(x)) || text.charAt(x) == '-')) {
                x++;
            }
            e = x;
        } else if (text.startsWith(" and ", e) && e + 5 < text.length() && Character.isUpperCase(text.charAt(e + 5))) {
            int x = e + 5;
            int wordStart = x;
            String last = null;
            while (x < text.length()) {
                while (x < text.length() && Character.isLetter(text.charAt(x))) {
                    x++;
                }
                last = text.substring(wordStart, x);
                if (x + 1 < text.length() && text.charAt(x) == ' ' && Character.isUpperCase(text.charAt(x + 1))) {
                    x++;
                    wordStart = x;
                } else {
                    break;
                }
            }
            if (last != null && Lexicon.VENUE_WORDS.contains(last)) {
                e = x;
            }
        }
        venue = text.substring(s, e);
        add("venue", venue, s, e);
        taken.add(new int[] {s, e});
    }

    private boolean precededBy(int pos, String word) {
        return pos >= word.length() && text.startsWith(word, pos - word.length());
    }

    private boolean anyWord(Chunk c, java.util.Set<String> words) {
        for (int i = 0; i < c.size(); i++) {
            if (words.contains(c.word(text, i))) {
                return true;
            }
        }
        return false;
    }

    private void event(List<Chunk> chunks, int headerEnd) {
        for (Chunk c : chunks) {
            if (inCut(c.start(), c.end()) || c.possessive() || c.start() < datelineEnd || overlapsTaken(c)) {
                continue;
            }
            int from = c.word(text, 0).equals("The") && c.size() > 1 ? 1 : 0;
            boolean hasEvent = false;
            boolean hasVenue = false;
            for (int i = from; i < c.size(); i++) {
                String w = c.word(text, i);
                hasEvent |= Lexicon.EVENT_WORDS.contains(w);
                hasVenue |= Lexicon.VENUE_WORDS.contains(w);
            }
            int words = c.size() - from;
            String t = c.text(text, from);
            Matcher ord = ORDINAL.matcher(t);
            if (ord.lookingAt() && words > 1) {
                from++;
                words--;
                t = t.substring(ord.end());
            }
            if (hasEvent && !hasVenue && (words >= 2 || STANDALONE_EVENTS.contains(t))) {
                event = t;
                add("event", t, c.wordStarts()[from], c.end());
                taken.add(new int[] {c.start(), c.end()});
                return;
            }
        }
    }

    private boolean overlapsTaken(Chunk c) {
        for (int[] t : taken) {
            if (c.start() < t[1] && c.end() > t[0]) {
                return true;
            }
        }
        return false;
    }

    private List<String> people(List<Chunk> chunks, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher royal = ROYAL_NAME.matcher(text).region(start, end);
        while (anyOf(ROYAL_WORDS) && royal.find()) {
            spans.add(new int[] {royal.start(), royal.end()});
            names.add(royal.group());
        }
        for (String p : iptc.people()) {
            int at = text.indexOf(p, start);
            if (at >= 0 && at < end && !overlaps(spans, at, at + p.length())) {
                spans.add(new int[] {at, at + p.length()});
                names.add(p);
            }
        }
        boolean firstChunk = true;
        Shown shown = new Shown(text, org.photodesk.core.text.Geo.standard());
        int firstEnd = firstSentenceEnd(Math.max(Math.max(start, datelineEnd), headerBodyStart), end);
        for (Chunk c : chunks) {
            boolean wasFirst = firstChunk;
            firstChunk = false;
            if (inCut(c.start(), c.end()) || c.start() < datelineEnd || overlapsTaken(c)
                    || overlaps(spans, c.start(), c.end())) {
                continue;
            }
            int[] span = person(c, c.start() == Math.max(start, datelineEnd) || (wasFirst && c.start() == start));
            if (span != null && !shown.shown(span[0], span[1], c.end(), c.possessive(), firstEnd)) {
                span = null;
            }
            if (span != null) {
                spans.add(span);
                names.add(clean(text.substring(span[0], span[1])));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        List<String> out = new ArrayList<>();
        for (int i : order) {
            String n = names.get(i);
            if (!out.contains(n)) {
                out.add(n);
                add("people", n, spans.get(i)[0], spans.get(i)[1]);
            }
        }
        return out;
    }

    private static String clean(String name) {
        boolean anyCaps = false;
        for (String w : name.split(" ")) {
            anyCaps |= NameCase.isAllCaps(w) && w.length() > 3;
        }
        return anyCaps ? NameCase.fix(name) : name;
    }

    private static boolean overlaps(List<int[]> spans, int s, int e) {
        for (int[] x : spans) {
            if (s < x[1] && e > x[0]) {
                return true;
            }
        }
        return false;
    }

    private int[] person(Chunk c, boolean atStart) {
        int n = c.size();
        if (c.possessive()) {
            String whole = c.text(text, 0);
            if (gaz.isPlace(whole) || Lexicon.DEMONYMS.contains(whole) || Lexicon.COMMON.contains(whole)) {
                return null;
            }
        }
        int i = 0;
        while (i < n) {
            String w = c.word(text, i);
            if (Lexicon.ROYAL.contains(w)) {
                break;
            }
            if (Lexicon.TITLES.contains(w) || Lexicon.DEMONYMS.contains(w) || (i == 0 && Lexicon.COMMON.contains(w))
                    || i == 0 && (Lexicon.LEADING_ROLES.contains(w) || w.endsWith("-old"))
                    || (NameCase.isAllCaps(w) && w.length() <= 3 && !isRoman(w))) {
                i++;
            } else {
                break;
            }
        }
        int words = n - i;
        if (words == 0) {
            return null;
        }
        for (int k = i; k < n; k++) {
            String w = c.word(text, k);
            if (!nameWord(w, k > i)) {
                return null;
            }
        }
        String name = c.text(text, i);
        if (gaz.isPlace(name) || agencies.find(name).isPresent()) {
            return words == 1 && mononym(c, i, atStart, true) ? new int[] {c.wordStarts()[i], nameEnd(c)} : null;
        }
        if (words >= 2 && words <= 4) {
            return new int[] {c.wordStarts()[i], nameEnd(c)};
        }
        if (words == 1 && mononym(c, i, atStart, false)) {
            return new int[] {c.wordStarts()[i], nameEnd(c)};
        }
        return null;
    }

    private int nameEnd(Chunk c) {
        int e = c.end();
        return c.possessive() && e - c.wordStarts()[c.size() - 1] > 2 ? e - 2 : e;
    }

    private boolean mononym(Chunk c, int i, boolean atStart, boolean place) {
        String w = c.word(text, i);
        if (Lexicon.COMMON.contains(w) || Lexicon.TITLES.contains(w) || Lexicon.DEMONYMS.contains(w)) {
            return false;
        }
        int s = c.wordStarts()[i];
        int p = s - 1;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        int q = p;
        while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
            q--;
        }
        if (i == 0 && q < p && Lexicon.ROLES.contains(text.substring(q, p)) && !place) {
            return true;
        }
        if (atStart && i == 0) {
            int e = c.end();
            if (e < text.length() && text.charAt(e) == ' ') {
                int v = e + 1;
                while (v < text.length() && Character.isLetter(text.charAt(v))) {
                    v++;
                }
                return Lexicon.SUBJECT_VERBS.contains(text.substring(e + 1, v));
            }
        }
        return false;
    }

    private static boolean isRoman(String w) {
        return w.equals("II") || w.equals("III") || w.equals("IV") || w.equals("VI") || w.equals("VII");
    }

    private boolean nameWord(String w, boolean notFirst) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        if (Lexicon.GROUP_WORDS.contains(w) || Lexicon.VENUE_WORDS.contains(w) || Lexicon.EVENT_WORDS.contains(w)) {
            return false;
        }
        if (notFirst && (Lexicon.TITLES.contains(w) && !isRoman(w))) {
            return false;
        }
        return DateMentions.month(w) == null || w.length() < 3 ? DateMentions.weekday(w) == null : false;
    }

    // ---- body

    private String body(int start, int end) {
        StringBuilder b = new StringBuilder(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            if (!cutAt(i)) {
                b.append(text.charAt(i));
            }
        }
        String s = SPACES.matcher(b).replaceAll(" ").strip();
        while (!s.isEmpty() && (s.endsWith("-") || s.endsWith(":") || s.endsWith(",") || s.endsWith("\u2013"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private boolean cutAt(int i) {
        for (int[] c : cuts) {
            if (i >= c[0] && i < c[1]) {
                return true;
            }
        }
        return false;
    }
}
