package org.photodesk.core.caption;

import java.util.regex.Matcher;
import org.photodesk.core.text.DateMentions.DateMention;
import org.photodesk.core.text.DateMentions;
import org.photodesk.core.text.TextCursor;

/**
 * The header pass of a caption reading: a Getty or ANP dateline ("PARIS, FRANCE - AUGUST 11:") and the Reuters
 * slug ("Event - Sport - Venue, City, Country - Date"), with the place, venue and event they state.
 */
final class HeaderPass {

    /** EPA's dateline: "Metochi (Greece), 23/07/2023.- ", "KYIV (UKRAINE), 12 MARCH 2024.- ". */
    private static final java.util.regex.Pattern EPA_DATELINE = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{L}'. -]{0,60}?) \\((\\p{Lu}[\\p{L}'. -]{1,40})\\), [^.\\n]{6,30}?\\.?\\s?[-\u2013]\\s+");

    /**
     * A wire story's dateline before a caption: "SAINT-DENIS, France (AP) — ", "KYIV, Ukraine (Reuters) - ": the city
     * in capitals, a state or country, and the agency in brackets before a dash (AP Stylebook, "datelines").
     */
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{Lu} .'\\-]{1,40}?)(?:, (\\p{Lu}[\\p{L}.'\\- ]{1,30}?))? \\(([A-Za-z][A-Za-z -]{1,20})\\) ?[-\u2013\u2014]{1,2}\\s*");

    private final String text;
    private final TextCursor cur;
    private final Gazetteer gaz;
    private final DatePass dates;
    Place place;
    String venue;
    String event;
    int datelineEnd = -1;

    HeaderPass(TextCursor cur, Gazetteer gaz, DatePass dates) {
        this.cur = cur;
        this.text = cur.text();
        this.gaz = gaz;
        this.dates = dates;
    }

    void dateline(int start, int end) {
        findDateline(start, end);
        if (datelineEnd > start) {
            cur.found("dateline", text.substring(start, datelineEnd).strip(), start, datelineEnd);
        }
    }

    private void findDateline(int start, int end) {
        if (wireDateline(start, end) || labelledPlace(start, end)) {
            return;
        }
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
        Matcher epa = EPA_DATELINE.matcher(text).region(start, end);
        if (epa.lookingAt()) {
            Place p = resolve(new String[] {epa.group(1), epa.group(2)}, new int[] {epa.start(1), epa.start(2)},
                    new int[] {epa.end(1), epa.end(2)});
            String city = NameCase.isAllCaps(epa.group(1).replace(" ", "")) ? NameCase.fix(epa.group(1)) : epa.group(1);
            place = p != null ? p : new Place(city, null, null, null, epa.start(1), epa.end(2), epa.end(1));
            datelineEnd = epa.end();
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

    /** "SAINT-DENIS, France (AP) — ": a wire dateline naming a known agency; its place is the header's place. */
    private boolean wireDateline(int start, int end) {
        Matcher w = WIRE_DATELINE.matcher(text).region(start, end);
        if (!w.lookingAt() || !NameCase.isAllCaps(w.group(1).replaceAll("[ .'\\-]", ""))
                || Agencies.standard().find(w.group(3)).isEmpty()) {
            return false;
        }
        Place p = w.group(2) == null ? resolve(new String[] {w.group(1)}, new int[] {w.start(1)}, new int[] {w.end(1)})
                : resolve(new String[] {w.group(1), w.group(2)}, new int[] {w.start(1), w.start(2)},
                        new int[] {w.end(1), w.end(2)});
        place = p != null ? p : new Place(NameCase.fix(w.group(1)), null, null, null, w.start(1), w.end(1), w.end(1));
        datelineEnd = w.end();
        return true;
    }

    /**
     * A gallery's place label after its credit and bar ("Jane Roe/AP Feb. 7 | Hatay, Turkey Rescuers carry..."):
     * "City, Country" opening the text, the country read from the gazetteer, a capitalised sentence right after.
     */
    private boolean labelledPlace(int start, int end) {
        int b = start;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0 || text.charAt(b - 1) != '|') {
            return false;
        }
        int comma = text.indexOf(", ", start);
        if (comma < 0 || comma - start > 40 || comma >= end) {
            return false;
        }
        int cs = comma + 2;
        int we = cs;
        for (int words = 0; words < 3 && we < end; words++) {
            int sp = text.indexOf(' ', we);
            if (sp < 0 || sp >= end) {
                return false;
            }
            String country = text.substring(cs, sp).replaceAll("[,:]$", "");
            if (gaz.country(country).isPresent() && sp + 1 < end && Character.isUpperCase(text.charAt(sp + 1))) {
                Place p = resolve(new String[] {text.substring(start, comma), country}, new int[] {start, cs},
                        new int[] {comma, cs + country.length()});
                if (p == null || p.city() == null) {
                    return false;
                }
                place = p;
                datelineEnd = sp + 1;
                return true;
            }
            we = sp + 1;
        }
        return false;
    }

    int reutersHeader(int start, int end) {
        DateMention d = null;
        for (DateMention x : dates.dates(start)) {
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
        cur.found("event", event, starts[ev], starts[ev] + parts[ev].length());
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
                cur.found("venue", venue, lastStart, lastStart + venue.length());
                cur.claim(lastStart, lastStart + venue.length());
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
}
