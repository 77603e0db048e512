package org.photodesk.core.caption;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes one credit string apart into a {@link Credit}; used only by {@link Credit#parse(String)}. */
final class CreditBuilder {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:©|\\(c\\)|copyright\\b\\s*(?:©|\\(c\\))?|photo credit should read\\s*:?|photo credit\\s*:|"
                    + "photographs? by|photo by|picture by|pictures by|image by|photo\\s*:|credit\\s*:|by\\s+(?=\\p{Lu}))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VIA = Pattern.compile("(?:^|\\s+)via\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^\\s*(?:19|20)\\d\\d\\s*");
    private static final Pattern SPACE_AGENCY = Pattern.compile(
            "^(ANP|AFP PHOTO|AFP|BELGA PHOTO|BELGA|EPA-EFE|EPA|KCNA|ANSA|DPA|TASS)\\s+(\\p{Lu}[\\p{Lu}'\\- ]+)$");

    private final String text;
    private final Agencies agencies = Agencies.standard();
    private String agency;
    private String agencyPrinted;
    private int agencyAt = -1;
    private String photographer;
    private int photographerAt = -1;
    private int photographerLength;
    private String distributor;
    private String collection;
    private String source;
    private boolean junk;
    private boolean marked;

    CreditBuilder(String text) {
        this.text = text;
    }

    Credit build() {
        int start = 0;
        Matcher m = MARKER.matcher(text);
        if (m.find()) {
            marked = m.end() > 0;
            start = m.end();
            Matcher y = YEAR.matcher(text).region(start, text.length());
            if (marked && y.lookingAt()) {
                start = y.end();
            }
        }
        int end = text.length();
        while (end > start && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        splitSlashes(start, end);
        if (agency == null && distributor != null) {
            agency = distributor;
        }
        return new Credit(agency, agencyPrinted, agencyAt, photographer, photographerAt, photographerLength,
                distributor, collection, source, junk, marked);
    }

    private void splitSlashes(int start, int end) {
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '/') {
                segment(s, i);
                s = i + 1;
            }
        }
    }

    private void segment(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '.')) {
            to--;
        }
        if (from >= to) {
            return;
        }
        String seg = text.substring(from, to);
        Matcher via = VIA.matcher(seg);
        if (via.find()) {
            String dist = seg.substring(via.end()).strip();
            distributor = agencies.normalise(dist).orElse(dist);

            to = from + via.start();
            seg = seg.substring(0, via.start());
        }
        int comma = seg.lastIndexOf(',');
        if (comma > 0) {
            String tail = seg.substring(comma + 1).strip();
            if (collectionWord(tail)) {
                to = from + comma;
                seg = seg.substring(0, comma);
            }
        }
        classify(seg.strip(), from);
    }

    private boolean collectionWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        switch (l) {
            case "pool", "pool photo" -> collection = "Pool";
            case "file", "file photo" -> collection = "File";
            case "handout", "ho", "handout photo" -> {
                collection = "Handout";
                junk = true;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void classify(String seg, int at) {
        if (seg.isEmpty() || collectionWord(seg)) {
            return;
        }
        var known = agencies.find(seg);
        if (known.isPresent()) {
            setAgency(known.get().name(), seg, at);
            return;
        }
        Matcher sp = SPACE_AGENCY.matcher(seg);
        if (sp.matches()) {
            setAgency(agencies.normalise(sp.group(1)).orElse(sp.group(1)), sp.group(1), at);
            person(sp.group(2), at + sp.start(2));
            return;
        }
        if (Credit.isJunk(seg)) {
            junk = true;
            return;
        }
        var misspelt = agencies.findMisspelt(seg);
        if (misspelt.isPresent() && seg.indexOf(' ') < 0) {
            setAgency(misspelt.get().name(), seg, at);
            return;
        }
        int dash = seg.indexOf(" - ");
        if (dash > 0) {
            person(seg.substring(0, dash).strip(), at);
            return;
        }
        if (seg.toLowerCase(Locale.ROOT).endsWith(" handout")) {
            collection = "Handout";
            junk = true;
        }
        if (Credit.looksLikeOrganisation(seg)) {
            source = source == null ? seg : source;
            return;
        }
        person(seg, at);
    }

    private void setAgency(String name, String printed, int at) {
        if (agency == null) {
            agency = name;
            agencyPrinted = printed;
            agencyAt = at;
        } else if (distributor == null && !agency.equals(name)) {
            distributor = name;
        }
    }

    private void person(String seg, int at) {
        if (photographer != null || !looksLikeName(seg)) {
            return;
        }
        photographer = NameCase.fix(seg);
        photographerAt = at;
        photographerLength = seg.length();
    }

    private static boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > 60) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.' && c != '\u2019') {
                return false;
            }
        }
        return words <= 6 && Character.isUpperCase(s.codePointAt(0)) || s.equals(s.toLowerCase(Locale.ROOT));
    }
}
