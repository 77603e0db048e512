package org.photodesk.core.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.article.Article;
import org.photodesk.core.event.DateFact;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventGrouper;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.event.EventSheets;
import org.photodesk.core.event.NameEntry;
import org.photodesk.core.event.NameKind;
import org.photodesk.core.event.Place;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;

/**
 * The library's events: built from the imported articles and the library's photos by {@link EventGrouper}, then
 * shaped by the editors' decisions (rename, merge, split), which are stored and replayed in order on every build.
 *
 * <p>An event's id is {@code ev-} and the slug of its anchor: the member (article source id or {@code photo:<id>})
 * that came into the library first. So the id stays the same while that member stays in the event, whatever else
 * joins or leaves it. Decisions name events by members, so they survive rebuilds too.
 */
public final class EventBook {

    private static final int PAGE = 500;

    private final EventStore store;
    private final PhotoStore photos;
    private final Clock clock;
    private final EventGrouper grouper = new EventGrouper();
    private final EventSheets sheets = new EventSheets();

    public EventBook(EventStore store, PhotoStore photos, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One line of the events list: the event with its days, place and how many sources it has. */
    public record Summary(String id, String name, List<LocalDate> dates, String venue, String city, String country,
            int articles, int photos) {
        public Summary {
            Objects.requireNonNull(id, "id");
            dates = List.copyOf(dates);
        }
    }

    /** The members of the library as the grouper sees them, and when each came in. */
    private record Members(List<Article> articles, List<Photo> photos, Map<String, Instant> added) {}

    /** What the events were built from: the store's last change and the counts of articles and decisions. */
    private record Built(long photoChange, int articles, int decisions, List<Event> events) {}

    /** The events last built, reused while neither the photos, the articles nor the decisions changed. */
    private volatile Built built;

    /**
     * Every event, the one whose anchor came in first first. The grouping is kept and reused until a photo, an
     * article or an editor's decision changes, so a desk that shows the events again does not group them again.
     */
    public List<Event> events() {
        long photoChange = photos.lastChange();
        int articles = store.articles().size();
        int decisions = store.decisions().size();
        Built last = built;
        if (last != null && last.photoChange() == photoChange && last.articles() == articles
                && last.decisions() == decisions) {
            return last.events();
        }
        List<Event> events = List.copyOf(build(members()));
        built = new Built(photoChange, articles, decisions, events);
        return events;
    }

    /** The summaries of the events last built, and the list they were made from. */
    private record Summaries(List<Event> of, List<Summary> summaries) {}

    private volatile Summaries summarised;

    /** Every event as a summary, in {@link #events()} order; kept with the grouping while nothing changes. */
    public List<Summary> summaries() {
        List<Event> events = events();
        Summaries last = summarised;
        if (last != null && last.of() == events) {
            return last.summaries();
        }
        List<Summary> summaries = events.stream().map(this::summary).toList();
        summarised = new Summaries(events, summaries);
        return summaries;
    }

    /** The event with id {@code id}. */
    public Optional<Event> find(String id) {
        return events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The event with id {@code id}, or an exception saying how to find the ids. */
    public Event expect(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(
                "no event '" + id + "': list the events and their ids with 'photodesk events'"));
    }

    /** The sheet of event {@code id}. */
    public EventSheet sheet(String id) {
        return sheets.sheetOf(expect(id));
    }

    /** Renames event {@code id}; returns it renamed. */
    public Event rename(String id, String name) {
        Event e = expect(id);
        String anchor = anchor(e, members().added());
        store.decide(new EventDecision.Rename(anchor, name), clock.instant());
        return containing(anchor);
    }

    /** Makes events {@code id} and {@code otherId} one, with the first one's name; returns the merged event. */
    public Event merge(String id, String otherId) {
        Map<String, Instant> added = members().added();
        Event a = expect(id);
        Event b = expect(otherId);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("cannot merge event '" + id + "' with itself: give two event ids");
        }
        String anchor = anchor(a, added);
        store.decide(new EventDecision.Merge(anchor, anchor(b, added)), clock.instant());
        return containing(anchor);
    }

