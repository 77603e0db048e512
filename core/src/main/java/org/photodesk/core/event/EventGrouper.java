package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.photodesk.core.article.Article;
import org.photodesk.core.photo.Photo;

/**
 * Groups articles and photos into events.
 *
 * <p>Two sources are about the same event when they share an IPTC Event (photos), or when their days are the same
 * or adjacent and they share enough: a venue counts 2, a city 1, each person or group with a role 1 (at most 2);
 * 2 is enough. Two photos with different IPTC Events are never linked directly. Groups are the connected sources.
 *
 * <p>An event is named by its photos' most common IPTC Event, else by its shortest article title; its id is its
 * first day and that name as a slug.
 */
public final class EventGrouper {

    /**
     * The version of the grouping rules: libraries that kept their groups by other rules are grouped again when
     * opened ({@code EventMembership}). Move it with every change to what links two sources.
     */
    static final String RULES = "2";

    private static final int ENOUGH = 2;
    /** A keyword shared by more than this share of the sources grouped together says nothing about an event. */
    private static final double RARE_SHARE = 0.3;

    /** What one source says about where, when and who, reduced to comparable keys. */
    record Signature(String memberId, Set<LocalDate> days, Set<String> venues, Set<String> cities,
            Set<String> names, String iptcEvent, Set<String> keywords) {}

    /** Groups {@code articles} and {@code photos}; every source ends in exactly one event. */
    public List<Event> group(List<Article> articles, List<Photo> photos) {
        List<Article> as = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
        List<Photo> ps = photos.stream().sorted(Comparator.comparingLong(Photo::id)).toList();
        List<Signature> sigs = new ArrayList<>();
        as.forEach(a -> sigs.add(signature(a.id(), List.of(a), List.of(), null)));
        ps.forEach(p -> sigs.add(signature(Event.memberId(p), List.of(), List.of(p), p.metadata().event())));
        Map<String, Integer> df = new HashMap<>();
        sigs.forEach(x -> x.keywords().forEach(k -> df.merge(k, 1, Integer::sum)));
        int rare = Math.max(2, (int) Math.floor(sigs.size() * RARE_SHARE));
        int[] parent = new int[sigs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        linkAll(sigs, parent, df, rare);
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < sigs.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, Article> articleById = as.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, Photo> photoById = ps.stream().collect(Collectors.toMap(Event::memberId, Function.identity()));
        List<Event> events = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            List<Article> ea = members.stream().map(i -> articleById.get(sigs.get(i).memberId()))
                    .filter(Objects::nonNull).toList();
            List<Photo> ep = members.stream().map(i -> photoById.get(sigs.get(i).memberId()))
                    .filter(Objects::nonNull).toList();
            LocalDate first = members.stream().flatMap(i -> sigs.get(i).days().stream()).min(Comparator.naturalOrder())
                    .orElse(null);
            events.add(event(ea, ep, first));
        }
        events.sort(Comparator.comparing(Event::id));
        return List.copyOf(uniqueIds(events));
    }

    private static Event event(List<Article> articles, List<Photo> photos, LocalDate first) {
        String name = mostCommon(photos.stream().map(p -> p.metadata().event()).filter(Objects::nonNull).toList())
                .or(() -> articles.stream().map(Article::title).filter(Objects::nonNull)
                        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                .or(() -> photos.stream().map(p -> p.metadata().headline()).filter(Objects::nonNull).findFirst())
                .orElse("Untitled event");
        String id = (first == null ? "undated" : first.toString()) + "-" + Event.slug(name);
        return new Event(id, name, articles, photos);
    }

    private static List<Event> uniqueIds(List<Event> events) {
        Map<String, Integer> seen = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int n = seen.merge(e.id(), 1, Integer::sum);
            out.add(n == 1 ? e : new Event(e.id() + "-" + n, e.name(), e.articles(), e.photos()));
        }
        return out;
    }

