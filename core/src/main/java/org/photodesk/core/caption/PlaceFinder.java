package org.photodesk.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.photodesk.core.text.DateMentions;
import org.photodesk.core.text.Geo;
import org.photodesk.core.text.Words;

/**
 * Finds where a picture was taken in the running text of a caption, in one pass over its words: every phrase of
 * capitalised parts joined by commas ("Cabrobo, Pernambuco State, Brazil", "Higashimatsushima, Miyagi Prefecture,
 * northern Japan") is read right to left (country, state or division, city) against the gazetteer, then weighed by
 * what leads it ("in" and "at" count, "near", "outside", "from" and "south of" mark a reference town, never the
 * place), by its sentence (the first counts most) and by its distance from the picture's date.
 *
 * <p>A city the gazetteer does not know is still taken when a known division or country follows it; a known city
 * alone gives its country when the name is not shared by a place of similar size elsewhere.
 */
final class PlaceFinder {

    private static final Set<String> IN = words("in", "at", "inside", "around", "over", "on", "In", "At",
            "throughout", "within", "along", "through");
    private static final Set<String> REFERENCE = words("near", "outside", "from", "to", "into", "toward", "towards",
            "Near", "Outside", "From", "off", "past", "beyond", "with", "against", "between", "than", "like",
            "for", "versus", "vs", "opposite", "Opposite", "via", "across");
    private static final Set<String> DIRECTIONS = words("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "north-eastern", "north-western", "south-eastern", "south-western", "downtown", "midtown", "coastal",
            "northernmost", "southernmost", "far", "rural", "upstate", "outer", "inner", "greater");
    private static final Set<String> SETTLEMENT_NOUNS = words("city", "town", "village", "capital", "township",
            "hamlet", "suburb", "municipality", "port", "resort", "neighbourhood", "neighborhood", "enclave",
            "settlement", "camp", "community", "district", "area", "quarter", "borough", "section");
    private static final Set<String> DIVISION_WORDS = words("prefecture", "province", "state", "region", "district",
            "county", "governorate", "oblast", "territory", "department", "Prefecture", "Province", "State",
            "Region", "District", "County", "Governorate", "Oblast", "Territory", "Department", "Autonomous");
    private static final Set<String> LOWER_TOWN_WORDS = words("city", "town", "village", "township");
    private static final Set<String> UPPER_TOWN_WORDS = words("Village", "Town", "Township");
    /** Lower-case words that may follow a place; any other lower-case word makes the run a modifier. */
    private static final Set<String> FOLLOWERS = words("on", "in", "at", "near", "during", "as", "after", "before",
            "to", "for", "where", "with", "and", "while", "when", "ahead", "following", "amid", "under", "over",
            "from", "is", "are", "was", "were", "has", "have", "that", "which", "this", "last", "early", "late",
            "earlier", "later", "today", "yesterday", "prefecture", "province", "state", "region", "district",
            "county", "city", "town", "village", "township", "refugee", "by", "of", "or", "but", "against", "into",
            "around", "between", "since", "until", "outside", "inside", "across", "along", "through", "about",
            "who", "whose", "where", "so", "south", "north", "east", "west", "the", "a", "an", "en", "se");
    private static final Set<String> SECTION_WORDS = words("district", "section", "borough", "neighborhood",
            "neighbourhood", "suburb", "area", "quarter", "community");
    private static final Set<String> PARTICLES = words("de", "del", "da", "di", "do", "dos", "das", "du", "la",
            "le", "les", "al", "el", "y", "sur", "upon", "der", "den", "van", "von", "au", "aux");
    private static final Set<String> NOT_PLACES = words(
            "The", "A", "An", "This", "That", "These", "Those", "In", "At", "On", "During", "After", "Before",
            "While", "As", "His", "Her", "Their", "Its", "Our", "My", "And", "But", "Or", "Photo", "Picture", "File",
            "Image", "Members", "People", "President", "Prime", "Minister", "King", "Queen", "Prince", "Princess",
            "Pope", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Saint", "St", "Mount", "Mt", "Lake",
            "River", "Day", "Night", "Championships", "Championship", "Cup", "League", "Open", "Games", "Olympics",
            "Festival", "Police", "Army", "Party", "Government", "Team", "Club", "Fire", "Storm", "Hurricane",
            "Typhoon", "Cyclone", "Earthquake", "Hospital", "University", "School", "Church", "Museum", "Airport",
            "Station", "Stadium", "Arena", "Park", "Square", "Street", "Palace", "Hall", "Centre", "Center", "Court",
            "Courts", "Beach", "Bay", "Island", "Islands", "Mountains", "Valley", "Desert", "Sea", "Ocean", "Gulf",
            "Coast", "Glacier", "Bridge", "Tunnel", "Road", "Avenue", "Camp", "Base", "Zone", "Reservoir", "Forest",
            "Falls", "Waterfall", "Canyon", "Plain", "Mosque", "Temple", "Shrine", "Cathedral", "Castle", "Chapel",
            "Abbey", "Theatre", "Theater", "Room", "Building", "Tower", "House", "Office", "Market", "Mall",
            "Garden", "Gardens", "Zoo", "Port", "Harbour", "Harbor", "Pier", "Field", "Ground", "Circuit", "Track",
            "Course", "Hotel", "Village", "Ministry", "Parliament", "Congress", "Senate", "Assembly", "Council",
            "Embassy", "Headquarters", "Salt", "Flat", "Lagoon", "Dam", "Canal", "Peninsula", "Cape", "Strait",
            "Pass", "Hill", "Hills", "Mound", "Monument", "Memorial", "Cemetery", "Plaza", "Terminal", "Barracks",
            "Prison", "Jail", "Factory", "Plant", "Mine", "Farm", "Ranch", "Resort", "Library", "Gallery", "Studio",
            "Studios", "Stage", "Arcade", "Cross", "Gate", "Wall", "Fort", "National", "International", "World",
            "Summit", "Fashion", "Week", "Show", "Awards", "Ceremony", "Carnival", "Parade", "Marathon", "Race",
            "Grand", "Prix", "Final", "Finals", "Match", "Game", "Tournament", "Series", "Expo", "Exhibition",
            "Conference");

