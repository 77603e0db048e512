package org.photodesk.core.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import static java.util.Map.entry;

/** The small word lists the event sheet relies on: role nouns and verbs, stop words, places, measures, moments. */
final class Lexicon {

    private Lexicon() {}

    /** Role nouns (singular) and the role they give. */
    static final Map<String, Role> ROLE_NOUNS = Map.ofEntries(
            entry("performer", Role.PERFORMER), entry("artist", Role.PERFORMER), entry("singer", Role.PERFORMER),
            entry("rapper", Role.PERFORMER), entry("pianist", Role.PERFORMER), entry("musician", Role.PERFORMER),
            entry("band", Role.PERFORMER), entry("group", Role.PERFORMER), entry("duo", Role.PERFORMER),
            entry("trio", Role.PERFORMER), entry("orchestra", Role.PERFORMER), entry("choir", Role.PERFORMER),
            entry("dj", Role.PERFORMER), entry("guitarist", Role.PERFORMER), entry("drummer", Role.PERFORMER),
            entry("bassist", Role.PERFORMER), entry("star", Role.PERFORMER), entry("dancer", Role.PERFORMER),
            entry("headliner", Role.PERFORMER), entry("vocalist", Role.PERFORMER), entry("violinist", Role.PERFORMER),
            entry("cellist", Role.PERFORMER), entry("soprano", Role.PERFORMER), entry("tenor", Role.PERFORMER),
            entry("frontman", Role.PERFORMER), entry("frontwoman", Role.PERFORMER), entry("songwriter", Role.PERFORMER),
            entry("athlete", Role.ATHLETE), entry("swimmer", Role.ATHLETE), entry("sprinter", Role.ATHLETE),
            entry("runner", Role.ATHLETE), entry("cyclist", Role.ATHLETE), entry("gymnast", Role.ATHLETE),
            entry("boxer", Role.ATHLETE), entry("player", Role.ATHLETE), entry("striker", Role.ATHLETE),
            entry("midfielder", Role.ATHLETE), entry("defender", Role.ATHLETE), entry("goalkeeper", Role.ATHLETE),
            entry("medalist", Role.ATHLETE), entry("medallist", Role.ATHLETE), entry("champion", Role.ATHLETE),
            entry("winger", Role.ATHLETE), entry("forward", Role.ATHLETE), entry("skater", Role.ATHLETE),
            entry("skier", Role.ATHLETE), entry("marathoner", Role.ATHLETE), entry("rower", Role.ATHLETE),
            entry("coach", Role.COACH), entry("manager", Role.COACH), entry("trainer", Role.COACH),
            entry("president", Role.OFFICIAL), entry("minister", Role.OFFICIAL), entry("mayor", Role.OFFICIAL),
            entry("chairman", Role.OFFICIAL), entry("chairwoman", Role.OFFICIAL), entry("official", Role.OFFICIAL),
            entry("governor", Role.OFFICIAL), entry("ambassador", Role.OFFICIAL), entry("chancellor", Role.OFFICIAL),
            entry("commissioner", Role.OFFICIAL), entry("referee", Role.OFFICIAL), entry("senator", Role.OFFICIAL),
            entry("king", Role.OFFICIAL), entry("queen", Role.OFFICIAL), entry("prince", Role.OFFICIAL),
            entry("princess", Role.OFFICIAL), entry("secretary", Role.OFFICIAL), entry("spokesman", Role.OFFICIAL),
            entry("spokeswoman", Role.OFFICIAL), entry("spokesperson", Role.OFFICIAL), entry("premier", Role.OFFICIAL),
            entry("lawmaker", Role.OFFICIAL), entry("congressman", Role.OFFICIAL),
            entry("congresswoman", Role.OFFICIAL),
            entry("director", Role.ORGANISER), entry("organiser", Role.ORGANISER), entry("organizer", Role.ORGANISER),
            entry("producer", Role.ORGANISER), entry("curator", Role.ORGANISER), entry("promoter", Role.ORGANISER),
            entry("presenter", Role.PRESENTER), entry("anchor", Role.PRESENTER),
            entry("emcee", Role.PRESENTER), entry("compere", Role.PRESENTER), entry("commentator", Role.PRESENTER),
            entry("actor", Role.ACTOR), entry("actress", Role.ACTOR), entry("comedian", Role.ACTOR),
            entry("filmmaker", Role.ACTOR), entry("captain", Role.ATHLETE),
            entry("author", Role.AUTHOR), entry("writer", Role.AUTHOR), entry("novelist", Role.AUTHOR),
            entry("poet", Role.AUTHOR));

