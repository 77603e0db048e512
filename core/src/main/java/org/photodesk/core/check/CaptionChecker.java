package org.photodesk.core.check;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.caption.Agencies;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.caption.Credit;
import org.photodesk.core.caption.NameChunks;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem.Span;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.text.DateMentions;

/**
 * Checks a caption the way a desk editor would before publishing: weekday against date, caption date against
 * DateCreated, names spelt differently elsewhere, missing credit/place/date, credit against the Credit and By-line
 * fields, misspelt agencies, AP style (months, double spaces, the period before the credit), number agreement in
 * the first clause, and restrictions or embargoes. Quiet on good captions; every finding is a {@link Problem} on
 * field "caption" with its span and, where there is one, a fix.
 */
public final class CaptionChecker {

    private static final Set<Month> AP_ABBREVIATED = EnumSet.of(Month.JANUARY, Month.FEBRUARY, Month.AUGUST,
            Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
    private static final String[] AP_ABBR = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S) {2,}(?=\\S)");
    private static final Pattern FIRST_WORDS = Pattern.compile("^(?:(A|An|a|an) )?(\\p{L}+)(?: (\\p{L}+))?");
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "bus", "gas", "class", "glass",
            "process", "press", "chess", "mass", "grass", "cross", "boss", "dress", "status", "campus", "virus",
            "census", "canvas", "basis", "crisis", "analysis", "thesis", "axis", "tennis", "physics", "athletics",
            "gymnastics", "politics", "yes", "this", "his", "its", "was", "is", "has", "does", "always", "perhaps",
            "across", "various", "famous", "nervous", "previous", "dangerous", "numerous", "jesus", "lens", "means");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "in", "at", "on", "for", "with", "from", "and",
            "to", "during", "as", "who", "that", "the", "a", "an", "by", "near", "after", "before", "while", "into",
            "onto", "over", "under", "outside", "inside", "or", "but", "are", "were", "have", "had");

    private final Clock clock;
    private final NameBook names;
    private final CaptionParser parser;
    private final Agencies agencies = Agencies.standard();

    /** A checker reading the time from {@code clock} and known names from {@code names}. */
    public CaptionChecker(Clock clock, NameBook names) {
        this(clock, names, new CaptionParser());
    }

    /** A checker with its own parser. */
    public CaptionChecker(Clock clock, NameBook names, CaptionParser parser) {
        this.clock = clock;
        this.names = names == null ? new NameBook() : names;
        this.parser = parser;
    }

    /** Parses and checks {@code caption} with the photo's other fields ({@code iptc} may be empty). */
    public List<Problem> check(String caption, PhotoMetadata iptc) {
        PhotoMetadata m = iptc == null ? PhotoMetadata.EMPTY : iptc;
        String text = caption == null ? "" : caption;
        return check(text, parser.parse(text, m), m);
    }

    /** Checks a caption already parsed. Never throws on odd text. */
    public List<Problem> check(String caption, CaptionParse parse, PhotoMetadata iptc) {
        List<Problem> out = new ArrayList<>();
        if (caption == null || caption.isBlank()) {
            out.add(Problem.inField("caption.empty", "caption", "caption: the caption is empty; write one"));
            return out;
        }
        try {
            weekday(parse, out);
            dateCreated(parse, iptc, out);
            missing(parse, iptc, out);
            creditAgainstFields(parse, iptc, out);
            misspeltAgency(caption, parse, out);
            if ("AP".equals(parse.agency())) {
                apStyle(caption, parse, out);
            }
            agreement(parse, caption, out);
            names(caption, out);
            restrictions(parse, out);
        } catch (RuntimeException e) {
            out.add(Problem.inField("caption.unchecked", "caption",
                    "caption: could not be checked completely (" + e.getClass().getSimpleName() + "); check it by eye"));
        }
        return out;
    }

    private static Problem at(String code, String message, Span span, String fix) {
        return new Problem(code, message, "caption", span, fix);
    }

    private static String day(DayOfWeek d) {
        return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private void weekday(CaptionParse p, List<Problem> out) {
        if (p.date() == null || p.weekdayStated() == null || p.date().getDayOfWeek() == p.weekdayStated()) {
            return;
        }
        Span s = p.find("weekdayStated").map(CaptionParse.Found::span).orElse(null);
        String actual = day(p.date().getDayOfWeek());
        out.add(at("caption.weekday", "caption: weekday '" + day(p.weekdayStated()) + "' does not match "
                + p.date() + ", a " + actual + "; write '" + actual + "' or correct the date", s, actual));
    }

    private void dateCreated(CaptionParse p, PhotoMetadata m, List<Problem> out) {
        if (p.date() == null || m.dateCreated() == null) {
            return;
        }
        LocalDate created = m.dateCreated().date();
        long days = Math.abs(ChronoUnit.DAYS.between(created, p.date()));
        if (days > 1) {
            Span s = p.find("date").map(CaptionParse.Found::span).orElse(null);
            out.add(at("caption.date-mismatch", "caption: date " + p.date() + " is " + days
                    + " days from DateCreated " + created + "; correct whichever is wrong", s, null));
        }
    }

    private void missing(CaptionParse p, PhotoMetadata m, List<Problem> out) {
        if (p.creditLine() == null && m.credit() == null && m.byline().isEmpty()) {
            out.add(Problem.inField("caption.no-credit", "caption",
                    "caption: no credit; add one such as '(AP Photo/Name)' or fill the Credit field"));
        }
        if (p.city() == null && p.country() == null && p.region() == null && p.venue() == null) {
            String where = iptcPlace(m);
            out.add(where == null
                    ? Problem.inField("caption.no-place", "caption",
                            "caption: no place; say where the picture was taken ('in <city>, <country>'); the photo's "
                                    + "City and Country fields are empty too")
                    : new Problem("caption.no-place", "caption: no place; the photo's fields say " + where
                            + ": add '" + where + "' if the picture was taken there", "caption", null, where));
        }
        if (p.date() == null && p.weekdayStated() == null) {
            String when = m.dateCreated() == null ? null : writtenDate(m.dateCreated().date(), p.agency());
            out.add(when == null
                    ? Problem.inField("caption.no-date", "caption",
                            "caption: no date; say when the picture was taken (weekday, month, day and year); the "
                                    + "photo has no Date Created either")
                    : new Problem("caption.no-date", "caption: no date; the photo was taken " + when
                            + " (Date Created): add it", "caption", null, when));
        }
    }

    /** "in Lyon, France" from the photo's City and Country fields, or null when both are empty. */
    private static String iptcPlace(PhotoMetadata m) {
        String city = blankToNull(m.city());
        String country = blankToNull(m.country());
        if (city == null && country == null) {
            return null;
        }
        return "in " + (city == null ? country : country == null ? city : city + ", " + country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A date written the agency's way: AP "Sunday, Aug. 11, 2024", others "August 11, 2024". */
    static String writtenDate(LocalDate d, String agency) {
        String weekday = day(d.getDayOfWeek());
        if ("AP".equals(agency)) {
            return weekday + ", " + AP_ABBR[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
        String month = d.getMonth().name().charAt(0) + d.getMonth().name().substring(1).toLowerCase(Locale.ROOT);
        return month + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private void creditAgainstFields(CaptionParse p, PhotoMetadata m, List<Problem> out) {
        if (p.agency() != null && m.credit() != null) {
            String fieldAgency = Credit.parse(m.credit()).agency();
            if (fieldAgency != null && !fieldAgency.equals(p.agency()) && !fieldAgency.equals(p.distributor())) {
                out.add(at("caption.credit-mismatch", "caption: credit names " + p.agency()
                        + " but the Credit field says '" + m.credit() + "'; make them agree", span(p, "agency"), null));
            }
        }
        if (p.photographer() != null && !m.byline().isEmpty()) {
            String want = NameBook.fold(p.photographer());
            boolean any = m.byline().stream().map(b -> Credit.parse(b).photographer())
                    .anyMatch(b -> b != null && NameBook.fold(b).equals(want));
            if (!any) {
                out.add(at("caption.byline-mismatch", "caption: credit names '" + p.photographer()
                        + "' but the By-line field says '" + String.join("; ", m.byline()) + "'; make them agree",
                        span(p, "photographer"), null));
            }
        }
    }

    private static Span span(CaptionParse p, String field) {
        return p.find(field).map(CaptionParse.Found::span).orElse(null);
    }

    private void misspeltAgency(String caption, CaptionParse p, List<Problem> out) {
        p.find("agency").ifPresent(f -> {
            String printed = f.span().of(caption);
            if (agencies.find(printed).isEmpty()) {
                agencies.findMisspelt(printed).ifPresent(a -> out.add(at("caption.agency-misspelt",
                        "caption: agency '" + printed + "' is misspelt; write '" + a.creditForm() + "'", f.span(),
                        a.creditForm())));
            }
        });
    }

    private void apStyle(String caption, CaptionParse p, List<Problem> out) {
        for (var d : DateMentions.find(caption, 0, caption.length())) {
            if (d.monthText().chars().noneMatch(Character::isLowerCase)) {
                continue;
            }
            String want = AP_ABBR[d.month().getValue() - 1];
            String got = d.monthText();
            if (!got.equals(want) && !Character.isDigit(got.charAt(0))) {
                Span s = new Span(d.monthStart(), d.monthStart() + got.length());
                String why = AP_ABBREVIATED.contains(d.month())
                        ? "is abbreviated '" + want + "' before a day in AP style"
                        : "is never abbreviated in AP style; write '" + want + "'";
                out.add(at("caption.ap-month", "caption: month '" + got + "' " + why, s, want));
            }
        }
        Matcher ds = DOUBLE_SPACE.matcher(caption);
        while (ds.find()) {
            out.add(at("caption.double-space", "caption: double space at character " + ds.start()
                    + "; use one space", new Span(ds.start(), ds.end()), " "));
        }
        periodBeforeCredit(caption, p, out);
    }

    private void periodBeforeCredit(String caption, CaptionParse p, List<Problem> out) {
        var credit = p.creditLine();
        if (credit == null) {
            return;
        }
        int cs = caption.lastIndexOf(credit);
        if (cs <= 0 || caption.substring(0, cs).isBlank()) {
            return;
        }
        int e = cs;
        while (e > 0 && caption.charAt(e - 1) == ' ') {
            e--;
        }
        char last = caption.charAt(e - 1);
        if (last != '.' && last != '!' && last != '?' && last != ')' && last != '"') {
            out.add(at("caption.period-before-credit", "caption: no period before the credit '" + credit
                    + "'; end the sentence with '.'", new Span(e, cs), ". "));
        } else if (e == cs) {
            out.add(at("caption.space-before-credit", "caption: no space before the credit '" + credit
                    + "'; add one", new Span(e, cs), " "));
        }
    }

    private void agreement(CaptionParse p, String caption, List<Problem> out) {
        String body = p.body();
        int offset = caption.indexOf(body);
        if (body.isEmpty() || offset < 0) {
            return;
        }
        Matcher m = FIRST_WORDS.matcher(body);
        if (!m.lookingAt() || m.group(3) == null) {
            return;
        }
        String w1 = m.group(2);
        String w2 = m.group(3);
        Span s = new Span(offset + m.start(), offset + m.end());
        if (m.group(1) != null) {
            if (plural(w1) && !w2.endsWith("s") && Character.isLowerCase(w2.charAt(0))
                    && !FUNCTION_WORDS.contains(w2)) {
                String fix = Character.toUpperCase(w1.charAt(0)) + w1.substring(1) + " " + w2;
                out.add(at("caption.agreement-article", "caption: '" + m.group(1) + " " + w1
                        + "' pairs a singular article with a plural noun; write '" + fix + "'", s, fix));
            }
            return;
        }
        if (Character.isUpperCase(w1.charAt(0)) && pluralNoun(w1) && Character.isLowerCase(w2.charAt(0))
                && singularVerb(w2)) {
            String fix = w1 + " " + w2.substring(0, w2.length() - (w2.endsWith("es") && sibilant(w2) ? 2 : 1));
            out.add(at("caption.agreement-verb", "caption: plural subject '" + w1 + "' with singular verb '" + w2
                    + "'; write '" + fix + "'", s, fix));
        }
    }

    private static boolean plural(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is")
                && !l.endsWith("'s") && !NOT_PLURAL.contains(l);
    }

    private static boolean pluralNoun(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return plural(w) && (l.endsWith("ers") || l.endsWith("ists") || l.endsWith("ants") || l.endsWith("ents")
                || l.endsWith("ors") || l.endsWith("ians") || l.endsWith("tes") || l.endsWith("ans") || l.endsWith("ees")
                || l.endsWith("fans") || l.endsWith("people") || l.endsWith("ies") || l.endsWith("ches")
                || l.endsWith("ns") || l.endsWith("ts") || l.endsWith("rs"));
    }

    private static boolean singularVerb(String w) {
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !NOT_PLURAL.contains(w)
                || w.equals("is") || w.equals("was") || w.equals("has");
    }

    private static boolean sibilant(String w) {
        return w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses") || w.endsWith("zes");
    }

    private void names(String caption, List<Problem> out) {
        for (int[] s : NameChunks.nameSpans(caption)) {
            String name = caption.substring(s[0], s[1]);
            names.suggest(name).ifPresent(sug -> out.add(at(
                    sug.diacriticsOnly() ? "caption.name-diacritics" : "caption.name-variant",
                    "caption: '" + name + "' is written '" + sug.known() + "' elsewhere"
                            + (sug.diacriticsOnly() ? " (diacritics)" : "") + "; check the spelling",
                    new Span(s[0], s[1]), sug.known())));
        }
    }

    private void restrictions(CaptionParse p, List<Problem> out) {
        var now = clock.instant();
        for (String r : p.restrictions()) {
            Span s = p.findAll("restrictions").stream().filter(f -> f.value().equals(r)).findFirst()
                    .map(CaptionParse.Found::span).orElse(null);
            if (r.startsWith("EMBARGO") || r.startsWith("HOLD FOR RELEASE")) {
                var until = p.embargoUntil() != null ? p.embargoUntil() : CaptionParser.embargo(r);
                if (until == null || until.isAfter(now)) {
                    out.add(at("caption.embargoed", "caption: embargoed" + (until == null ? "" : " until " + until)
                            + " ('" + r + "'); do not publish before then", s, null));
                }
                continue;
            }
            out.add(at("caption.restricted", "caption: usage restricted ('" + r
                    + "'); check the terms before publishing", s, null));
        }
    }
}