    /** Words a place name never starts with. */
    private static final Set<String> NOT_FIRST = words("The", "A", "An", "This", "That", "In", "At", "On",
            "During", "After", "Before", "While", "As", "His", "Her", "Their", "Its", "Photo", "Picture", "File",
            "Image", "Members", "People", "President", "Prime", "Minister", "King", "Queen", "Prince", "Princess",
            "Pope", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Team", "National", "International",
            "World", "Police", "Army", "Mount", "Mt", "Lake");

    /** Words a place name never ends with: the heads of venue and landmark names. */
    private static final Set<String> VENUE_HEADS = words("Stadium", "Arena", "Airport", "Station", "Square",
            "Street", "Hospital", "University", "School", "Church", "Museum", "Hall", "Centre", "Center", "Court",
            "Courts", "Room", "Building", "Tower", "House", "Office", "Market", "Mall", "Garden", "Gardens", "Zoo",
            "Pier", "Ground", "Circuit", "Track", "Hotel", "Ministry", "Parliament", "Congress", "Senate",
            "Assembly", "Council", "Embassy", "Headquarters", "Mosque", "Temple", "Shrine", "Cathedral", "Castle",
            "Chapel", "Abbey", "Theatre", "Theater", "Memorial", "Cemetery", "Plaza", "Terminal", "Barracks",
            "Prison", "Factory", "Plant", "Library", "Gallery", "Studio", "Studios", "Stage", "Glacier", "Bridge",
            "Tunnel", "Road", "Avenue", "Reservoir", "Waterfall", "Mountains", "River", "Sea", "Ocean", "Gulf",
            "Desert", "Forest", "Lagoon", "Dam", "Canal", "Mound", "Monument", "Championships", "Championship",
            "Cup", "League", "Open", "Games", "Olympics", "Festival", "Party", "Government", "Club", "Fire", "Storm",
            "Hurricane", "Typhoon", "Earthquake", "Week", "Show", "Awards", "Ceremony", "Carnival", "Parade",
            "Marathon", "Race", "Prix", "Final", "Finals", "Match", "Game", "Tournament", "Series", "Expo",
            "Exhibition", "Conference", "Summit", "Day", "Night", "Flat", "Flats", "Base", "Zone", "Camp", "Bay", "Land",
            "Cosmodrome", "Lake", "Island", "Islands", "Peninsula", "Strait", "Valley", "Hills", "Park", "Beach");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Where one part of a phrase sits and what it reads as. */
    private static final class Part {
        final int s;
        final int e;
        final String text;
        final boolean directional;
        boolean division;
        boolean settlement;
        boolean possessive;
        boolean modifier;

