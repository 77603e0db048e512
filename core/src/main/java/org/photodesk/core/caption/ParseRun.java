package org.photodesk.core.caption;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.photodesk.core.caption.CaptionParse.Found;
import org.photodesk.core.caption.NameChunks.Chunk;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem.Span;
import org.photodesk.core.text.DateMentions.DateMention;
import org.photodesk.core.text.DateMentions;
import org.photodesk.core.text.Geo;
import org.photodesk.core.text.TextCursor;

/**
 * One reading of one caption, pass by pass over one {@link TextCursor}: marks (flags, restrictions, trailers),
 * credits, the header (dateline, Reuters slug), the date, the place ({@link PlaceFinder}), then venue, event and
 * people ({@link NamesPass}). Each pass takes the spans it reads, so later passes skip them; used once by
 * {@link CaptionParser}.
 */
final class ParseRun {

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /**
     * How much of a caption's body the date, place, venue, event and people passes read: an IPTC caption holds at
     * most 2,000 bytes and real captions with a background paragraph stay under 5,000 characters, so the facts of
     * a longer text (an article pasted into the field) are in its opening. Cleaning, marks and credits read the
     * whole text; this bound keeps the rest of a hostile megabyte as cheap as a long caption.
     */
    static final int READ_LIMIT = 20_000;

    private final String text;
    private final PhotoMetadata iptc;
    private final Gazetteer gaz;
    private final Agencies agencies;
    private final TextCursor cur;

    ParseRun(String text, PhotoMetadata iptc, Gazetteer gaz, Agencies agencies) {
        this.text = text;
        this.iptc = iptc;
        this.gaz = gaz;
        this.agencies = agencies;
        this.cur = new TextCursor(text);
    }

    CaptionParse run() {
        MarksPass marks = new MarksPass(cur, gaz);
        marks.run();
        CreditPass credits = new CreditPass(cur, agencies);
        int start = credits.leading();
        int end = Math.max(start, credits.trailing(start));
        int read = Math.min(end, start + READ_LIMIT);
        DatePass dates = new DatePass(text, iptc, marks);
        HeaderPass header = new HeaderPass(cur, gaz, dates);
        header.dateline(start, read);
        int headerEnd = header.reutersHeader(start, read);
        int headerBodyStart = -1;
        if (headerEnd > 0) {
            int dot = text.indexOf(". ", headerEnd);
            headerBodyStart = dot > 0 && dot < read ? dot + 2 : -1;
        }
        DateMention dm = dates.chooseDate(start, read);
        LocalDate date = dm == null ? null : dm.dateOr(dates.fallbackYear(start, read));
        DayOfWeek weekday = dm == null ? null : dm.weekday();
        if (date != null) {
            cur.found("date", date.toString(), dm.start(), dm.end());
        }
        if (weekday != null) {
            cur.found("weekdayStated", name(weekday), dm.weekdayStart(), dm.weekdayEnd());
        }
        if (weekday == null && date == null) {
            int[] w = DateMentions.findWeekday(text, start, read);
            if (w != null) {
                weekday = DateMentions.weekday(text.substring(w[0], w[1]));
                cur.found("weekdayStated", name(weekday), w[0], w[1]);
            }
        }
        int bodyStart = Math.max(start, header.datelineEnd);
        Place place = place(header.place, bodyStart, read, dm == null ? -1 : dm.start());
        List<Chunk> chunks = NameChunks.scan(text, start, read);
        NamesPass names = new NamesPass(cur, gaz, agencies, iptc, header);
        if (names.venue == null) {
            names.venue(chunks);
        }
        if (names.event == null) {
            names.event(chunks, headerEnd);
        }
        int firstEnd = firstSentenceEnd(text, Math.max(bodyStart, headerBodyStart), read);
        List<String> people = names.people(chunks, start, read, firstEnd, credits.photographer);
        List<Found> found = cur.found().stream().sorted(Comparator.comparingInt(TextCursor.Found::start))
                .map(f -> new Found(f.field(), f.value(), new Span(f.start(), f.end()))).toList();
        return new CaptionParse(credits.supplier(), credits.photographer,
                credits.creditStart < 0 ? null : text.substring(credits.creditStart, credits.creditEnd),
                credits.distributor, credits.collection, place == null ? null : place.city(),
                place == null ? null : place.region(), place == null ? null : place.country(),
                place == null ? null : place.countryCode(), names.venue, date, weekday, names.event, people,
                marks.restrictions, marks.embargoUntil, marks.flags, body(start, end), found);
    }

    private static String name(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The place: the header's when it names a city, else the best phrase of the running text. */
    private Place place(Place header, int from, int end, int dateStart) {
        Place found = new PlaceFinder(gaz, Geo.standard()).find(text, from, end, dateStart,
                firstSentenceEnd(text, from, end));
        Place place = header;
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
                cur.found("city", place.city(), place.start(), place.cityEnd() > 0 ? place.cityEnd() : place.end());
            }
            cur.found("region", place.region(), place.start(), place.end());
            cur.found("country", place.country(), place.start(), place.end());
        }
        return place;
    }

    private static Place merge(Place found, Place header) {
        return found.country() != null || header.country() == null ? found
                : new Place(found.city(), found.region(), header.country(), header.countryCode(), found.start(),
                        found.end(), found.cityEnd());
    }

    /** The end of the first sentence after {@code from}: a period, a space and a capital, not after an abbreviation. */
    static int firstSentenceEnd(String text, int from, int end) {
        for (int i = Math.max(0, from); i < end - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !abbreviationBefore(text, i)) {
                return i;
            }
        }
        return end;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        if (dot > 0 && Character.isDigit(text.charAt(dot - 1))) {
            return false;
        }
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return dot - s <= 1 || (s > 0 && text.charAt(s - 1) == '.')
                || org.photodesk.core.text.Abbreviations.isAbbreviation(text.substring(s, dot));
    }

    /** The caption between its credits, without the spans cut by the passes, spaces collapsed. */
    private String body(int start, int end) {
        StringBuilder b = new StringBuilder(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            if (!cur.takenAt(i)) {
                b.append(text.charAt(i));
            }
        }
        String s = SPACES.matcher(b).replaceAll(" ").strip();
        while (!s.isEmpty() && (s.endsWith("-") || s.endsWith(":") || s.endsWith(",") || s.endsWith("\u2013"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
