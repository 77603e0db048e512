package org.photodesk.core.caption;

import java.util.Locale;
import java.util.Set;
import org.photodesk.core.text.Geo;

/**
 * Decides whether a name found in a caption is a person shown in the picture or only mentioned (shared/real's
 * convention): shown people are named in the caption's first sentence, outside a place phrase ("in", "at",
 * "near", "the"), not as a modifier ("Calvin Klein Collection show") and not governed by a word that makes them
 * context ("against Novak Djokovic", "the coffin of Martin McGuinness", "supporters of President Mohamed Mursi",
 * "creations by designer YanaStasia", "after ... Derek Chauvin was found guilty").
 */
final class Shown {

    private static final Set<String> PLACE_LEADS = Set.of("the", "in", "at", "near", "to", "into",
            "outside", "inside", "across", "toward", "towards", "around", "over", "a", "an", "on");
    private static final Set<String> CONTEXT = Set.of("of", "against", "beating", "beat", "beats", "defeating",
            "defeated", "saving", "after", "victory", "than", "like", "about", "versus", "vs", "between", "whom",
            "honour", "honor", "memory", "tribute", "for", "wearing", "wears", "wore", "movie", "film",
            "series", "song", "album", "book", "novel", "musical", "opera", "painting", "sculpture", "artwork",
            "installation", "character", "titled", "entitled", "named", "called", "portrait", "poster", "mural",
            "effigy", "image", "images", "photograph", "picture");
    /** Words before "as" that make the name a costume or a role ("dressed as", "disguised as"). */
    private static final Set<String> DRESSED = Set.of("dressed", "disguised", "costumed", "masquerading", "posing",
            "poses", "pose", "portrayed", "depicted", "made", "painted", "styled", "playing", "plays", "cast");
    /** Verbs before "by" that name a maker, not someone in the picture ("designed by Ieoh Ming Pei"). */
    private static final Set<String> MAKERS = Set.of("designed", "written", "directed", "painted", "created",
            "built", "organised", "organized", "owned", "founded", "produced", "made", "composed", "sculpted",
            "drawn", "invented", "developed", "commissioned", "authored", "published", "curated", "choreographed");
    /** Words that never stand in a person's name: a run holding one names a body, a contest or a place. */
    private static final Set<String> NOT_PERSON_ANY = Set.of("Communications", "Corporation", "Company", "Bank",
            "Airlines", "Airways", "Holdings", "Inc", "Ltd", "Foundation", "Institute", "University", "Association",
            "Federation", "Championships", "Championship", "Cup", "League", "Awards", "Festival", "Museum",
            "Stadium", "Arena", "Ministry", "Committee", "Council", "Party", "Club");
    private static final Set<String> SKIP = Set.of("former", "late", "officer", "police", "candidate", "leader",
            "president", "coach", "manager", "teammate", "team-mate", "boyfriend", "girlfriend", "wife", "husband",
            "son", "daughter", "sons", "daughters", "mother", "father", "brother", "sister", "presidential", "main",
            "opposition", "designer", "model", "goalkeeper", "defender", "striker", "midfielder", "forward", "player",
            "singer", "actor", "actress", "rapper", "artist", "star", "champion", "rival", "opponent", "referee",
            "colleague", "prime", "minister", "secretary", "senator", "governor", "mayor", "chancellor", "king",
            "queen", "prince", "princess", "crewmate", "astronauts", "astronaut", "driver", "rider", "his", "her",
            "their", "its", "fellow", "compatriot", "tennis", "world", "number", "no", "top", "seed", "seeded",
            "defending", "reigning", "new", "incumbent", "vice", "deputy", "chief", "general", "bishop",
            "cardinal", "pope", "and", "&");
    private static final Set<String> MODIFIED = Set.of("show", "shows", "camp", "stadium", "festival", "exhibition",
            "match", "game", "tournament", "concert", "event", "station", "airport", "church", "temple", "shrine",
            "school", "hospital", "office", "building", "headquarters", "court", "hall", "house", "bridge", "street",
            "square", "market", "mall", "rally", "march", "protest", "parade", "ceremony", "conference", "summit",
            "meeting", "fire", "wildfire", "storm", "hurricane", "penalty", "goal", "bus", "train", "flag", "fans",
            "supporters", "team", "club", "collection", "vaccine", "reactor", "plant", "operations", "campaign",
            "administration", "government", "era", "museum", "centre", "center", "district", "province", "region",
            "county", "township", "village", "town", "city", "prefecture", "state", "area", "neighborhood",
            "neighbourhood", "refugee", "mountains", "river", "lake", "island", "beach", "park", "zoo", "troops",
            "forces", "army", "police", "militants", "fighters", "soldiers", "players", "residents", "people",
            "workers", "officials", "delegation", "party", "movement", "supporter", "fan", "award", "awards",
            "trophy", "cup", "race", "marathon", "season", "series", "film", "movie", "album", "song", "book",
            "brand", "company", "store", "shop", "restaurant", "hotel", "factory", "university", "college",
            "memorial", "monument", "statue", "mosque", "cathedral", "palace", "castle", "tower", "prison", "jail",
            "base", "embassy", "ministry", "parliament", "senate", "congress", "council", "day", "night", "week",
            "year", "celebrations", "celebration", "holiday", "strike", "attack", "explosion", "earthquake",
            "tsunami", "flood", "floods", "eclipse", "spacecraft", "rocket", "ship", "boat", "plane", "aircraft",
            "helicopter", "car", "truck", "dump", "operation", "pool");