    /**
     * Moves {@code memberIds} out of event {@code id} into a new event called {@code name} (or, when null, what the
     * grouper would call them); returns the new event.
     */
    public Event split(String id, List<String> memberIds, String name) {
        Event e = expect(id);
        Set<String> moved = new LinkedHashSet<>(memberIds);
        List<String> unknown = moved.stream().filter(m -> !e.memberIds().contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("event '" + id + "' has no member " + unknown + ": its members are "
                    + e.memberIds());
        }
        if (moved.containsAll(e.memberIds())) {
            throw new IllegalArgumentException("moving every member of event '" + id
                    + "' would leave it empty: rename it instead");
        }
        Event.Split parts = e.split(moved, name == null || name.isBlank() ? "split" : name);
        String newName = name == null || name.isBlank() ? grouperName(parts.moved()) : name.strip();
        store.decide(new EventDecision.Split(List.copyOf(moved), newName), clock.instant());
        return containing(moved.iterator().next());
    }

    /**
     * The reference spellings for captions of event {@code eventId}: the desk's roster for the event (by its name or
     * id) first, then the people, groups and places of its sheet, the spellings of one name merged.
     */
    public List<NameEntry> referenceNames(String eventId) {
        Event e = expect(eventId);
        return withRoster(e, sheets.sheetOf(e).referenceNames());
    }

    /**
     * The reference spellings for {@code photo}'s caption: those of the event the photo belongs to (or would join,
     * when it is not in the library yet), read from the event's other sources only, so that the photo's own
     * spellings never vouch for themselves. Empty when the photo is in no event with other sources and no roster.
     */
    public List<NameEntry> referenceNamesFor(Photo photo) {
        Members m = members();
        List<Photo> ps = new ArrayList<>(m.photos().stream().filter(p -> p.id() != photo.id()).toList());
        ps.add(photo);
        Map<String, Instant> added = new HashMap<>(m.added());
        added.putIfAbsent(Event.memberId(photo), photo.ingestedAt() == null ? Instant.MAX : photo.ingestedAt());
        Event e = build(new Members(m.articles(), ps, added)).stream()
                .filter(ev -> ev.memberIds().contains(Event.memberId(photo))).findFirst().orElseThrow();
        Event others = new Event(e.id(), e.name(), e.articles(),
                e.photos().stream().filter(p -> p.id() != photo.id()).toList());
        List<NameEntry> sheetNames = others.memberIds().isEmpty() ? List.of() : sheets.sheetOf(others).referenceNames();
        return withRoster(e, sheetNames);
    }

    private Summary summary(Event e) {
        EventSheet s = sheets.sheetOf(e);
        return new Summary(e.id(), e.name(), s.dates().stream().map(DateFact::date).toList(), placeName(s.venue()),
                placeName(s.city()), placeName(s.country()), e.articles().size(), e.photos().size());
    }

    private static String placeName(Place p) {
        return p == null ? null : p.name();
    }