    /** Role nouns that name groups rather than persons. */
    static final Set<String> GROUP_NOUNS = Set.of("band", "group", "duo", "trio", "orchestra", "choir", "team", "club");

    /** Role nouns that name one person. */
    static final Set<String> PERSON_NOUNS = Set.of("singer", "rapper", "pianist", "dj", "guitarist", "drummer",
            "bassist", "vocalist", "violinist", "cellist", "frontman", "frontwoman", "swimmer", "sprinter", "runner",
            "cyclist", "gymnast", "boxer", "striker", "midfielder", "defender", "goalkeeper", "medalist", "medallist",
            "coach", "manager", "president", "minister", "mayor", "chairman", "chairwoman", "governor", "director",
            "presenter", "actor", "actress", "comedian", "author", "writer", "novelist", "poet", "king", "queen", "prince", "princess", "referee", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "premier", "lawmaker", "congressman", "congresswoman");

    /** Verbs that, right after a name, give it a role. */
    static final Map<String, Role> ROLE_VERBS = Map.ofEntries(
            entry("performed", Role.PERFORMER), entry("performs", Role.PERFORMER), entry("perform", Role.PERFORMER), entry("performing", Role.PERFORMER),
            entry("sang", Role.PERFORMER), entry("sings", Role.PERFORMER), entry("singing", Role.PERFORMER),
            entry("rapped", Role.PERFORMER), entry("raps", Role.PERFORMER), entry("danced", Role.PERFORMER),
            entry("plays", Role.PERFORMER), entry("headlined", Role.PERFORMER), entry("headlines", Role.PERFORMER),
            entry("scored", Role.ATHLETE), entry("scores", Role.ATHLETE), entry("swam", Role.ATHLETE),
            entry("sprinted", Role.ATHLETE), entry("clocked", Role.ATHLETE), entry("dribbled", Role.ATHLETE),
            entry("hosted", Role.PRESENTER), entry("hosts", Role.PRESENTER), entry("presented", Role.PRESENTER));

    /** Words that introduce a list of people sharing the role noun before them ("stars like A, B and C"). */
    static final Set<String> LIST_INTRODUCERS = Set.of("like", "including", "as", "featuring", "by");