    /** Last words that make a capitalised run a place, body, event or thing rather than a person. */
    private static final Set<String> NOT_PERSON_LAST = Set.of("Province", "Prefecture", "Region", "County",
            "Township", "Village", "District", "Town", "City", "State", "Fire", "Exhibition", "Society",
            "Celebrations", "Celebration", "Strike", "Map", "Department", "Flat", "Hill", "Zoo", "Open", "Couture",
            "Act", "Plot", "Network", "Conference", "Library", "Mansion", "Gardens", "Garden", "Studio", "Series",
            "Dahan", "Waterfall", "Glacier", "Land", "Council", "Commission", "Party", "Matter", "Catch", "Suisse",
            "Collection", "Company", "Co", "Corporation", "Group", "Institute", "Agency", "Airlines", "Airways",
            "Steelers", "Blacks", "Muslims", "Muslim", "Festival", "Games", "Championships", "Cup",
            "League", "Week", "Awards", "Reservoir", "Mountains", "Stadium", "Arena", "Centre", "Center", "Park",
            "Square", "Street", "Bridge", "Tunnel", "Airport", "Station", "Hospital", "Hospitals", "University",
            "School", "College", "Museum", "Church", "Temple", "Shrine", "Palace", "Hall", "Court", "Room", "II",
            "Tegel", "Hotel", "Building", "Tower", "Base", "Camp", "Road", "Avenue", "Lake", "River", "Island",
            "Valley", "Sea", "Bay", "Beach", "Desert", "Forest", "Coast", "Peninsula", "Day", "Night", "Ceremony",
            "Parade", "Carnival", "Marathon", "Race", "Prix", "Summit", "Forum", "Show", "Expo", "Fair", "Year",
            "Operation", "War", "Revolution", "Army", "Forces", "Force", "Police", "Guard", "Navy", "Ministry",
            "Government", "Parliament", "Congress", "Senate", "Assembly", "Club", "Team", "United", "FC", "Union",
            "Committee", "Federation", "Association", "Movement", "Alliance", "Front", "Brigade", "Battalion",
            "Affairs", "Service", "Office", "Press", "News", "Times", "Post", "Media", "Images", "TV", "Radio",
            "Channel", "Monument", "Memorial", "Cemetery", "Plaza", "Market", "Mall", "Gallery", "Theatre",
            "Theater", "Cathedral", "Mosque", "Castle", "Chapel", "Abbey", "Stage", "Pavilion");