    private static Optional<String> mostCommon(List<String> values) {
        Map<String, Long> counts = new TreeMap<>(values.stream().collect(Collectors.groupingBy(v -> v,
                Collectors.counting())));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * Joins every linked pair of sources, comparing only the pairs that can link: sources with the same IPTC Event
     * are joined at once (two sources that both have one link exactly when it is the same), and a source compares
     * itself with those whose days are within one of its own or that have no day ({@link #linked} needs that). The
     * groups are the same as comparing every pair; the work grows with the sources of each day, not with the square
     * of the library.
     */
    private static void linkAll(List<Signature> sigs, int[] parent, Map<String, Integer> df, int rare) {
        Map<String, Integer> firstWithEvent = new HashMap<>();
        Map<Long, List<Integer>> byDay = new HashMap<>();
        List<Integer> undated = new ArrayList<>();
        for (int i = 0; i < sigs.size(); i++) {
            Signature s = sigs.get(i);
            if (s.iptcEvent() != null) {
                Integer first = firstWithEvent.putIfAbsent(s.iptcEvent(), i);
                if (first != null) {
                    parent[find(parent, i)] = find(parent, first);
                }
            }
            if (s.days().isEmpty()) {
                undated.add(i);
            }
            for (LocalDate d : s.days()) {
                byDay.computeIfAbsent(d.toEpochDay(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < sigs.size(); i++) {
            Signature a = sigs.get(i);
            Set<Integer> candidates = new java.util.TreeSet<>();
            if (a.days().isEmpty()) {
                for (int j = i + 1; j < sigs.size(); j++) {
                    candidates.add(j);
                }
            } else {
                for (LocalDate d : a.days()) {
                    for (long day = d.toEpochDay() - 1; day <= d.toEpochDay() + 1; day++) {
                        candidates.addAll(byDay.getOrDefault(day, List.of()));
                    }
                }
                candidates.addAll(undated);
            }
            for (int j : candidates) {
                Signature b = sigs.get(j);
                if (j <= i || a.iptcEvent() != null && b.iptcEvent() != null) {
                    continue;   // each pair once; two IPTC Events were joined above when they are the same
                }
                if (find(parent, i) != find(parent, j) && linked(a, b, df, rare)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
    }

    private static boolean linked(Signature a, Signature b, Map<String, Integer> df, int rare) {
        if (a.iptcEvent() != null && b.iptcEvent() != null) {
            return a.iptcEvent().equals(b.iptcEvent());
        }
        boolean near = a.days().isEmpty() || b.days().isEmpty() || a.days().stream()
                .anyMatch(x -> b.days().stream().anyMatch(y -> Math.abs(x.toEpochDay() - y.toEpochDay()) <= 1));
        if (!near) {
            return false;
        }
        boolean city = shares(a.cities(), b.cities());
        // a venue's name in two different cities is two venues (an Olympic Stadium in Berlin and one in London)
        boolean venue = shares(a.venues(), b.venues()) && (city || a.cities().isEmpty() || b.cities().isEmpty());
        int keywords = 0;
        int placeWords = 0;
        for (String k : a.keywords()) {
            if (b.keywords().contains(k) && df.getOrDefault(k, 0) <= rare) {
                if (!k.startsWith(PLACE)) {
                    keywords++;
                } else if (!venue && !city) {
                    placeWords = 1;
                }
            }
        }
        keywords += placeWords;
        int score = (venue ? 2 : 0) + (city ? 1 : 0)
                + Math.min(2, shared(a.names(), b.names())) + (keywords >= 2 ? 2 : keywords >= 1 ? 1 : 0);
        return score >= ENOUGH;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return shared(a, b) > 0;
    }

    /** How many keys of {@code a} equal or nearly equal (one edit) a key of {@code b}. */
    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(x -> b.stream().anyMatch(y -> x.equals(y) || NameIndex.similar(x, y))).count();
    }

    private static Signature signature(String memberId, List<Article> articles, List<Photo> photos, String event) {
        Corpus corpus = new Corpus(articles, photos);
        Map<String, List<String>> people = new HashMap<>();
        photos.forEach(p -> people.put(Event.memberId(p), p.metadata().people()));
        NameIndex names = new NameIndex(corpus, people);
        List<CaptionFacts.Fact> facts = CaptionFacts.of(articles, photos);
        Places places = new Places(corpus.units(), photos, facts);
        Map<String, LocalDate> dates = new HashMap<>();
        articles.forEach(a -> dates.put(a.id(), a.date()));
        photos.stream().filter(p -> p.metadata().dateCreated() != null)
                .forEach(p -> dates.put(Event.memberId(p), p.metadata().dateCreated().date()));
        Set<LocalDate> days = pictureDays(facts);
        if (days.isEmpty()) {
            Dates.find(corpus.units(), dates).forEach(d -> days.add(d.date()));
            published(articles).ifPresent(pub -> {
                // a gallery is published on the day or within days of what it shows: older dates are background
                days.removeIf(d -> d.isBefore(pub.minusDays(3)) || d.isAfter(pub.plusDays(1)));
                if (days.isEmpty()) {
                    days.add(pub);
                }
            });
        }
        Set<String> nameKeys = new HashSet<>();
        names.clusters().stream().filter(c -> !c.roles().isEmpty() || c.inMetadata())
                .forEach(c -> nameKeys.add(NameIndex.fold(c.canonical)));
        Set<String> venues = keys(places.venue(names));
        Set<String> cities = keys(places.city(names));
        return new Signature(memberId, days, venues, cities, nameKeys,
                event == null ? null : NameIndex.fold(event),
                keywords(corpus, placeWords(venues, cities, keys(places.country(names))), words(nameKeys)));
    }

    private static Optional<LocalDate> published(List<Article> articles) {
        return articles.stream().map(Article::date).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    /**
     * The days the captions say the pictures were taken: the most attested one and those next to it (a gallery
     * spans an evening past midnight), ignoring the dates a text paragraph mentions (births, earlier events).
     */
    private static Set<LocalDate> pictureDays(List<CaptionFacts.Fact> facts) {
        Map<LocalDate, Double> count = new TreeMap<>();
        for (CaptionFacts.Fact f : facts) {
            if (f.date() != null && f.weight() >= 2 && !f.photoKey().endsWith("#title")) {
                count.merge(f.date(), f.weight(), Double::sum);
            }
        }
        Set<LocalDate> out = new HashSet<>();
        count.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(best -> count.keySet().stream()
                .filter(d -> Math.abs(d.toEpochDay() - best.getKey().toEpochDay()) <= 1).forEach(out::add));
        return out;
    }

    /** Marks a keyword that is a word of the source's own venue, city or country. */
    private static final String PLACE = "@";

    /**
     * The capitalised words of a source (titles and names of things), folded, without dates and stop words and
     * without the photographer and agency of a caption's credit (the same photographer covers several events a day).
     * The words of the source's own venue, city and country are marked {@link #PLACE}: two sources count them, once
     * at most, only when they share neither venue nor city (a shared city is scored as such; counting its words and
     * its country's again joined every event of a busy city's day).
     */
    private static Set<String> keywords(Corpus corpus, Set<String> placeWords, Set<String> nameWords) {
        Set<String> out = new HashSet<>();
        for (Unit u : corpus.units()) {
            Set<String> credit = creditWords(u);
            org.photodesk.core.text.Words w = org.photodesk.core.text.Words.of(u.text(), 0, u.text().length());
            for (int i = 0; i < w.size(); i++) {
                String word = w.word(i);
                if (word.length() < 3 || !w.capitalised(i) || i == 0 || NOT_KEYWORDS.contains(word)) {
                    continue;
                }
                String key = NameIndex.fold(word);
                if (!credit.contains(key) && !nameWords.containsAll(List.of(key.split(" ")))) {
                    out.add(placeWords.contains(key) ? PLACE + key : key);
                }
            }
        }
        return out;
    }

    /** The folded words of the venue, city and country keys. */
    private static Set<String> placeWords(Set<String> venues, Set<String> cities, Set<String> countries) {
        Set<String> out = new HashSet<>(words(venues));
        out.addAll(words(cities));
        out.addAll(words(countries));
        return out;
    }

    /** The words of folded keys. */
    private static Set<String> words(Set<String> keys) {
        Set<String> out = new HashSet<>();
        keys.forEach(k -> out.addAll(List.of(k.split(" "))));
        return out;
    }

    /** The folded words of a caption's photographer and agency. */
    private static Set<String> creditWords(Unit u) {
        Set<String> out = new HashSet<>();
        for (String part : java.util.Arrays.asList(u.photographer(), u.agency())) {
            if (part != null) {
                for (String word : NameIndex.fold(part).split(" ")) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private static final Set<String> NOT_KEYWORDS = Set.of("The", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
            "AP", "REUTERS", "Reuters", "AFP", "Getty", "Images", "Photo", "EPA", "PA", "Press", "Associated",
            "Image", "Picture", "Pictures", "File", "Media", "Wire", "His", "Her", "Their", "This", "That", "And");

    private static Set<String> keys(Optional<Place> place) {
        Set<String> out = new HashSet<>();
        place.ifPresent(p -> {
            out.add(NameIndex.fold(p.name()));
            p.variants().forEach(v -> out.add(NameIndex.fold(v)));
        });
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    // ---- for IncrementalGrouper: the same rules, one source and one pair at a time ----

    /** What article {@code a} says about where, when and who, as {@link #group} compares it. */
    static Signature signatureOf(Article a) {
        return signature(a.id(), List.of(a), List.of(), null);
    }

    /** What photo {@code p} says about where, when and who, as {@link #group} compares it. */
    static Signature signatureOf(Photo p) {
        return signature(Event.memberId(p), List.of(), List.of(p), p.metadata().event());
    }

    /** How many sources may share a keyword before it says nothing, among {@code sources} sources. */
    static int rareLimit(int sources) {
        return Math.max(2, (int) Math.floor(sources * RARE_SHARE));
    }

    /** Whether {@link #group} links {@code a} and {@code b} directly, given the keywords' source counts. */
    static boolean links(Signature a, Signature b, Map<String, Integer> df, int rare) {
        return linked(a, b, df, rare);
    }

    /** The event {@link #group} makes of these sources, first seen on {@code first} (null: undated). */
    static Event eventOf(List<Article> articles, List<Photo> photos, LocalDate first) {
        return event(articles, photos, first);
    }
}