    private Event containing(String member) {
        return events().stream().filter(e -> e.memberIds().contains(member)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no event holds '" + member + "' any more"));
    }

    private String grouperName(Event moved) {
        return grouper.group(moved.articles(), moved.photos()).stream().map(Event::name).findFirst().orElse("split");
    }

    // ---- building ----

    private Members members() {
        List<StoredArticle> stored = store.articles();
        Map<String, Instant> added = new HashMap<>();
        stored.forEach(a -> added.put(a.sourceId(), a.importedAt()));
        List<Photo> all = new ArrayList<>();
        long after = 0;
        for (List<Photo> page = photos.page(after, PAGE); !page.isEmpty(); page = photos.page(after, PAGE)) {
            all.addAll(page);
            after = page.getLast().id();
        }
        all.forEach(p -> added.put(Event.memberId(p), p.ingestedAt() == null ? Instant.MAX : p.ingestedAt()));
        return new Members(stored.stream().map(StoredArticle::article).toList(), all, added);
    }

    private List<Event> build(Members m) {
        List<Event> events = grouper.group(m.articles(), m.photos());
        for (EventDecision d : store.decisions()) {
            events = apply(events, d);
        }
        Comparator<String> byArrival = arrival(m.added());
        return events.stream()
                .map(e -> new Event("ev-" + slug(anchor(e, m.added())), e.name(), e.articles(), e.photos()))
                .sorted(Comparator.comparing((Event e) -> anchor(e, m.added()), byArrival))
                .toList();
    }

    /** {@code events} after decision {@code d}; a decision about members no longer in the library changes nothing. */
    static List<Event> apply(List<Event> events, EventDecision d) {
        return switch (d) {
            case EventDecision.Rename r -> events.stream()
                    .map(e -> e.memberIds().contains(r.member()) ? e.renamed(r.name()) : e).toList();
            case EventDecision.Merge mg -> merge(events, mg);
            case EventDecision.Split s -> split(events, s);
        };
    }

    private static List<Event> merge(List<Event> events, EventDecision.Merge mg) {
        Optional<Event> a = holding(events, mg.first());
        Optional<Event> b = holding(events, mg.second());
        if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e == a.get()) {
                out.add(e.mergedWith(b.get()));
            } else if (e != b.get()) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Event> split(List<Event> events, EventDecision.Split s) {
        Set<String> moving = new HashSet<>(s.members());
        List<Event> out = new ArrayList<>();
        Event moved = null;
        for (Event e : events) {
            if (e.memberIds().stream().noneMatch(moving::contains)) {
                out.add(e);
                continue;
            }
            Event.Split parts = e.split(moving, s.name());
            if (!parts.kept().memberIds().isEmpty()) {
                out.add(parts.kept());
            }
            moved = moved == null ? parts.moved() : moved.mergedWith(parts.moved());
        }
        if (moved != null) {
            out.add(moved);
        }
        return out;
    }

    private static Optional<Event> holding(List<Event> events, String member) {
        return events.stream().filter(e -> e.memberIds().contains(member)).findFirst();
    }

    /** The member of {@code e} that came into the library first (ties: the smaller member id). */
    static String anchor(Event e, Map<String, Instant> added) {
        return e.memberIds().stream().min(arrival(added)).orElseThrow();
    }

    private static Comparator<String> arrival(Map<String, Instant> added) {
        return Comparator.comparing((String m) -> added.getOrDefault(m, Instant.MAX))
                .thenComparing(Comparator.naturalOrder());
    }

    static String slug(String member) {
        String s = java.text.Normalizer.normalize(member, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "event" : s;
    }

    // ---- reference names ----

    /**
     * The desk's roster for event {@code eventId}: the names given for its name (case ignored) or its id. Roster
     * aliases are accepted spellings, unlike the variants of {@link #referenceNames}, which a check may flag.
     */
    public List<RosterName> roster(String eventId) {
        return roster(expect(eventId));
    }

    private List<RosterName> roster(Event e) {
        Map<String, RosterName> roster = new LinkedHashMap<>();
        for (RosterName r : store.roster(e.name())) {
            roster.put(r.name(), r);
        }
        for (RosterName r : store.roster(e.id())) {
            roster.putIfAbsent(r.name(), r);
        }
        return List.copyOf(roster.values());
    }

    private List<NameEntry> withRoster(Event e, List<NameEntry> sheetNames) {
        return merged(roster(e), sheetNames);
    }

    /**
     * Roster names first, then the sheet's other names. A sheet name that is a roster name or alias (accents and
     * case aside) joins that roster name: its spellings become variants, except the roster's own aliases.
     */
    static List<NameEntry> merged(List<RosterName> roster, List<NameEntry> sheetNames) {
        List<Builder> out = new ArrayList<>();
        for (RosterName r : roster) {
            out.add(new Builder(r.name(), NameKind.UNKNOWN, r.aliases()));
        }
        for (NameEntry n : sheetNames) {
            Optional<Builder> same = out.stream().filter(b -> b.matches(n)).findFirst();
            if (same.isPresent()) {
                same.get().absorb(n);
            } else {
                Builder b = new Builder(n.name(), n.kind(), List.of());
                b.variants.addAll(n.variants());
                out.add(b);
            }
        }
        return out.stream().map(Builder::entry).toList();
    }

    /** A name entry being merged from the roster and a sheet. */
    private static final class Builder {
        private final String name;
        private NameKind kind;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Set<String> variants = new LinkedHashSet<>();

        Builder(String name, NameKind kind, List<String> aliases) {
            this.name = name;
            this.kind = kind;
            this.aliases.addAll(aliases);
        }

        boolean matches(NameEntry n) {
            Set<String> mine = new HashSet<>();
            mine.add(CaptionMatch.fold(name));
            aliases.forEach(a -> mine.add(CaptionMatch.fold(a)));
            return mine.contains(CaptionMatch.fold(n.name()))
                    || n.variants().stream().anyMatch(v -> mine.contains(CaptionMatch.fold(v)));
        }

        void absorb(NameEntry n) {
            if (kind == NameKind.UNKNOWN) {
                kind = n.kind();
            }
            variants.add(n.name());
            variants.addAll(n.variants());
        }

        NameEntry entry() {
            return new NameEntry(name, variants.stream().filter(v -> !v.equals(name) && !aliases.contains(v)).toList(),
                    kind);
        }
    }
}
