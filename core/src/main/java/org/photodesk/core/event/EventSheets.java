package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.photodesk.core.article.Article;
import org.photodesk.core.photo.Photo;

/**
 * Builds the {@link EventSheet} of an {@link Event} from its articles and photos. Nothing is invented: every item
 * of the sheet cites the sentence or caption it was read from.
 */
public final class EventSheets {

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}]+");

    /** The sheet of {@code event}. */
    public EventSheet sheetOf(Event event) {
        Corpus corpus = new Corpus(event.articles(), event.photos());
        Map<String, List<String>> metadataPeople = new HashMap<>();
        event.photos().forEach(p -> metadataPeople.put(Event.memberId(p), p.metadata().people()));
        NameIndex names = new NameIndex(corpus, metadataPeople);
        Places places = new Places(corpus.units(), event.photos(), CaptionFacts.of(event.articles(), event.photos()));
        Place venue = places.venue(names).orElse(null);
        Place city = places.city(names).orElse(null);
        Place country = places.country(names).orElse(null);
        Set<String> placeKeys = new java.util.HashSet<>();
        for (Place p : java.util.Arrays.asList(venue, city, country)) {
            if (p != null) {
                placeKeys.add(NameIndex.fold(p.name()));
            }
        }
        List<NameIndex.Cluster> people = names.clusters().stream()
                .filter(c -> !c.roles().isEmpty() || c.inMetadata())
                .filter(c -> c.surfaces().stream().noneMatch(s -> placeKeys.contains(NameIndex.fold(s))))
                .toList();
        List<Highlight> highlights = highlights(corpus.units(), people);
        List<Figure> figures = Figures.find(corpus.units());
        return new EventSheet(event.id(), event.name(), Dates.find(corpus.units(), sourceDates(event)), venue, city,
                country, people.stream().map(c -> person(c, highlights)).toList(), figures, Figures.compare(figures),
                highlights, photographers(corpus.units()), sources(event));
    }

    private static Map<String, LocalDate> sourceDates(Event event) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        event.articles().forEach(a -> out.put(a.id(), a.date()));
        event.photos().stream().filter(p -> p.metadata().dateCreated() != null)
                .forEach(p -> out.put(Event.memberId(p), p.metadata().dateCreated().date()));
        return out;
    }

    private static PersonEntry person(NameIndex.Cluster c, List<Highlight> highlights) {
        List<RoleFact> roleFacts = c.roles().stream().distinct().toList();
        List<Role> roles = roleFacts.stream().map(RoleFact::role).distinct().sorted().toList();
        List<String> spellings = new ArrayList<>();
        spellings.add(c.canonical);
        c.surfaces().stream().filter(s -> !s.equals(c.canonical)).sorted().forEach(spellings::add);
        Map<String, PhotoRef> photos = new TreeMap<>();
        c.mentions.stream().map(NameIndex.Mention::unit).filter(u -> u.photoKey() != null)
                .forEach(u -> photos.putIfAbsent(u.photoKey(),
                        new PhotoRef(u.photoKey(), u.sourceId(), u.photographer(), u.agency())));
        List<String> moments = highlights.stream().filter(h -> h.people().contains(c.canonical))
                .map(Highlight::moment).toList();
        List<SourceRef> mentions = c.mentions.stream().map(NameIndex.Mention::unit).map(Unit::ref).distinct()
                .sorted(Comparator.comparing(SourceRef::sourceId).thenComparingInt(SourceRef::start)).toList();
        return new PersonEntry(c.canonical, c.kind, roles, roleFacts, spellings, List.copyOf(new TreeSet<>(c.sources())),
                List.copyOf(photos.values()), moments, mentions);
    }

    /**
     * Groups the sentences and captions by the moment words they use. A moment names the person mentioned nearest to
     * its word, within {@value #NEAR} characters, or the subject of a sentence that names no one else (and, for a
     * photo, its IPTC Person Shown).
     */
    private static List<Highlight> highlights(List<Unit> units, List<NameIndex.Cluster> people) {
        Map<String, Set<Unit>> byMoment = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        for (Unit u : units) {
            if (u.paragraph() < 0 && !u.sourceId().startsWith("photo:")) {
                continue;
            }
            java.util.regex.Matcher m = TOKEN.matcher(u.text());
            while (m.find()) {
                String moment = Lexicon.MOMENTS.get(m.group());
                if (moment != null) {
                    byMoment.computeIfAbsent(moment, k -> new LinkedHashSet<>()).add(u);
                    names.computeIfAbsent(moment, k -> new TreeSet<>()).addAll(near(u, m.start(), m.end(), people));
                }
            }
        }
        List<Highlight> out = new ArrayList<>();
        byMoment.forEach((moment, us) -> {
            List<Unit> ordered = us.stream().sorted(Comparator.comparing(Unit::sourceId).thenComparingInt(Unit::start))
                    .toList();
            String label = ordered.stream().filter(u -> !u.caption()).findFirst().orElse(ordered.getFirst()).text();
            List<String> sources = List.copyOf(new TreeSet<>(ordered.stream().map(Unit::sourceId).toList()));
            out.add(new Highlight(moment, label, List.copyOf(names.get(moment)), sources,
                    ordered.stream().map(Unit::ref).toList()));
        });
        out.sort(Comparator.comparingInt((Highlight h) -> -h.sources().size())
                .thenComparingInt(h -> -h.evidence().size()).thenComparing(Highlight::moment));
        return out;
    }

    private static final int NEAR = 40;

    private static Set<String> near(Unit u, int start, int end, List<NameIndex.Cluster> people) {
        Set<String> out = new TreeSet<>();
        Map<String, Integer> gaps = new TreeMap<>();
        for (NameIndex.Cluster c : people) {
            for (NameIndex.Mention mn : c.mentions) {
                if (!mn.unit().equals(u)) {
                    continue;
                }
                if (mn.fromMetadata()) {
                    out.add(c.canonical);
                } else {
                    int gap = mn.end() <= start ? start - mn.end() : mn.start() - end;
                    boolean subject = mn.start() == 0 && onlyOne(u, people);
                    gaps.merge(c.canonical, subject ? 0 : gap, Math::min);
                }
            }
        }
        int nearest = gaps.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        gaps.forEach((name, gap) -> {
            if (gap == nearest && gap <= NEAR) {
                out.add(name);
            }
        });
        return out;
    }

    private static boolean onlyOne(Unit u, List<NameIndex.Cluster> people) {
        return people.stream().filter(c -> c.mentions.stream().anyMatch(m -> m.unit().equals(u) && !m.fromMetadata()))
                .count() == 1;
    }

    private static List<Photographer> photographers(List<Unit> units) {
        Map<List<String>, Set<String>> photos = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<List<String>, Set<String>> sources = new HashMap<>();
        for (Unit u : units) {
            if (u.photographer() != null && u.photoKey() != null) {
                List<String> key = List.of(u.agency() == null ? "" : u.agency(), u.photographer());
                photos.computeIfAbsent(key, k -> new TreeSet<>()).add(u.photoKey());
                sources.computeIfAbsent(key, k -> new TreeSet<>()).add(u.sourceId());
            }
        }
        List<Photographer> out = new ArrayList<>();
        photos.forEach((k, ps) -> out.add(new Photographer(k.get(1), k.get(0).isEmpty() ? null : k.get(0),
                List.copyOf(sources.get(k)), ps.size())));
        return out;
    }

    private static List<SourceSummary> sources(Event event) {
        List<SourceSummary> out = new ArrayList<>();
        for (Article a : event.articles()) {
            out.add(new SourceSummary(a.id(), "article", a.title(), a.date(), a.photoCaptions().size(),
                    a.photoCaptions().stream().map(c -> c.agency()).filter(java.util.Objects::nonNull).distinct()
                            .sorted().toList()));
        }
        for (Photo p : event.photos()) {
            out.add(new SourceSummary(Event.memberId(p), "photo", p.metadata().headline(),
                    p.metadata().dateCreated() == null ? null : p.metadata().dateCreated().date(), 1,
                    p.agency() == null ? List.of() : List.of(p.agency())));
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
