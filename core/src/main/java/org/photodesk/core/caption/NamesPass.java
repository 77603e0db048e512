package org.photodesk.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.caption.NameChunks.Chunk;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.text.DateMentions;
import org.photodesk.core.text.TextCursor;

/**
 * The names pass of a caption reading: the venue, the event and the people shown (see {@link Shown}), from the
 * runs of capitalised words left after the other passes.
 */
final class NamesPass {

    private static final Pattern ROYAL_NAME = Pattern.compile(
            "\\b(?:(?:Prince|Princess|King|Queen) )?(\\p{Lu}\\p{Ll}+), (?:Princess|Prince|Duke|Duchess|Earl|Countess) of \\p{Lu}\\p{Ll}+");
    private static final Pattern ORDINAL = Pattern.compile("^\\d+(?:st|nd|rd|th) ");
    private static final java.util.Set<String> STANDALONE_EVENTS = java.util.Set.of("Wimbledon", "Eurovision",
            "Oktoberfest", "Coachella", "Glastonbury", "Hajj", "Ramadan", "Diwali", "COP28", "COP29", "Olympics",
            "Paralympics", "Oscars", "Grammys");
    private static final String[] ROYAL_WORDS = {"Prince", "Duke", "Duchess", "Earl", "Countess"};

    private final String text;
    private final TextCursor cur;
    private final Gazetteer gaz;
    private final Agencies agencies;
    private final PhotoMetadata iptc;
    private final int datelineEnd;
    String venue;
    String event;

    NamesPass(TextCursor cur, Gazetteer gaz, Agencies agencies, PhotoMetadata iptc, HeaderPass header) {
        this.cur = cur;
        this.text = cur.text();
        this.gaz = gaz;
        this.agencies = agencies;
        this.iptc = iptc;
        this.datelineEnd = header.datelineEnd;
        this.venue = header.venue;
        this.event = header.event;
    }

    void venue(List<Chunk> chunks) {
        Chunk atChunk = null;
        for (Chunk c : chunks) {
            if (cur.isTaken(c.start(), c.end()) || c.possessive()) {
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
            if (!cur.isTaken(c.start(), c.end()) && !c.possessive() && c.start() >= datelineEnd
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
        cur.found("venue", venue, s, e);
        cur.claim(s, e);
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

    void event(List<Chunk> chunks, int headerEnd) {
        for (Chunk c : chunks) {
            if (cur.isTaken(c.start(), c.end()) || c.possessive() || c.start() < datelineEnd || cur.isClaimed(c.start(), c.end())) {
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
                cur.found("event", t, c.wordStarts()[from], c.end());
                cur.claim(c.start(), c.end());
                return;
            }
        }
    }

    /**
     * The people shown, in caption order; {@code photographer} (the credit's) is never one of them, nor a name
     * written against a slash (a credit left in the text).
     */
    List<String> people(List<Chunk> chunks, int start, int end, int firstEnd, String photographer) {
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
        for (Chunk c : chunks) {
            boolean wasFirst = firstChunk;
            firstChunk = false;
            if (cur.isTaken(c.start(), c.end()) || c.start() < datelineEnd || cur.isClaimed(c.start(), c.end())
                    || overlaps(spans, c.start(), c.end())) {
                continue;
            }
            int[] span = person(c, c.start() == Math.max(start, datelineEnd) || (wasFirst && c.start() == start));
            if (span != null && (!shown.shown(span[0], span[1], c.end(), c.possessive(), firstEnd)
                    || againstSlash(span[0], span[1]) || photographer != null
                    && org.photodesk.core.text.Fold.key(photographer).equals(
                            org.photodesk.core.text.Fold.key(text.substring(span[0], span[1]))))) {
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
                cur.found("people", n, spans.get(i)[0], spans.get(i)[1]);
            }
        }
        return out;
    }

    private boolean againstSlash(int s, int e) {
        int a = e;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        int b = s;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        return a < text.length() && text.charAt(a) == '/' || b > 0 && text.charAt(b - 1) == '/';
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
        if (n > 1 && c.word(text, 0).equals("The")) {
            // "The Milky Way", "The Walking Dead": a name with the article is a thing, a work or a body
            return null;
        }
        int i = 0;
        for (int k = n - 2; k > 0; k--) {
            String w = c.word(text, k);
            if (OFFICES.contains(w)) {
                // "West Virginia Gov. Jim Justice", "New York Mayor Eric Adams": the name follows the last title
                i = k + 1;
                break;
            }
        }
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
            if (!nameWord(w, k > i) && !(k == n - 1 && k > i && SURNAME_TITLES.contains(w))) {
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

    /** Offices written between a place and a name ("West Virginia Gov. Jim Justice", "Paris Mayor Anne Hidalgo"). */
    private static final java.util.Set<String> OFFICES = java.util.Set.of("President", "Minister", "Secretary",
            "Chancellor", "Senator", "Sen", "Rep", "Representative", "Gov", "Governor", "Mayor", "Premier",
            "Ambassador", "Commissioner", "Speaker", "Chairman", "Chairwoman");
    /** Title words that are also surnames, allowed as a name's last word ("Jim Justice", "John Major"). */
    private static final java.util.Set<String> SURNAME_TITLES = java.util.Set.of("Justice", "Major", "Bishop",
            "Marshal", "Singer", "Driver", "Pilot", "Player", "Brother", "Chief", "Head");

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

    private boolean anyOf(String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