        Part(int s, int e, String text, boolean directional) {
            this.s = s;
            this.e = e;
            this.text = text;
            this.directional = directional;
        }
    }

    /** A phrase: its parts and what leads it. */
    private record Phrase(List<Part> parts, String lead, String leadBefore, int firstWord) {}

    /** A reading of a phrase as a place, with its weight. */
    private record Candidate(Place place, int score) {}

    private final Gazetteer gaz;
    private final Geo geo;

    PlaceFinder(Gazetteer gaz, Geo geo) {
        this.gaz = gaz;
        this.geo = geo;
    }

    /**
     * The best place in {@code text} between {@code from} and {@code to}, or null.
     *
     * @param dateStart where the picture's date starts, or -1
     * @param firstSentenceEnd where the first sentence of the body ends
     */
    Place find(String text, int from, int to, int dateStart, int firstSentenceEnd) {
        Words w = Words.of(text, from, to);
        Candidate best = null;
        List<Candidate> all = new ArrayList<>();
        Gazetteer.Country ownerCountry = null;
        int ownerUntil = -1;
        String ownerLead = "";
        int i = 0;
        while (i < w.size()) {
            if (!startsPart(w, i)) {
                i++;
                continue;
            }
            List<Part> parts = new ArrayList<>(3);
            int next = phrase(text, w, i, parts);
            if (parts.size() == 1 && parts.getFirst().possessive) {
                String owner = parts.getFirst().text.substring(0, parts.getFirst().text.length() - 2);
                var country = gaz.country(owner).filter(c -> inferable(c.iso()));
                if (country.isPresent()) {
                    ownerCountry = country.get();
                    ownerUntil = next + 3;
                    ownerLead = leadWord(w, i, 1);
                    i = Math.max(i + 1, next);
                    continue;
                }
            }
            if (!parts.isEmpty()) {
                boolean owned = ownerCountry != null && i <= ownerUntil;
                Phrase p = new Phrase(parts, owned ? ownerLead : leadWord(w, i, 1),
                        owned ? "" : leadWord(w, i, 2), i);
                Candidate c = read(text, w, p, dateStart, firstSentenceEnd, owned ? ownerCountry : null);
                if (c != null) {
                    all.add(c);
                }
                if (c != null && (best == null || c.score() > best.score())) {
                    best = c;
                }
            }
            i = Math.max(i + 1, next);
        }
        if (best == null || best.score() < 1) {
            return null;
        }
        return withCountry(best, all);
    }

    /** The best place, given the country another reading states for the same city or beside it. */
    private static Place withCountry(Candidate best, List<Candidate> all) {
        Place b = best.place();
        if (b.country() != null) {
            return b;
        }
        for (Candidate c : all) {
            Place o = c.place();
            if (o.country() != null && c.score() >= 1 && c != best) {
                return new Place(b.city(), b.region() != null ? b.region() : o.region(), o.country(),
                        o.countryCode(), b.start(), b.end(), b.cityEnd());
            }
        }
        return b;
    }

    private static boolean startsPart(Words w, int i) {
        if (!w.capitalised(i)) {
            return false;
        }
        String word = w.word(i);
        if (DateMentions.weekday(word) != null || NOT_PLACES.contains(word) && !w.spaceAfter(i)) {
            return false;
        }
        return DateMentions.month(word) == null || word.length() < 3 || !nextIsNumber(w, i);
    }

    private static boolean nextIsNumber(Words w, int i) {
        return i + 1 < w.size() && Character.isDigit(w.word(i + 1).charAt(0));
    }

