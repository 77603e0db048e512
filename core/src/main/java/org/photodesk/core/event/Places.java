package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Finds an event's venue, city and country: "at the Stade de France", "Saint-Denis, France", the Reuters slug
 * "Venue, City, Country - Date", and the IPTC location fields of photos. The most attested candidate wins.
 */
final class Places {

    private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{Lu}[\\p{L}\\p{M}'’]*)*";
    private static final String SEQ = TOKEN + "(?:\\s+(?:(?:de|du|des|do|dos|das|la|le|of|del|di|da)\\s+)*" + TOKEN + ")*";
    private static final Pattern AT_VENUE = Pattern.compile(
            "\\b(?:at|inside|outside|venue,?|in)\\s+(?:the\\s+)?(" + SEQ + ")");
    private static final Pattern IN_COUNTRY = Pattern.compile("\\bin\\s+(" + String.join("|",
            Lexicon.COUNTRIES.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                    .thenComparing(java.util.Comparator.naturalOrder())).map(Pattern::quote).toList()) + ")\\b");
    private static final Pattern CITY_COUNTRY = Pattern.compile("(" + SEQ + "),\\s+(" + SEQ + ")\\b");

    /** Candidates for one kind of place, with the units naming them. */
    private final Map<String, List<Unit>> venues = new LinkedHashMap<>();
    private final Map<String, List<Unit>> cities = new LinkedHashMap<>();
    private final Map<String, List<Unit>> countries = new LinkedHashMap<>();

    Places(List<Unit> units, List<Photo> photos) {
        for (Unit u : units) {
            scan(u);
        }
        for (Photo p : photos) {
            PhotoMetadata m = p.metadata();
            Unit u = units.stream().filter(x -> x.sourceId().equals(Event.memberId(p))).findFirst().orElse(null);
            if (u != null) {
                add(venues, m.sublocation(), u);
                add(cities, m.city(), u);
                add(countries, m.country(), u);
            }
        }
    }

    private void scan(Unit u) {
        Matcher at = AT_VENUE.matcher(u.text());
        while (at.find()) {
            String name = trimVenue(at.group(1));
            if (isVenue(name)) {
                add(venues, name, u);
            }
        }
        Matcher cc = CITY_COUNTRY.matcher(u.text());
        int from = 0;
        while (from < u.text().length() && cc.find(from)) {
            String city = cc.group(1);
            String country = countryPrefix(cc.group(2));
            if (country != null && !isVenue(city) && !Lexicon.COUNTRIES.contains(city) && !isStopWord(city)) {
                add(cities, lastPart(city), u);
                add(countries, country, u);
            }
            from = cc.end(1) + 1;
        }
        Matcher in = IN_COUNTRY.matcher(u.text());
        while (in.find()) {
            add(countries, in.group(1), u);
        }
    }

    /** The venue with the most attestations; its evidence is every unit naming it (or a spelling of it). */
    Optional<Place> venue(NameIndex names) {
        return best(venues, names);
    }

    Optional<Place> city(NameIndex names) {
        return best(cities, names);
    }

    Optional<Place> country(NameIndex names) {
        return best(countries, names);
    }

    private static Optional<Place> best(Map<String, List<Unit>> candidates, NameIndex names) {
        return candidates.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, List<Unit>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> place(e.getKey(), e.getValue(), names));
    }

    private static Place place(String name, List<Unit> units, NameIndex names) {
        Optional<NameIndex.Cluster> cluster = names.find(name);
        String canonical = cluster.map(c -> c.canonical).filter(c -> NameIndex.fold(c).equals(NameIndex.fold(name)))
                .orElse(name);
        List<String> variants = cluster.map(c -> c.surfaces().stream().filter(s -> !s.equals(canonical)).sorted().toList())
                .orElse(List.of());
        List<Unit> evidence = new ArrayList<>(units);
        cluster.ifPresent(c -> c.mentions.stream().map(NameIndex.Mention::unit)
                .filter(u -> !evidence.contains(u) && !u.text().isEmpty()).forEach(evidence::add));
        List<SourceRef> refs = evidence.stream().distinct().map(Unit::ref)
                .sorted(Comparator.comparing(SourceRef::sourceId).thenComparingInt(SourceRef::start)).toList();
        return new Place(canonical, variants, refs);
    }

    private static void add(Map<String, List<Unit>> map, String name, Unit u) {
        if (name != null && !name.isBlank()) {
            List<Unit> list = map.computeIfAbsent(name.strip(), k -> new ArrayList<>());
            if (!list.contains(u)) {
                list.add(u);
            }
        }
    }

    private static boolean isVenue(String name) {
        for (String w : NameIndex.fold(name).split(" ")) {
            if (Lexicon.VENUE_WORDS.contains(w) || Lexicon.VENUE_WORDS.stream().anyMatch(v -> v.length() >= 5 && w.endsWith(v))) {
                return true;
            }
        }
        return false;
    }

    /** "Stade de France Sunday" is cut at the weekday. */
    private static String trimVenue(String name) {
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && isStopWord(words[n - 1])) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    private static boolean isStopWord(String w) {
        return Lexicon.STOP.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The country a "City, Country..." match ends with, if it starts with one. */
    private static String countryPrefix(String seq) {
        return Lexicon.COUNTRIES.stream().filter(c -> seq.equals(c) || seq.startsWith(c + " "))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** The city of "Sunday Saint-Denis" or "Olympics Paris": the last capitalised run after a stop word. */
    private static String lastPart(String city) {
        String[] words = city.split("\\s+");
        int s = 0;
        for (int i = 0; i < words.length; i++) {
            if (isStopWord(words[i])) {
                s = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.min(s, words.length - 1), words.length));
    }
}
