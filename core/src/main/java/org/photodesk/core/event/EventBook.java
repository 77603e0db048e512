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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventBook.class);

    private static final int PAGE = 500;

    private final EventStore store;
    private final PhotoStore photos;
    private final Clock clock;
    private final EventGrouper grouper = new EventGrouper();
    private final EventSheets sheets = new EventSheets();
    private final EventMembership membership;
    private final boolean background;

    /** A book whose lists are always current: a changed event is summarised again before the list returns. */
    public EventBook(EventStore store, PhotoStore photos, Clock clock) {
        this(store, photos, clock, false);
    }

    /**
     * A book that, when {@code background}, lists a large changed event with its last summary (counts made current)
     * and reads its sheet again on a virtual thread, so a desk's list never waits for a big event's sheet.
     */
    public EventBook(EventStore store, PhotoStore photos, Clock clock, boolean background) {
        this.store = Objects.requireNonNull(store, "store");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.membership = new EventMembership(store, photos);
        this.background = background;
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

    /** The events built at an event version. */
    private record Built(EventState at, List<Event> events) {}

    /** The events last built, reused while the kept events stay at the same version. */
    private volatile Built built;

    /**
     * Every event, the one whose anchor came in first first. The groups are the kept membership
     * ({@link EventMembership}), brought up to date with the photos and articles that arrived since; the editors'
     * decisions are applied on top. Reused until the event version moves.
     */
    public List<Event> events() {
        Built last = built;
        if (last != null && membership.current(last.at())) {
            return last.events();
        }
        EventState st = membership.catchUp();
        last = built;
        if (last != null && last.at().equals(st)) {
            return last.events();
        }
        List<Event> events = List.copyOf(buildKept());
        built = new Built(st, events);
        return events;
    }

    /**
     * The summaries made at an event version, by the fingerprint and by the key of the group each came from, and
     * whether some are stale (a large group's last summary shown while its sheet is read again).
     */
    private record Summaries(EventState at, List<Summary> summaries, Map<String, Summary> byFingerprint,
            Map<String, Summary> byGroup, Map<String, String> groupOf, boolean stale) {}

    private static final String SUMMARIES = "summaries";
    private static final String STALE = "#stale\n";
    /**
     * A changed group of more members than this is shown, by a book that refreshes in the background, with its last
     * summary (the counts made current) while its sheet is read again on a virtual thread: a sheet of a few dozen
     * photos already costs tens of milliseconds, and a burst changes many events at once (50 new photos in a library
     * of 100,000 touched about 20 events, whose sheets took 250 ms to read when the request waited for them).
     */
    private static final int SMALL = 20;

    private volatile Summaries summarised;
    private final Map<String, Summary> refreshed = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<Thread> refreshing =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Every event as a summary, in {@link #events()} order. Kept in the store with the event version they were made
     * at, so a desk that starts again reads them in one go; after a change only the groups whose members changed
     * (or that an editor's decision names) are summarised again, and by a book that refreshes in the background a
     * large changed group shows its last summary, counts made current, until its sheet is read again.
     */
    public List<Summary> summaries() {
        Summaries last = summarised;
        if (last != null && membership.current(last.at())) {
            return last.summaries();
        }
        EventState st = membership.catchUp();
        last = summarised;
        if (last != null && last.at().equals(st)) {
            return last.summaries();
        }
        synchronized (this) {
            Summaries now = summarised;
            return now != null && now.at().equals(st) ? now.summaries() : summariesAt(st, now);
        }
    }

    /** The kept events' membership this book reads; {@link EventMembership#regroup} groups every source again. */
    public EventMembership membership() {
        return membership;
    }

    /** Waits until no summary is being read again in the background (for tests and benchmarks). */
    void awaitRefresh() throws InterruptedException {
        for (Thread t = refreshing.get(); t != null; t = refreshing.get()) {
            t.join();
        }
    }

    private List<Summary> summariesAt(EventState st, Summaries last) {
        Map<String, Summary> reusable = new HashMap<>();
        Map<String, Summary> byGroup = new HashMap<>();
        if (last != null) {
            reusable.putAll(last.byFingerprint());
            byGroup.putAll(last.byGroup());
        }
        boolean inMemory = membership.inMemoryOnly();
        Optional<EventCache> kept = inMemory ? Optional.empty() : store.cached(SUMMARIES);
        if (kept.isPresent() && (last == null || kept.get().version() >= last.at().version())) {
            String text = kept.get().text();
            boolean stale = text.startsWith(STALE);
            List<SummaryText.Line> lines = SummaryText.read(stale ? text.substring(STALE.length()) : text);
            Summaries s = summaries(st, lines, stale);
            if (kept.get().version() == st.version() && !stale) {
                summarised = s;
                warmUp();
                return s.summaries();
            }
            reusable.putAll(s.byFingerprint());
            byGroup.putAll(s.byGroup());
        }
        reusable.putAll(refreshed);
        long t0 = System.nanoTime();
        List<KeptGroups.KeptGroup> stale = new ArrayList<>();
        List<SummaryText.Line> lines = summarise(reusable, byGroup, stale);
        LOG.debug("Summarised {} events in {} ms, {} stale", lines.size(), (System.nanoTime() - t0) / 1_000_000,
                stale.size());
        if (!inMemory) {
            try {
                store.cache(SUMMARIES, st.version(), (stale.isEmpty() ? "" : STALE) + SummaryText.write(lines));
            } catch (EventStoreException e) {
                LOG.debug("The events list cannot be kept ({}): made again next time", e.getMessage());
            }
        }
        Summaries s = summaries(st, lines, !stale.isEmpty());
        refreshed.keySet().removeAll(s.byFingerprint().keySet());
        summarised = s;
        if (!stale.isEmpty()) {
            refresh(stale);
        }
        return s.summaries();
    }

    private final java.util.concurrent.atomic.AtomicBoolean warmed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Once, for a book that refreshes in the background: reads the kept membership into memory on a virtual thread
     * after the list was served from the store, so the first request after the next burst finds only the changed
     * groups to read (reading all rows of a library of 100,000 photos costs about 150 ms).
     */
    private void warmUp() {
        if (background && warmed.compareAndSet(false, true)) {
            Thread.ofVirtual().name("event-membership-warm-up").start(() -> {
                try {
                    membership.groups();
                } catch (RuntimeException e) {
                    LOG.debug("The kept events could not be read ahead ({}): read on the next change", e.toString());
                }
            });
        }
    }

    private static Summaries summaries(EventState st, List<SummaryText.Line> lines, boolean stale) {
        Map<String, Summary> byFp = new HashMap<>();
        Map<String, Summary> byGroup = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (SummaryText.Line l : lines) {
            if (!l.fingerprint().isEmpty()) {
                byFp.put(l.fingerprint(), l.summary());
            }
            if (!l.group().isEmpty()) {
                byGroup.put(l.group(), l.summary());
                groupOf.put(l.summary().id(), l.group());
            }
        }
        return new Summaries(st, lines.stream().map(SummaryText.Line::summary).toList(), byFp, byGroup, groupOf,
                stale);
    }

    /** Reads the sheets of {@code groups} again on a virtual thread, then makes the list again with them. */
    private void refresh(List<KeptGroups.KeptGroup> groups) {
        Thread t = Thread.ofVirtual().name("event-summaries").unstarted(() -> {
            try {
                Sources sources = new Sources();
                for (KeptGroups.KeptGroup g : groups) {
                    Event e = sources.event(g.members());
                    refreshed.put(g.fingerprint(), summary(new Event("ev-" + slug(g.anchor()), e.name(),
                            e.articles(), e.photos())));
                }
                summarised = null;
            } catch (RuntimeException e) {
                LOG.warn("The summaries of {} events could not be made again: {}", groups.size(), e.getMessage(), e);
                return;
            } finally {
                refreshing.set(null);
            }
            try {
                summaries();
            } catch (RuntimeException e) {
                LOG.warn("The events list could not be made again after a refresh: {}", e.getMessage(), e);
            }
        });
        if (refreshing.compareAndSet(null, t)) {
            t.start();
        }
    }

    /** A summary line and the member that anchors its event, with when it came in, for the list's order. */
    private record Ordered(Instant added, String anchor, SummaryText.Line line) {}

    private static final Comparator<Ordered> BY_ARRIVAL = Comparator.comparing(Ordered::added)
            .thenComparing(Ordered::anchor);

    /**
     * The summary lines of every kept group, by arrival of their anchors. A group whose fingerprint has a summary
     * already keeps it (and its id); only the changed groups are read, so the cost follows the groups, not the
     * members of the library.
     */
    private List<SummaryText.Line> summarise(Map<String, Summary> reusable, Map<String, Summary> byGroup,
            List<KeptGroups.KeptGroup> stale) {
        List<KeptGroups.KeptGroup> groups = membership.groups();
        List<EventDecision> decisions = store.decisions();
        Set<String> shapedKeys = new HashSet<>();
        decisions.forEach(d -> (switch (d) {
            case EventDecision.Rename r -> List.of(r.member());
            case EventDecision.Merge mg -> List.of(mg.first(), mg.second());
            case EventDecision.Split sp -> sp.members();
        }).forEach(m -> membership.groupOf(m).ifPresent(shapedKeys::add)));
        Sources sources = new Sources();
        List<Ordered> out = new ArrayList<>();
        List<KeptGroups.KeptGroup> shaped = new ArrayList<>();
        for (KeptGroups.KeptGroup g : groups) {
            if (shapedKeys.contains(g.key())) {
                shaped.add(g);
                continue;
            }
            String fp = g.fingerprint();
            Summary s = reusable.get(fp);
            Summary before = s == null && background && g.members().size() > SMALL ? byGroup.get(g.key()) : null;
            if (before != null) {
                s = new Summary("ev-" + slug(g.anchor()), before.name(), before.dates(), before.venue(),
                        before.city(), before.country(), g.articles(), g.photos());
                stale.add(g);
                fp = "";
            } else if (s == null) {
                Event e = sources.event(g.members());
                s = summary(new Event("ev-" + slug(g.anchor()), e.name(), e.articles(), e.photos()));
            }
            out.add(new Ordered(g.anchorAdded(), g.anchor(), new SummaryText.Line(fp, g.key(), s)));
        }
        if (!shaped.isEmpty()) {
            Map<String, Instant> added = new HashMap<>();
            shaped.forEach(g -> g.members().forEach(m -> added.put(m.memberId(), m.addedAt())));
            List<Event> events = shaped.stream().map(g -> sources.event(g.members())).toList();
            for (EventDecision d : decisions) {
                events = apply(events, d);
            }
            for (Event e : events) {
                String anchor = anchor(e, added);
                out.add(new Ordered(added.getOrDefault(anchor, Instant.MAX), anchor, new SummaryText.Line("", "",
                        summary(new Event("ev-" + slug(anchor), e.name(), e.articles(), e.photos())))));
            }
        }
        return out.stream().sorted(BY_ARRIVAL).map(Ordered::line).toList();
    }

    /** The articles and photos of groups, read from the stores when first needed. */
    private final class Sources {
        private Map<String, Article> articles;

        Event event(List<EventMember> group) {
            if (articles == null) {
                articles = new HashMap<>();
                store.articles().forEach(a -> articles.put(a.sourceId(), a.article()));
            }
            List<Article> as = new ArrayList<>();
            List<Long> photoIds = new ArrayList<>();
            LocalDate first = null;
            for (EventMember m : group) {
                if (m.memberId().startsWith("photo:")) {
                    photoIds.add(Long.parseLong(m.memberId().substring("photo:".length())));
                } else if (articles.containsKey(m.memberId())) {
                    as.add(articles.get(m.memberId()));
                }
                for (LocalDate d : SignatureText.read(m.signature()).days()) {
                    first = first == null || d.isBefore(first) ? d : first;
                }
            }
            List<Photo> ps = new ArrayList<>();
            for (int i = 0; i < photoIds.size(); i += PAGE) {
                ps.addAll(photos.findByIds(photoIds.subList(i, Math.min(photoIds.size(), i + PAGE))));
            }
            return EventGrouper.eventOf(as, ps, first);
        }
    }

    /** The event with id {@code id}. */
    public Optional<Event> find(String id) {
        summaries();
        Summaries listed = summarised;
        String group = listed == null ? null : listed.groupOf().get(id);
        Optional<KeptGroups.KeptGroup> kept = group == null ? Optional.empty() : membership.group(group);
        if (kept.isPresent() && id.equals("ev-" + slug(kept.get().anchor()))) {
            Event e = new Sources().event(kept.get().members());
            return Optional.of(new Event(id, e.name(), e.articles(), e.photos()));
        }
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
        String anchor = anchor(e, membership.addedAt());
        store.decide(new EventDecision.Rename(anchor, name), clock.instant());
        return containing(anchor);
    }

    /** Makes events {@code id} and {@code otherId} one, with the first one's name; returns the merged event. */
    public Event merge(String id, String otherId) {
        Map<String, Instant> added = membership.addedAt();
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

    /** The events of the kept groups, the editors' decisions applied, with their anchors' ids, by arrival. */
    private List<Event> buildKept() {
        List<KeptGroups.KeptGroup> groups = membership.groups();
        Map<String, Instant> added = new HashMap<>();
        groups.forEach(g -> g.members().forEach(m -> added.put(m.memberId(), m.addedAt())));
        Sources sources = new Sources();
        List<Event> events = groups.stream().map(g -> sources.event(g.members())).toList();
        return decided(events, added);
    }

    private List<Event> decided(List<Event> grouped, Map<String, Instant> added) {
        List<Event> events = grouped;
        for (EventDecision d : store.decisions()) {
            events = apply(events, d);
        }
        Comparator<String> byArrival = arrival(added);
        return events.stream()
                .map(e -> new Event("ev-" + slug(anchor(e, added)), e.name(), e.articles(), e.photos()))
                .sorted(Comparator.comparing((Event e) -> anchor(e, added), byArrival))
                .toList();
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