    private static final Set<String> NOT_PERSON_FIRST = Set.of("Operation", "Project", "Team", "Club", "Camp",
            "Mount", "Lake", "Cape", "Fort", "Port", "Air", "Radio", "Hotel", "Hurricane", "Storm", "Typhoon",
            "Cyclone", "Tropical", "National");

    private final String text;
    private final Geo geo;

    Shown(String text, Geo geo) {
        this.text = text;
        this.geo = geo;
    }

    /** Whether the name at {@code [s, e)}, read from a chunk ending at {@code chunkEnd}, is a person shown. */
    boolean shown(int s, int e, int chunkEnd, boolean possessive, int firstSentenceEnd) {
        if (s >= firstSentenceEnd || possessive) {
            return false;
        }
        String name = text.substring(s, e);
        if (geo.country(name).isPresent() || !geo.divisions(name).isEmpty() && name.indexOf(' ') < 0) {
            return false;
        }
        int sp = name.lastIndexOf(' ');
        String last = sp < 0 ? name : name.substring(sp + 1);
        String firstWord = sp < 0 ? name : name.substring(0, name.indexOf(' '));
        if (sp > 0 && NOT_PERSON_FIRST.contains(firstWord)) {
            // "Operation Barkhane", "Hurricane Dorian": an operation, a storm
            return false;
        }
        for (String w : name.split(" ")) {
            if (NOT_PERSON_ANY.contains(w)) {
                return false;
            }
        }
        if (insideQuotes(s) || beforeCountry(e)) {
            return false;
        }
        if (NOT_PERSON_LAST.contains(last) || sp > 0 && !geo.towns(name).isEmpty()
                || geo.countryByAdjective(last).isPresent() || geo.country(last).isPresent()
                || sp < 0 && NameCase.isAllCaps(name)) {
            return false;
        }
        String next = wordAfter(chunkEnd);
        if (!next.isEmpty() && (MODIFIED.contains(next) || Character.isDigit(next.charAt(0)))) {
            return false;
        }
        if (!next.isEmpty() && looksLikeNoun(next) && !listed(s)) {
            // "a Dead Pool mask", "the Calvin Klein show": a run followed by a noun names a thing
            return false;
        }
        String lead = wordBefore(s);
        if (PLACE_LEADS.contains(lead) && !lead.equals("a") && !lead.equals("an")) {
            return false;
        }
        String governor = governor(s);
        if (CONTEXT.contains(governor)) {
            return false;
        }
        if (governor.equals("as")) {
            // "a performer dressed as Empress Huang" is a costume; "as Donald Trump talks" is the man
            return !DRESSED.contains(wordBefore(positionOfWordBefore(s, "as")).toLowerCase(Locale.ROOT));
        }
        if (governor.equals("by")) {
            String verb = wordBefore(positionOfWordBefore(s, "by")).toLowerCase(Locale.ROOT);
            return (verb.endsWith("ed") || verb.endsWith("en")) && !MAKERS.contains(verb);
        }
        return true;
    }