    /** The lower-case word {@code back} words before word {@code i}, skipping "the" and directions; or "". */
    private static String leadWord(Words w, int i, int back) {
        int k = i - 1;
        int seen = 0;
        while (k >= 0) {
            String sep = w.before(k + 1);
            if (sep.indexOf('.') >= 0 || sep.indexOf(',') >= 0 || sep.indexOf('(') >= 0 || sep.indexOf(':') >= 0) {
                return "";
            }
            String word = w.word(k);
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("the") || DIRECTIONS.contains(lower) && seen == 0) {
                k--;
                continue;
            }
            seen++;
            if (seen == back) {
                return word;
            }
            k--;
        }
        return "";
    }

    /** Reads the parts of a phrase starting at word {@code i}; returns the word after it. */
    private int phrase(String text, Words w, int i, List<Part> parts) {
        int k = i;
        boolean directional = false;
        while (k < w.size() && parts.size() < 5) {
            int e = run(w, k);
            Part part = new Part(w.start(k), w.end(e - 1), text.substring(w.start(k), w.end(e - 1)), directional);
            part.possessive = part.text.endsWith("'s") || part.text.endsWith("\u2019s");
            int after = e;
            if (!part.possessive && after < w.size() && w.spaceAfter(after - 1)) {
                String lw = w.word(after);
                if (DIVISION_WORDS.contains(lw) && w.lower(after)) {
                    part.division = true;
                    after++;
                } else if (LOWER_TOWN_WORDS.contains(lw)) {
                    part.settlement = true;
                    after++;
                } else if (lw.equals("refugee") && after + 1 < w.size() && w.word(after + 1).equals("camp")) {
                    parts.add(new Part(part.s, w.end(after + 1), text.substring(part.s, w.end(after + 1)),
                            directional));
                    parts.getLast().settlement = true;
                    return after + 2;
                }
            }
            if (endsInDivisionWord(part.text)) {
                part.division = true;
            }
            int lastSpace = part.text.lastIndexOf(' ');
            if (lastSpace > 0 && UPPER_TOWN_WORDS.contains(part.text.substring(lastSpace + 1))) {
                part.settlement = true;
            }
            if (!part.possessive && after < w.size() && w.spaceAfter(after - 1) && w.lower(after)
                    && !FOLLOWERS.contains(w.word(after))) {
                part.modifier = true;
            }
            if (!part.possessive && after < w.size() && w.spaceAfter(after - 1)
                    && Character.isDigit(w.word(after).charAt(0)) && DateMentions.month(w.word(after - 1)) == null) {
                part.modifier = true;
            }
            parts.add(part);
            if (part.possessive || after >= w.size()) {
                return after;
            }
            String sep = w.before(after);
            if (sep.strip().equals("(") && after + 1 < w.size() && w.before(after + 1).strip().equals(")")
                    && gaz.country(w.word(after)).isPresent()) {
                Part c = new Part(w.start(after), w.end(after), w.word(after), false);
                parts.add(c);
                return after + 1;
            }
            if (sep.isBlank() && w.word(after).equals("in") && after + 1 < w.size() && startsPart(w, after + 1)
                    && containerAhead(w, after + 1)) {
                k = after + 1;
                directional = false;
                continue;
            }
            if (!sep.strip().equals(",")) {
                return after;
            }
            int n = after;
            directional = false;
            while (n < w.size() && w.lower(n) && DIRECTIONS.contains(w.word(n)) && w.spaceAfter(n)) {
                directional = true;
                n++;
            }
            if (n >= w.size() || !startsPart(w, n) || (n > after && !w.before(n).isBlank())) {
                return after;
            }
            k = n;
        }
        return k;
    }

    /** Whether the run at {@code i} names a division or country ("in Miyagi prefecture", "in Hunan Province"). */
    private boolean containerAhead(Words w, int i) {
        int e = run(w, i);
        String t = w.word(i);
        for (int k = i + 1; k < e; k++) {
            t = t + " " + w.word(k);
        }
        boolean lowerDivision = e < w.size() && w.lower(e) && DIVISION_WORDS.contains(w.word(e));
        return lowerDivision || endsInDivisionWord(t) || gaz.country(t).isPresent();
    }

    private static boolean endsInDivisionWord(String t) {
        int sp = t.lastIndexOf(' ');
        return sp > 0 && DIVISION_WORDS.contains(t.substring(sp + 1));
    }

    /** The end (exclusive) of a run of capitalised words from {@code i}, particles allowed inside. */
    private static int run(Words w, int i) {
        int e = i + 1;
        while (e < w.size() && w.spaceAfter(e - 1) && !possessive(w.word(e - 1))) {
            String word = w.word(e);
            if (w.capitalised(e) && !(DateMentions.month(word) != null && word.length() >= 3 && nextIsNumber(w, e))
                    && DateMentions.weekday(word) == null) {
                e++;
            } else if (PARTICLES.contains(word) && e + 1 < w.size() && w.capitalised(e + 1) && w.spaceAfter(e)) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s");
    }

    // ---- reading a phrase

    private Candidate read(String text, Words w, Phrase p, int dateStart, int firstSentenceEnd,
            Gazetteer.Country owner) {
        List<Part> parts = new ArrayList<>(p.parts());
        String lead = p.lead();
        String lead2 = p.leadBefore().toLowerCase(Locale.ROOT);
        boolean settlementOf = lead.equals("of") && (SETTLEMENT_NOUNS.contains(lead2) || SECTION_WORDS.contains(lead2));
        boolean reference = REFERENCE.contains(lead)
                || lead.equals("of") && (DIRECTIONS.contains(lead2) || lead2.equals("outskirts"));
        if (settlementOf) {
            String prep = prepositionBefore(w, p.firstWord());
            reference = REFERENCE.contains(prep) || DIRECTIONS.contains(prep);
        }
        boolean in = IN.contains(lead) || settlementOf && !reference;
        boolean empty = lead.isEmpty();
        boolean unnamedSettlement = IN.contains(lead) && words("village", "town", "hamlet")
                .contains(lead2);
        while (!parts.isEmpty() && venueLike(parts.getFirst()) && parts.size() > 1) {
            parts.removeFirst();
        }
        if (parts.isEmpty() || parts.getFirst().modifier && parts.size() == 1) {
            return null;
        }
        if (owner != null && !parts.getFirst().division && !parts.getFirst().settlement
                && geo.towns(parts.getFirst().text).isEmpty() && geo.divisions(parts.getFirst().text).isEmpty()) {
            return null;
        }
        Reading r = interpret(parts, owner);
        if (r == null || r.city == null && r.country == null && r.region == null) {
            return null;
        }
        int s = parts.getFirst().s;
        int e = parts.getLast().e;
        boolean dated = dateStart >= 0 && dateStart >= e && dateStart - e <= 4;
        boolean structured = parts.size() >= 2 && (r.countryStated || r.region != null);
        boolean cityAllowed = !reference && !unnamedSettlement && !parts.getFirst().modifier
                && (in || empty && (dated || structured) || dated && structured);
        if (parts.getFirst().possessive && !(in && r.city != null && bigTown(r.city))) {
            cityAllowed = false;
        }
        boolean placeAllowed = in || reference || dated || empty && structured;
        if (!placeAllowed) {
            return null;
        }
        int score = in ? 4 : reference ? 1 : empty ? 2 : 0;
        if (cityAllowed && r.city != null) {
            score += r.section ? 2 : r.cityKnown ? 4 : 2;
        }
        if (r.country != null) {
            score += r.countryStated ? 3 : 1;
        }
        if (r.region != null) {
            score += 1;
        }
        score += firstSentenceEnd > 0 && s > firstSentenceEnd ? -3 : 2;
        if (dated) {
            score += 3;
        }
        String city = cityAllowed ? r.city : null;
        if (city == null && !r.countryStated && r.region == null && !reference) {
            return null;
        }
        Place place = new Place(city, r.region, r.country == null ? null : r.country.name(),
                r.country == null ? null : r.country.iso(), s, e, city == null ? -1 : r.cityEnd);
        return new Candidate(place, score);
    }

    /** The preposition before the noun phrase that ends at word {@code i} ("outside the Crimean port city of"). */
    private static String prepositionBefore(Words w, int i) {
        int k = i - 3;
        for (int n = 0; k >= 0 && n < 6; n++, k--) {
            String sep = w.before(k + 1);
            if (sep.indexOf(',') >= 0 || sep.indexOf('.') >= 0) {
                return "";
            }
            String word = w.word(k);
            if (IN.contains(word) || REFERENCE.contains(word) || DIRECTIONS.contains(word) && n > 0) {
                return word;
            }
        }
        return "";
    }

    private static boolean venueLike(Part p) {
        int sp = p.text.lastIndexOf(' ');
        String last = sp < 0 ? p.text : p.text.substring(sp + 1);
        return NOT_PLACES.contains(last) && !p.division;
    }

    /** What a phrase's parts say, right to left. */
    private static final class Reading {
        String city;
        boolean cityKnown;
        boolean section;
        int cityEnd = -1;
        String region;
        String regionIso;
        String regionCode;
        Gazetteer.Country country;
        boolean countryStated;
    }

    private Reading interpret(List<Part> parts, Gazetteer.Country owner) {
        Reading r = new Reading();
        if (owner != null) {
            r.country = owner;
            r.countryStated = true;
        }
        int n = parts.size();
        int last = n - 1;
        while (last >= 0) {
            Part p = parts.get(last);
            String t = p.text;
            if (p.possessive) {
                t = t.substring(0, t.length() - 2);
            }
            if (last > 0 || n == 1 || p.division) {
                if (regionOrCountry(p, t, r, parts.get(0), last == 0)) {
                    last--;
                    continue;
                }
            }
            break;
        }
        if (last < 0) {
            return r;
        }
        // the city: the first remaining part, unless a later one is the city and the first a section of it
        Part cityPart = parts.get(0);
        for (int k = 1; k <= last; k++) {
            if (parts.get(k).directional && knownCity(parts.get(k).text, r) != null) {
                cityPart = parts.get(k);
            }
        }
        String name = cityPart.possessive ? cityPart.text.substring(0, cityPart.text.length() - 2) : cityPart.text;
        if (!plausibleName(name)) {
            return r.country != null || r.region != null ? r : null;
        }
        Geo.Town town = knownCity(name, r);
        if (town == null && last > 0 && !cityPart.directional) {
            // "Nour Shams, Tulkarem, West Bank": the first part is the place, the next one may be unknown too
            town = null;
        }
        boolean structural = r.country != null || r.region != null || cityPart.settlement;
        if (town == null && !structural) {
            Gazetteer.City hand = gaz.city(name).orElse(null);
            if (hand == null) {
                return r.country != null || r.region != null ? r : null;
            }
        }
        r.city = cityName(name, cityPart);
        r.cityEnd = cityPart.possessive ? cityPart.e - 2 : cityPart.e;
        r.cityKnown = town != null || gaz.city(name).isPresent();
        r.section = town != null && town.isSection() && gaz.city(name).isEmpty();
        if (r.country == null) {
            inferCountry(name, town, r);
        }
        return r;
    }

    private String cityName(String name, Part p) {
        var hand = gaz.city(name);
        if (hand.isPresent() && Gazetteer.fold(hand.get().name()).equals(Gazetteer.fold(name))) {
            return hand.get().name();
        }
        return NameCase.isAllCaps(name.replace(" ", "")) ? NameCase.fix(name) : name;
    }

    private static boolean plausibleName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        String[] words = name.split(" ");
        String first = words[0].replace(".", "");
        String last = words[words.length - 1];
        return !NOT_FIRST.contains(first) && !VENUE_HEADS.contains(last);
    }

    /** Reads a part as a country, a US state or a division; fills {@code r} and says whether it did. */
    private boolean regionOrCountry(Part p, String t, Reading r, Part first, boolean alone) {
        var stated = gaz.country(t);
        if (stated.isPresent() && !inferable(stated.get().iso()) && !stated.get().iso().equals("HK")
                && !stated.get().iso().equals("MO")) {
            r.region = r.region == null ? t : r.region;
            return true;
        }
        if (alone && !p.division && bigTown(t)) {
            return false;
        }
        var state = t.length() == 2 && !NameCase.isAllCaps(t) ? java.util.Optional.<Gazetteer.Region>empty()
                : gaz.usState(t);
        var country = gaz.country(t);
        if (state.isPresent() && (country.isEmpty() || t.endsWith(".") || t.length() == 2
                || cityInUsState(first.text, state.get().name()))) {
            if (r.region == null) {
                r.region = state.get().name();
                r.regionIso = "US";
            }
            r.country = r.country == null ? state.get().country() : r.country;
            r.countryStated |= true;
            return true;
        }
        if (country.isPresent() && !inferable(country.get().iso())) {
            if (country.get().iso().equals("HK") || country.get().iso().equals("MO")) {
                return false;
            }
            r.region = r.region == null ? t : r.region;
            return true;
        }
        if (country.isPresent()) {
            if (r.country == null) {
                r.country = country.get();
                r.countryStated = true;
            }
            return true;
        }
        String bare = stripDivisionWord(t);
        List<Geo.Division> ds = geo.divisions(bare);
        if (!ds.isEmpty() && (p.division || !alone || geo.towns(bare).isEmpty())) {
            Geo.Division d = pickDivision(ds, r);
            if (r.region == null) {
                r.region = p.division ? bare : t;
                r.regionIso = d.country();
                r.regionCode = d.code();
            }
            if (r.country == null) {
                gaz.countryByCode(d.country()).filter(c -> inferable(c.iso())).ifPresent(c -> r.country = c);
            }
            return true;
        }
        var hand = gaz.region(t);
        if (hand.isPresent()) {
            if (r.region == null) {
                r.region = hand.get().name();
            }
            if (r.country == null && inferable(hand.get().country().iso())) {
                r.country = hand.get().country();
            }
            return true;
        }
        if (p.division) {
            r.region = r.region == null ? bare : r.region;
            return true;
        }
        return false;
    }

    /** A city of 100,000 people or more goes by this name ("New York", "Washington"). */
    private boolean bigTown(String name) {
        for (Geo.Town t : geo.towns(name)) {
            if (t.population() >= 100_000 && !t.isSection()) {
                return true;
            }
        }
        return gaz.city(name).isPresent();
    }

    private boolean inferable(String iso) {
        return geo.countryByIso(iso).map(Geo.Country::inferable).orElse(true);
    }

    private Geo.Division pickDivision(List<Geo.Division> ds, Reading r) {
        if (r.country != null) {
            for (Geo.Division d : ds) {
                if (d.country().equals(r.country.iso())) {
                    return d;
                }
            }
        }
        return ds.getFirst();
    }

    private static String stripDivisionWord(String t) {
        int sp = t.lastIndexOf(' ');
        if (sp > 0 && DIVISION_WORDS.contains(t.substring(sp + 1))) {
            String s = t.substring(0, sp);
            return s.endsWith(" Autonomous") ? s.substring(0, s.length() - " Autonomous".length()) : s;
        }
        return t;
    }

    private boolean cityInUsState(String city, String state) {
        for (Geo.Town t : geo.towns(city)) {
            if (t.country().equals("US")) {
                return gaz.usState(t.admin1()).map(s -> s.name().equals(state)).orElse(false);
            }
        }
        return false;
    }

    /** The town called {@code name} that agrees with the region and country read so far, or null. */
    private Geo.Town knownCity(String name, Reading r) {
        for (Geo.Town t : geo.towns(name)) {
            if (r.country != null && !t.country().equals(r.country.iso())) {
                continue;
            }
            if (r.regionCode != null && r.regionIso != null && !(t.country().equals(r.regionIso)
                    && t.admin1().equals(r.regionCode))) {
                continue;
            }
            if (r.regionIso != null && r.regionIso.equals("US") && r.region != null && !usAdmin(t, r.region)) {
                continue;
            }
            return t;
        }
        return null;
    }

    private boolean usAdmin(Geo.Town t, String state) {
        return t.country().equals("US") && gaz.usState(t.admin1()).map(s -> s.name().equals(state)).orElse(false);
    }

    /** A known city alone gives its country when no place of similar size elsewhere shares its name. */
    private void inferCountry(String name, Geo.Town town, Reading r) {
        var hand = gaz.city(name);
        if (hand.isPresent()) {
            if (inferable(hand.get().country().iso())) {
                r.country = hand.get().country();
            }
            if (r.region == null && hand.get().region() != null && name.equals(hand.get().name())) {
                r.region = null;
            }
            return;
        }
        if (town == null) {
            return;
        }
        List<Geo.Town> all = geo.towns(name);
        Geo.Town top = all.getFirst();
        long second = 0;
        for (Geo.Town t : all) {
            if (!t.country().equals(top.country())) {
                second = Math.max(second, t.population());
            }
        }
        if (top.population() >= 1000 && top.population() >= 8 * second && inferable(top.country())) {
            gaz.countryByCode(top.country()).ifPresent(c -> r.country = c);
        }
    }
}