    /** Capitalised words that are not names, or not the start of one. */
    static final Set<String> STOP = Set.of("the", "a", "an", "at", "in", "on", "of", "for", "from", "to", "and", "but",
            "or", "after", "before", "during", "here", "there", "this", "that", "these", "those", "it", "its", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "according", "see", "when", "while",
            "as", "with", "by", "if", "then", "so", "yet", "also", "some", "many", "more", "most", "over", "under",
            "about", "around", "despite", "although", "though", "because", "since", "until", "where", "what", "who",
            "why", "how", "one", "two", "three", "no", "not", "all", "every", "each", "both", "up", "down", "out",
            "just", "even", "still", "only", "now", "last", "next", "first", "new", "photo", "photos", "picture",
            "pictures", "image", "images", "read", "watch", "live", "update", "updated", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms");

    /** Nationality and region adjectives, stripped from the start of a name ("French President Emmanuel Macron"). */
    static final Set<String> DEMONYMS = Set.of("french", "belgian", "american", "british", "german", "spanish",
            "italian", "australian", "ethiopian", "kenyan", "jamaican", "canadian", "brazilian", "japanese", "chinese",
            "dutch", "swiss", "irish", "scottish", "welsh", "english", "mexican", "argentine", "argentinian",
            "portuguese", "swedish", "norwegian", "danish", "finnish", "polish", "indian", "african", "european",
            "asian", "korean", "south", "north", "russian", "ukrainian", "greek", "turkish", "austrian", "czech",
            "hungarian", "croatian", "serbian", "nigerian", "ghanaian", "moroccan", "egyptian", "icelandic",
            "international", "former", "veteran", "legendary", "local", "grammy", "oscar");

    /** Honorifics that belong to a name ("Dr. Dre"). */
    static final Set<String> TITLES = Set.of("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Sir", "Dame");

    /** Countries by their English short name. */
    static final Set<String> COUNTRIES = Set.of("France", "Belgium", "Germany", "Spain", "Italy", "Portugal",
            "Netherlands", "Switzerland", "Austria", "Ireland", "England", "Scotland", "Wales", "Britain",
            "United Kingdom", "UK", "United States", "USA", "U.S.", "Canada", "Mexico", "Brazil", "Argentina", "Chile",
            "Colombia", "Peru", "Australia", "New Zealand", "Japan", "China", "South Korea", "India", "Indonesia",
            "Thailand", "Vietnam", "Philippines", "Singapore", "Malaysia", "Egypt", "Morocco", "Nigeria", "Kenya",
            "Ethiopia", "South Africa", "Ghana", "Senegal", "Turkey", "Greece", "Poland", "Czech Republic", "Hungary",
            "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Russia", "Ukraine", "Croatia", "Serbia", "Israel",
            "Qatar", "Saudi Arabia", "United Arab Emirates", "Jamaica", "Cuba", "Luxembourg", "Monaco");

    /** Words that make a name a venue. */
    static final Set<String> VENUE_WORDS = Set.of("stade", "stadium", "stadion", "estadio", "arena", "hall", "park",
            "theatre", "theater", "centre", "center", "field", "garden", "gardens", "palace", "palais", "dome", "bowl",
            "club", "square", "ground", "grounds", "velodrome", "circuit", "court", "opera", "forum", "olympia",
            "amphitheatre", "amphitheater", "parque", "stadio", "pavilion", "coliseum", "colosseum", "racecourse", "ballroom", "auditorium",
            "cathedral", "church", "museum", "plaza", "place", "hippodrome", "ring");

    /** What a counted noun measures: the group under which similar figures are compared. */
    static final Map<String, String> MEASURES = Map.ofEntries(
            entry("performer", "performers"), entry("artist", "performers"), entry("musician", "performers"),
            entry("dancer", "performers"), entry("acrobat", "performers"), entry("singer", "performers"),
            entry("entertainer", "performers"), entry("act", "performers"),
            entry("spectator", "audience"), entry("fan", "audience"), entry("attendee", "audience"),
            entry("people", "audience"), entry("visitor", "audience"), entry("concertgoer", "audience"),
            entry("festivalgoer", "audience"), entry("capacity", "audience"), entry("seat", "audience"),
            entry("seater", "audience"),
            entry("athlete", "athletes"), entry("competitor", "athletes"), entry("runner", "athletes"),
            entry("swimmer", "athletes"), entry("rider", "athletes"), entry("entrant", "athletes"),
            entry("delegation", "delegations"), entry("team", "delegations"), entry("nation", "delegations"),
            entry("country", "delegations"),
            entry("hour", "duration"), entry("minute", "duration"),
            entry("song", "songs"), entry("track", "songs"), entry("encore", "encores"),
            entry("volunteer", "volunteers"), entry("drone", "drones"), entry("firework", "fireworks"),
            entry("goal", "goals"), entry("medal", "medals"), entry("ticket", "tickets"), entry("lap", "laps"),
            entry("kilometre", "distance"), entry("kilometer", "distance"), entry("mile", "distance"));

    /** Counted nouns that are a bound (a capacity), not a count. */
    static final Set<String> BOUNDS = Set.of("capacity", "seat", "seater");

    /** Words that mark a moment, and the moment they belong to. */
    static final Map<String, String> MOMENTS = Map.ofEntries(
            entry("stunt", "stunt"), entry("rappel", "stunt"), entry("abseil", "stunt"), entry("abseiled", "stunt"),
            entry("descent", "stunt"), entry("lowered", "stunt"), entry("zipline", "stunt"), entry("leap", "stunt"),
            entry("flag", "flag"), entry("flags", "flag"), entry("handover", "flag"),
            entry("piano", "piano"), entry("fireworks", "fireworks"), entry("firework", "fireworks"),
            entry("flame", "flame"), entry("cauldron", "flame"), entry("lantern", "flame"),
            entry("encore", "encore"), entry("encores", "encore"), entry("goal", "goal"), entry("equaliser", "goal"),
            entry("equalizer", "goal"), entry("penalty", "penalty"), entry("header", "goal"), entry("trophy", "trophy"),
            entry("cup", "trophy"), entry("record", "record"), entry("anthem", "anthem"), entry("tribute", "tribute"),
            entry("drones", "drones"), entry("proposal", "proposal"), entry("proposed", "proposal"),
            entry("rain", "weather"), entry("storm", "weather"), entry("downpour", "weather"),
            entry("delayed", "delay"), entry("delay", "delay"), entry("duet", "duet"), entry("guest", "guest"));

    /** The lower-case singular of a noun ("athletes" → "athlete", "people" → "people"). */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The role a noun gives, singular or plural. */
    static Optional<Role> roleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(ROLE_NOUNS.getOrDefault(w, ROLE_NOUNS.get(singular(w))));
    }

    /** Whether a role noun is in the plural ("artists", "stars"). */
    static boolean isPluralRoleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !ROLE_NOUNS.containsKey(w) && ROLE_NOUNS.containsKey(singular(w));
    }
}