    /** Whether {@code s} stands inside quotation marks: a title, a slogan or a nickname, not a person shown. */
    private boolean insideQuotes(int s) {
        int straight = 0;
        for (int i = s - 1; i >= 0 && i >= s - 300; i--) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                return true;
            }
            if (c == '\u201d' || c == '\n') {
                return false;
            }
            if (c == '"') {
                straight++;
            }
        }
        return straight % 2 == 1;
    }

    /** Whether ", Country" follows {@code e}: "in Komarovce, Velke Trakany, Slovakia" is a place. */
    private boolean beforeCountry(int e) {
        if (e + 2 >= text.length() || text.charAt(e) != ',' || text.charAt(e + 1) != ' ') {
            return false;
        }
        int we = e + 2;
        while (we < text.length() && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '.'
                || text.charAt(we) == ' ' && we + 1 < text.length() && Character.isUpperCase(text.charAt(we + 1)))) {
            we++;
        }
        String next = text.substring(e + 2, we).strip();
        return !next.isEmpty() && (geo.country(next).isPresent() || !geo.divisions(next).isEmpty());
    }

    /** Lower-case words that follow a name without being a verb that ends in -s, -ed or -ing. */
    private static final Set<String> AFTER_NAME = Set.of("of", "and", "at", "in", "on", "for", "with", "to", "who",
            "as", "during", "after", "before", "while", "from", "is", "was", "has", "had", "are", "were", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do", "won", "took",
            "held", "led", "sat", "ran", "fell", "hit", "met", "gave", "made", "wore", "sang", "spoke", "stood",
            "left", "right", "center", "centre", "front", "top", "bottom", "back", "first", "second", "third",
            "also", "then", "now", "still", "not", "arrive", "attend", "pose", "react", "celebrate", "walk",
            "look", "wait", "watch", "stand", "sit", "speak", "perform", "greet", "hug", "kiss", "smile", "wave",
            "leave", "play", "ride", "run", "take", "talk", "meet", "hold", "shake", "embrace", "jump", "dance",
            "sing", "compete", "train", "pray", "gather", "vote", "march", "cheer", "reacts", "via", "by", "near",
            "into", "onto", "outside", "inside", "under", "over", "behind", "between", "against", "toward",
            "towards", "ahead", "amid", "among", "alongside", "beside", "past", "than", "but", "or", "nor", "yet",
            "so", "that", "which", "whose", "whom", "where", "when", "jr", "sr");

    private static boolean looksLikeNoun(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 2 && !AFTER_NAME.contains(l) && !l.endsWith("s") && !l.endsWith("ed")
                && !l.endsWith("ing") && !l.endsWith("ly") && !l.contains("-");
    }

    /** Whether the name at {@code s} follows "and" or a comma: one of a list, whose verb has no -s. */
    private boolean listed(int s) {
        String lead = wordBefore(s);
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return lead.equals("and") || p > 0 && (text.charAt(p - 1) == ',' || text.charAt(p - 1) == '&');
    }

    /** The first word before {@code s} that is not a title, role, kin word, capitalised word or possessive. */
    private String governor(int s) {
        int p = s;
        for (int n = 0; n < 12; n++) {
            int we = p;
            while (we > 0 && text.charAt(we - 1) == ' ') {
                we--;
            }
            if (we == 0 || !Character.isLetterOrDigit(text.charAt(we - 1))) {
                return "";
            }
            int ws = we;
            while (ws > 0 && !Character.isWhitespace(text.charAt(ws - 1)) && text.charAt(ws - 1) != '('
                    && text.charAt(ws - 1) != ',') {
                ws--;
            }
            String w = text.substring(ws, we);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean skip = Character.isUpperCase(w.codePointAt(0)) || SKIP.contains(lower) || lower.endsWith("-old")
                    || Character.isDigit(w.charAt(0));
            if (!skip) {
                return lower;
            }
            p = ws;
        }
        return "";
    }

    private int positionOfWordBefore(int s, String word) {
        int at = text.lastIndexOf(" " + word + " ", s);
        return at < 0 ? 0 : at + 1;
    }

    private String wordBefore(int s) {
        int we = s;
        while (we > 0 && text.charAt(we - 1) == ' ') {
            we--;
        }
        int ws = we;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        return text.substring(ws, we);
    }

    private String wordAfter(int e) {
        int ws = e;
        while (ws < text.length() && text.charAt(ws) == ' ') {
            ws++;
        }
        if (ws == e) {
            return "";
        }
        int we = ws;
        while (we < text.length() && (Character.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '-')) {
            we++;
        }
        String w = text.substring(ws, we);
        return w.isEmpty() || Character.isUpperCase(w.charAt(0)) ? "" : w;
    }
}
