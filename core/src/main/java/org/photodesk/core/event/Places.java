package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.photodesk.core.text.Words;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Finds an event's venue, city and country: "at the Stade de France", "Saint-Denis, France", the Reuters slug
 * "Venue, City, Country - Date", and the IPTC location fields of photos. The most attested candidate wins.
 */
final class Places {


    /** Candidates for one kind of place, with the units naming them. */
    private final Map<String, List<Unit>> venues = new LinkedHashMap<>();
    private final Map<String, List<Unit>> cities = new LinkedHashMap<>();
    private final Map<String, List<Unit>> countries = new LinkedHashMap<>();
    /** Where the pictures were taken, by their captions: preferred to the places the text mentions. */
    private final Map<String, List<Unit>> captionVenues = new LinkedHashMap<>();
    private final Map<String, List<Unit>> captionCities = new LinkedHashMap<>();
    private final Map<String, List<Unit>> captionCountries = new LinkedHashMap<>();

    Places(List<Unit> units, List<Photo> photos) {
        this(units, photos, List.of());
    }

    /** Every unit of the event, for the fixed-site fallback. */
    private final List<Unit> units;

    Places(List<Unit> units, List<Photo> photos, List<CaptionFacts.Fact> facts) {
        this.units = units;
        for (Unit u : units) {
            scan(u);
        }
        Map<String, Unit> firstOf = new java.util.HashMap<>();
        for (Unit u : units) {
            firstOf.putIfAbsent(u.sourceId() + "#" + (u.paragraph() < 0 ? "title" : u.paragraph()), u);
            if (u.photoKey() != null) {
                firstOf.putIfAbsent(u.photoKey(), u);
            }
        }
        for (CaptionFacts.Fact f : facts) {
            Unit u = firstOf.get(f.photoKey());
            if (u != null) {
                weigh(captionVenues, f.venue(), u, f.weight());
                weigh(captionCities, cityKey(f.city()), u, f.weight());
                weigh(captionCountries, f.country(), u, f.weight());
            }
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

    /**
     * Reads one sentence in a single pass over its words (no backtracking pattern: a sentence of thousands of
     * capitalised words costs no more than its length): "at the Stade de France" gives a venue, "Saint-Denis,
     * France" a city and a country, "in France" a country.
     */
    private void scan(Unit u) {
        String t = u.text();
        Words w = Words.of(t, 0, t.length());
        int i = 0;
        while (i < w.size()) {
            if (!w.capitalised(i)) {
                i++;
                continue;
            }
            int e = run(w, i);
            String name = t.substring(w.start(i), w.end(e - 1));
            String lead = i > 0 && w.before(i).isBlank() ? w.word(i - 1) : "";
            String lead2 = i > 1 && w.before(i - 1).isBlank() ? w.word(i - 2) : "";
            boolean at = AT_WORDS.contains(lead) || lead.equals("the") && AT_WORDS.contains(lead2);
            if (at && isVenue(name)) {
                add(venues, trimVenue(name), u);
            }
            if (lead.equals("in") && countryPrefix(name) != null) {
                add(countries, countryPrefix(name), u);
            }
            if (e < w.size() && w.before(e).strip().equals(",") && w.capitalised(e)) {
                int e2 = run(w, e);
                String country = countryPrefix(t.substring(w.start(e), w.end(e2 - 1)));
                if (country != null && !isVenue(name) && !Lexicon.COUNTRIES.contains(name) && !isStopWord(name)) {
                    add(cities, lastPart(name), u);
                    add(countries, country, u);
                }
            }
            i = e;
        }
    }

    private static final java.util.Set<String> AT_WORDS = java.util.Set.of("at", "inside", "outside", "venue", "in");

    /** The end of a run of capitalised words (with "de", "du", "of"... inside) starting at {@code i}. */
    private static int run(Words w, int i) {
        int e = i + 1;
        while (e < w.size() && w.before(e).equals(" ")) {
            if (w.capitalised(e)) {
                e++;
            } else if (PARTICLES.contains(w.word(e)) && e + 1 < w.size() && w.before(e + 1).equals(" ")
                    && w.capitalised(e + 1)) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "du", "des", "do", "dos", "das",
            "la", "le", "of", "del", "di", "da");

    /** The venue with the most attestations; its evidence is every unit naming it (or a spelling of it). */
    Optional<Place> venue(NameIndex names) {
        Optional<Place> read = captionVenues.isEmpty() ? best(venues, names) : weighted(captionVenues, names);
        return read.or(() -> site().map(m -> place(m.site().venue(), m.units(), names)));
    }

    /**
     * The city where most captions place the pictures, else the one the text names most; when neither names one,
     * the host town of a fixed-site event the text names ("Glastonbury 2023" is held at Pilton).
     */
    Optional<Place> city(NameIndex names) {
        Optional<Place> read = captionCities.isEmpty() ? best(cities, names) : weighted(captionCities, names);
        return read.or(() -> site().map(m -> place(m.site().city(), m.units(), names)));
    }

    Optional<Place> country(NameIndex names) {
        Optional<Place> read = captionCountries.isEmpty() ? best(countries, names)
                : weighted(captionCountries, names);
        return read.or(() -> site().map(m -> place(m.site().country(), m.units(), names)));
    }

    /** The fixed-site event the units name, only when no caption or text names a city. */
    private Optional<EventSites.Mentioned> site() {
        if (!captionCities.isEmpty() || !cities.isEmpty()) {
            return Optional.empty();
        }
        return EventSites.standard().mostMentioned(units);
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

    /** Weights of the names read from captions and paragraphs, by map. */
    private final Map<Map<String, List<Unit>>, Map<String, Double>> weights = new java.util.IdentityHashMap<>();

    private void weigh(Map<String, List<Unit>> map, String name, Unit u, double weight) {
        if (name == null || name.isBlank()) {
            return;
        }
        add(map, name, u);
        weights.computeIfAbsent(map, k -> new java.util.HashMap<>()).merge(name.strip(), weight, Double::sum);
    }

    /**
     * One spelling per place: the gazetteer's name when it knows the city by another name ("New York City" is New
     * York), the city's own when a town is so called.
     */
    private static String cityKey(String city) {
        if (city == null) {
            return null;
        }
        var towns = org.photodesk.core.text.Geo.standard().towns(city);
        // a town so called keeps its name: Manchester stays Manchester, not Richmond, Virginia, which absorbed a
        // town of that name (the gazetteer ranks Richmond first by population)
        String key = org.photodesk.core.text.Fold.key(city);
        if (towns.stream().anyMatch(t -> org.photodesk.core.text.Fold.key(t.name()).equals(key))) {
            return city;
        }
        return towns.isEmpty() || towns.getFirst().population() < 100_000 ? city : towns.getFirst().name();
    }

    private Optional<Place> weighted(Map<String, List<Unit>> map, NameIndex names) {
        Map<String, Double> w = weights.getOrDefault(map, Map.of());
        return map.entrySet().stream()
                .max(Comparator.comparingDouble((Map.Entry<String, List<Unit>> e) -> w.getOrDefault(e.getKey(), 0.0))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> place(e.getKey(), e.getValue(), names));
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
