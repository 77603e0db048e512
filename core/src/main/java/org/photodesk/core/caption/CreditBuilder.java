package org.photodesk.core.caption;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Takes one credit string apart into a {@link Credit}; used only by {@link Credit#parse(String)}. */
final class CreditBuilder {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:©|\\(c\\)|copyright\\b\\s*(?:©|\\(c\\))?|photo credit should read\\s*:?|photo credit\\s*:?|"
                    + "photo and \\p{L}+ by|image credit\\s*:|foto\\s*:|beeld\\s+(?=\\p{Lu})|photos by|photos\\s*:|(?:photo )?courtesy(?: of)?\\s+(?=\\p{Lu}|the\\b)|image\\s*:|photo\\s*/|photographs? by|photographed by|photo by|picture by|pictures by|image by|photo\\s*:|picture\\s*:|credit\\s*:|image copyright|photograph\\s*:|"
                    + "quelle\\s*:|#apphoto|by\\s+(?=\\p{Lu}))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PICTURE_SERVICE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2} Photos?");
    private static final Pattern COLLECTION_PREFIX = Pattern.compile("\\s*(file photo|file|pool|handout)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
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
    private boolean handout;
    /** The order of the segment that says "Handout", or -1. */
    private int handoutOrder = -1;
    private int order;
    private int viaOrder = Integer.MAX_VALUE;
    private String viaDistributor;
    /** The outlet printed before the photographer and a comma ("Example Shimbun, Jane Roe"), or null. */
    private Mark outletOfPerson;
    private final java.util.List<Mark> marks = new java.util.ArrayList<>();

    /** Something a credit segment names, in credit order: an agency, a person or another source. */
    private record Mark(char kind, String name, String printed, int at, int order, boolean agencyLike) {}

    /** Words of news outlets and offices that supply a wire with pictures ("Example Shimbun", "Example TV"). */
    private static final java.util.Set<String> OUTLET_WORDS = java.util.Set.of("shimbun", "ilbo", "nippo", "news",
            "times", "daily", "press", "tv", "agency", "ministry", "handout", "herald", "gazette", "post", "tribune",
            "journal", "telegraph", "chronicle", "courier", "newspaper", "magazine", "radio", "television",
            "broadcasting", "broadcaster", "network", "zeitung", "dagblad", "gazeta", "diario", "giornale",
            "corriere", "wire", "media", "service", "office");
    private static final java.util.Set<String> MAJORS = java.util.Set.of("AP", "Reuters", "AFP", "Getty Images",
            "EPA");
    private static final java.util.Set<String> AGENCY_WORDS = java.util.Set.of("media", "images", "pictures",
            "pix", "photos", "foto", "fotos", "agency", "agence", "agencia", "agenzia", "agencja", "news", "wire",
            "sports", "scanpix", "network", "features", "assignments", "photography");

    /** Whether the text stands where credits stand (a bracket or a line closing the caption). */
    private final boolean closing;

    CreditBuilder(String text) {
        this(text, false);
    }

    CreditBuilder(String text, boolean closing) {
        this.text = text;
        this.closing = closing;
    }

    Credit build() {
        int start = 0;
        Matcher f = COLLECTION_PREFIX.matcher(text);
        if (f.lookingAt()) {
            // "[File: Jane Roe/Reuters]", "(Pool: REUTERS/Jane Roe)": the collection named before the credit
            collectionWord(f.group(1).strip());
            start = f.end();
        }
        Matcher m = MARKER.matcher(text).region(start, text.length());
        if (m.find()) {
            marked = m.end() > 0;
            start = m.end();
            if (m.group().toLowerCase(Locale.ROOT).contains("#apphoto")) {
                setAgency("AP", m.group().strip(), m.start());
            }
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
        decide();
        if (agency == null && distributor != null) {
            agency = distributor;
        }
        return new Credit(agency, agencyPrinted, agencyAt, photographer, photographerAt, photographerLength,
                distributor, collection, source, junk, marked);
    }

    /**
     * The originating agency, by the convention of shared/real: the agency (or agency-like source) right after the
     * photographer, else the last one before; without a photographer, the first partner agency, else the last
     * agency; a handout from a source that is not an agency belongs to that source; "via X" names the distributor.
     */
    private void decide() {
        java.util.List<Mark> group = marks.stream().filter(m -> m.order() < viaOrder).toList();
        int person = -1;
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).kind() == 'P') {
                person = i;
                break;
            }
        }
        Mark orig = outletOfPerson != null && outletOfPerson.order() < viaOrder ? outletOfPerson : null;
        if (orig != null) {
            // the outlet before "Jane Roe" and a comma, read in classify
        } else if (person >= 0) {
            // "Sputnik/Jane Roe/Kremlin via REUTERS": a partner agency printed first made the picture; a wire printed
            // first ("REUTERS/Jane Roe/NASA") only moved it
            boolean agencyFirst = group.subList(0, person).stream()
                    .anyMatch(m -> agencyLike(m) && !MAJORS.contains(m.name()));
            if (!agencyFirst && person + 1 < group.size() && group.get(person + 1).kind() == 'S'
                    && organisation(group.get(person + 1).name()) && !ownCollection(group, person + 1)) {
                // "Bill Ingalls/NASA/Reuters": the body right after the photographer made the picture
                orig = group.get(person + 1);
            }
            if (!agencyFirst && orig == null && partnerBeforeWire(group, person)) {
                // "Jane Roe/Corbis/Getty Images", "Jane Roe/MB Media/Getty Images": the partner printed between the
                // photographer and the wire that closes the credit made the picture; the wire distributes it
                orig = group.get(person + 1);
            }
            for (int i = person + 1; i < group.size() && orig == null; i++) {
                if (agencyLike(group.get(i))) {
                    orig = partnerAfterWire(group, i);
                }
            }
            for (int i = person - 1; i >= 0 && orig == null; i--) {
                if (agencyLike(group.get(i))) {
                    orig = group.get(i);
                }
            }
        } else {
            for (Mark m : group) {
                // "REUTERS/Kyodo", "Reuters/US Navy": the partner or body a wire credits made the picture
                if (orig == null && (agencyLike(m) || m.kind() == 'S' && organisation(m.name()))
                        && !MAJORS.contains(m.name())) {
                    orig = m;
                }
            }
            for (Mark m : group) {
                // "AFP/Getty Images": Getty Images distributes the agency printed before it
                boolean distributes = orig != null && m.name().equals("Getty Images");
                if (orig == null || !distributes && MAJORS.contains(orig.name()) && m.kind() == 'A'
                        && MAJORS.contains(m.name())) {
                    orig = agencyLike(m) ? m : orig;
                }
            }
        }
        if (handout && person >= 0 && (orig == null || MAJORS.contains(orig.name()))
                && handedOutBy(group, person)) {
            // "Maxar Technologies/Handout via REUTERS", "Sana/Handout via REUTERS": the name printed right before
            // "Handout" is the body that handed the picture out, not a photographer (handouts credit no person)
            Mark p = group.get(person);
            orig = new Mark('S', p.name(), p.printed(), p.at(), p.order(), true);
            photographer = null;
            photographerAt = -1;
            photographerLength = 0;
            source = source == null ? p.printed() : source;
        }
        if (handout && (orig == null || MAJORS.contains(orig.name()))) {
            for (Mark m : group) {
                if (m.kind() == 'S') {
                    orig = m;
                    break;
                }
            }
        }
        if (orig == null) {
            orig = firstSource(group, person);
        }
        String firstMajor = null;
        for (Mark m : marks) {
            if (m.kind() == 'A' && (orig == null || !m.name().equals(orig.name())) && firstMajor == null) {
                firstMajor = m.name();
            }
        }
        if (orig != null) {
            agency = orig.name();
            agencyPrinted = orig.printed();
            agencyAt = orig.at();
        } else {
            agency = null;
        }
        distributor = viaDistributor != null && !viaDistributor.equals(agency) ? viaDistributor
                : firstMajor != null && !firstMajor.equals(agency) ? firstMajor : null;
        if (viaDistributor != null && viaDistributor.equals(agency)) {
            distributor = viaDistributor;
        }
    }

    /**
     * The supplier when no agency is named: the source right after the photographer ("Jane Roe/Perimeter Books"),
     * else the nearest before; without a photographer the first source ("Photo by NASA"). An unmarked credit's
     * source must look like an organisation, so that "(Fall/Winter 2023)" is not a credit.
     */
    private Mark firstSource(java.util.List<Mark> group, int person) {
        Mark before = null;
        for (int i = 0; i < group.size(); i++) {
            Mark m = group.get(i);
            boolean beforeVia = m.order() == viaOrder - 1;
            boolean afterFullName = closing && person >= 0 && i > person
                    && group.get(person).name().indexOf(' ') > 0;
            if (m.kind() != 'S' || !(marked || beforeVia || afterFullName || m.agencyLike() || organisation(m.name()))) {
                continue;
            }
            if (person < 0 || i > person) {
                return m;
            }
            before = m;
        }
        return before;
    }

    /**
     * Whether the credit reads photographer, one source, then a major wire closing it ("Jane Roe/Corbis/Getty
     * Images"), the source being one word or agency-like (not a second photographer) and not the wire's own
     * collection ("Hulton Archive", "WireImage" for Getty Images, from agencies.tsv).
     */
    private boolean partnerBeforeWire(java.util.List<Mark> group, int person) {
        if (person + 2 != group.size() - 1) {
            return false;
        }
        Mark src = group.get(person + 1);
        Mark wire = group.get(person + 2);
        return src.kind() == 'S' && wire.kind() == 'A' && MAJORS.contains(wire.name())
                && (src.name().indexOf(' ') < 0 || src.agencyLike() || organisation(src.name()))
                && !agencies.isCollectionOf(src.name(), wire.name());
    }

    /**
     * Whether the person at {@code person} is the only name of a handout credit and stands right before "Handout"
     * ("[REUTERS/]Example Labs/Handout via ..."), with no other source or partner printed.
     */
    private boolean handedOutBy(java.util.List<Mark> group, int person) {
        if (handoutOrder < 0 || group.get(person).order() != handoutOrder - 1) {
            return false;
        }
        for (Mark m : group) {
            if (m.kind() == 'S' || m.kind() == 'A' && !MAJORS.contains(m.name())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The agency that made the picture when the wire at {@code i} follows the photographer: a national agency printed
     * right after the wire ("Jane Roe/AP Photo/PA Wire", "Jane Roe/AP Photo/Keystone": the wire moved a partner's
     * picture, as "REUTERS/Jane Roe/NTB Scanpix" does), unless it is a library reselling the wire's picture ("Jane
     * Roe/EPA-EFE/Shutterstock") or the wire's own joint credit ("EPA/EFE"); else the wire itself.
     */
    private Mark partnerAfterWire(java.util.List<Mark> group, int i) {
        Mark wire = group.get(i);
        if (i + 1 >= group.size() || wire.kind() != 'A' || !MAJORS.contains(wire.name())) {
            return wire;
        }
        Mark next = group.get(i + 1);
        boolean joint = agencies.find(wire.printed() + "/" + next.printed()).map(a -> a.name().equals(wire.name()))
                .orElse(false);
        return next.kind() == 'A' && !MAJORS.contains(next.name()) && !agencies.isDistributor(next.name()) && !joint
                ? next : wire;
    }

    /** Whether the mark at {@code i} is a collection of the agency printed right after it ("Hulton Archive"). */
    private boolean ownCollection(java.util.List<Mark> group, int i) {
        return i + 1 < group.size() && agencies.isCollectionOf(group.get(i).name(), group.get(i + 1).name());
    }

    private static boolean organisation(String name) {
        return Credit.looksLikeOrganisation(name) || agencyWords(name) || name.startsWith("The ")
                || name.chars().anyMatch(Character::isDigit);
    }

    private static boolean agencyLike(Mark m) {
        return m.kind() == 'A' || m.kind() == 'S' && m.agencyLike();
    }

    private static boolean agencyWords(String seg) {
        for (String w : seg.toLowerCase(Locale.ROOT).split("[\\s,/.()-]+")) {
            if (AGENCY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
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
        String viaName = null;
        int viaNameAt = -1;
        if (via.find()) {
            String dist = seg.substring(via.end()).strip();
            int named = agencyThenName(dist);
            if (named > 0) {
                // "KABC-TV via AP Jane Roe": the wire, then the photographer of the station's picture
                viaName = dist.substring(named).strip();
                viaNameAt = from + seg.indexOf(viaName, via.end());
                dist = dist.substring(0, named).strip();
            }
            viaDistributor = agencies.normalise(dist).orElse(dist);
            viaOrder = order + 2;

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
        if (viaName != null) {
            person(viaName, viaNameAt);
        }
    }

    /**
     * Where the name after a known agency starts in {@code dist} ("AP Jane Roe" gives 3), or -1 when {@code dist} is
     * not one to three words of a known agency followed by a person's two to four capitalised words.
     */
    private int agencyThenName(String dist) {
        String[] w = dist.split(" ");
        for (int k = Math.min(3, w.length - 2); k >= 1; k--) {
            String ag = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (agencies.find(ag).isPresent() && w.length - k <= 4 && looksLikeName(rest)
                    && Character.isUpperCase(rest.charAt(0)) && !notAPerson(rest)) {
                return ag.length() + 1;
            }
        }
        return -1;
    }

    private boolean collectionWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        switch (l) {
            case "pool", "pool photo" -> collection = "Pool";
            case "file", "file photo" -> collection = "File";
            case "handout", "ho", "handout photo" -> {
                collection = "Handout";
                junk = true;
                handout = true;
                handoutOrder = order;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void classify(String seg, int at) {
        order++;
        if (seg.isEmpty() || collectionWord(seg)) {
            return;
        }
        String lower = seg.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" pool") || lower.contains("stringer") || lower.equals("various sources")) {
            junk = true;
            if (lower.endsWith(" pool")) {
                collection = collection == null ? "Pool" : collection;
            }
            return;
        }
        int forAt = seg.indexOf(" for ");
        String bare = forAt > 0 ? seg.substring(0, forAt) : seg;
        var known = agencies.find(bare);
        if (known.isPresent()) {
            setAgency(known.get().name(), bare, at);
            return;
        }
        if (forAt > 0 && forOutlet(bare, seg.substring(forAt + 5).strip(), at, at + forAt + 5)) {
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
        int handle = seg.indexOf(" @");
        String platform = handle > 0 ? seg.substring(0, handle) : seg;
        if (agencies.isPlatform(platform)) {
            // "Instagram/@jane_roe via REUTERS", "Twitter @jane_roe": the platform is the source, a handle no name
            source = source == null ? platform : source;
            marks.add(new Mark('S', platform, platform, at, order, true));
            return;
        }
        var misspelt = agencies.findMisspelt(seg);
        if (misspelt.isPresent() && (seg.indexOf(' ') < 0 || creditPosition())) {
            // "Reuetrs", and in a credit's agency position a long name with one slip: "Jane Roe/Associated Prss"
            setAgency(misspelt.get().name(), seg, at);
            return;
        }
        int colon = seg.indexOf(": ");
        if (colon > 0 && agencies.find(seg.substring(0, colon)).isPresent()) {
            // outlet re-styles: "(Reuters: Jane Roe)", "(AP: Jane Roe)"
            classify(seg.substring(0, colon).strip(), at);
            classify(seg.substring(colon + 2).strip(), at + colon + 2);
            return;
        }
        int comma = seg.indexOf(", ");
        if (comma > 0 && outletThenPerson(seg.substring(0, comma).strip(), seg.substring(comma + 2).strip(), at,
                at + comma + 2)) {
            return;
        }
        if (comma > 0) {
            classify(seg.substring(0, comma).strip(), at);
            classify(seg.substring(comma + 2).strip(), at + comma + 2);
            return;
        }
        int dash = dashAt(seg);
        if (dash > 0) {
            person(seg.substring(0, dash).strip(), at);
            String after = seg.substring(dash + 3).strip();
            if (!after.isEmpty() && (NameCase.isAllCaps(after) && after.length() <= 6 && !Credit.looksLikeOrganisation(after)
                    || agencyWords(after))) {
                order++;
                marks.add(new Mark('S', after, after, at + dash + 3, order, true));
            }
            return;
        }
        if (lower.endsWith(" handout")) {
            collection = "Handout";
            junk = true;
            handout = true;
            seg = seg.replaceAll("(?i)(\\s+handout)+$", "");
        }
        if (PICTURE_SERVICE.matcher(seg).matches()) {
            // "(Sabah Photo)", "(IHA Photo)": a newspaper's or agency's picture service
            String name = seg.substring(0, seg.lastIndexOf(' '));
            source = source == null ? name : source;
            marks.add(new Mark('S', name, seg, at, order, true));
            return;
        }
        boolean agencyLike = agencyWords(seg)
                || NameCase.isAllCaps(seg) && seg.length() <= 6 && seg.chars().allMatch(Character::isLetter)
                        && seg.length() >= 2 && !Credit.isJunk(seg)
                        && !Credit.looksLikeOrganisation(seg);
        if (agencyLike || Credit.looksLikeOrganisation(seg)) {
            String name = seg.startsWith("Courtesy of ") ? seg.substring("Courtesy of ".length()) : seg;
            boolean acronym = name.indexOf(' ') < 0 && name.length() <= 5 || acronym(name);
            name = NameCase.isAllCaps(name.replace(" ", "")) && !acronym ? NameCase.fix(name.toLowerCase(Locale.ROOT))
                    : name;
            source = source == null ? name : source;
            marks.add(new Mark('S', name, seg, at, order, agencyLike));
            return;
        }
        if (!looksLikeName(seg) || photographer != null) {
            // a second name-like segment after the photographer is a source: "Jane Roe/Charleston Gazette-Mail"
            source = source == null ? seg : source;
            marks.add(new Mark('S', seg, seg, at, order, false));
            return;
        }
        person(seg, at);
    }

    /**
     * "(AP Photo/Example Shimbun, Jane Roe)": an outlet or body (not a person, see {@link #notAPerson}) then, after
     * a comma, the photographer who took the picture for it; the outlet made the picture, the wire only moved it.
     */
    private boolean outletThenPerson(String org, String name, int at, int nameAt) {
        if (!notAPerson(org) || agencies.find(org).isPresent() || !looksLikeName(name) || name.indexOf(' ') < 0
                || Credit.looksLikeOrganisation(name) || agencyWords(name) || Credit.isJunk(name)) {
            return false;
        }
        outletOfPerson = new Mark('S', org, org, at, order, true);
        marks.add(outletOfPerson);
        source = source == null ? org : source;
        person(name, nameAt);
        return photographer != null;
    }

    /**
     * "Jane Roe for Bloomberg", "Jane Roe for The Example Times": a person who took the picture for a known agency
     * or outlet, or for a body named as one; the outlet is the agency. False, reading nothing, otherwise.
     */
    private boolean forOutlet(String name, String outlet, int at, int outletAt) {
        if (!looksLikeName(name) || name.indexOf(' ') < 0 || notAPerson(name)) {
            return false;
        }
        var known = agencies.find(outlet);
        if (known.isPresent()) {
            person(name, at);
            setAgency(known.get().name(), outlet, outletAt);
            return true;
        }
        if (outlet.startsWith("The ") || notAPerson(outlet)) {
            person(name, at);
            source = source == null ? outlet : source;
            marks.add(new Mark('S', outlet, outlet, outletAt, order, true));
            return true;
        }
        return false;
    }

    /** Whether a segment names a body, not a person: an outlet's, office's or organisation's word, or an acronym. */
    static boolean namesABody(String seg) {
        return notAPerson(seg) || Credit.looksLikeOrganisation(seg) || agencyWords(seg);
    }

    /**
     * Whether a credit's segment names a news outlet or an office rather than a person: an outlet's or office's word
     * ("Shimbun", "News", "Times", "Daily", "Press", "TV", "Agency", "Ministry", "Handout"), or a form no person's
     * name takes (an acronym such as a broadcaster's "NHK" or "KABC-TV", a figure). A club or a company printed
     * there is the picture's supplier to the wire, and the wire keeps the credit (shared/real).
     */
    private static boolean notAPerson(String seg) {
        if (seg.isEmpty()) {
            return false;
        }
        for (String w : seg.toLowerCase(Locale.ROOT).split("[\\s,/.()-]+")) {
            if (OUTLET_WORDS.contains(w)) {
                return true;
            }
        }
        return seg.chars().anyMatch(Character::isDigit) || acronym(seg);
    }

    /** "NHK", "KABC-TV", "YTN": two to six capitals, a hyphen and a suffix allowed; no person is printed so. */
    private static boolean acronym(String seg) {
        if (seg.length() < 2 || seg.length() > 10 || seg.indexOf(' ') >= 0 || !NameCase.isAllCaps(seg)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != '-') {
                return false;
            }
        }
        return letters >= 2 && seg.indexOf('-') != 0;
    }

    /** Where " - ", " \u2013 " or " \u2014 " first joins a photographer to a source ("Jane Roe \u2013 FIFA"), or -1. */
    private static int dashAt(String seg) {
        for (int i = 1; i + 2 < seg.length(); i++) {
            char c = seg.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && seg.charAt(i - 1) == ' ' && seg.charAt(i + 1) == ' ') {
                return i - 1;
            }
        }
        return -1;
    }

    private void setAgency(String name, String printed, int at) {
        marks.add(new Mark('A', name, printed, at, order, true));
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
        marks.add(new Mark('P', photographer, seg, at, order, false));
        photographerAt = at;
        photographerLength = seg.length();
    }

    /** Whether the text is read where agencies stand: a slash credit, a marked credit or a closing bracket. */
    private boolean creditPosition() {
        return closing || marked || text.indexOf('/') >= 0;
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
