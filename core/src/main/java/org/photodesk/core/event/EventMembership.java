package org.photodesk.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.article.Article;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's events kept as sources arrive: which group of linked sources each article and photo is in, kept in
 * the {@link EventStore} and brought up to date with the photos changed and the articles imported since it was last
 * written, one source at a time ({@link IncrementalGrouper}). {@link EventKeeper} takes photos in as soon as they
 * are stored; a reader that finds nothing changed pays one read of the store's {@link EventState}.
 *
 * <p>Several instances (the desk's, a command's, the ingest listener) may share one store: each writes only from the
 * version it read, and reads the others' rows back before writing again.
 */
public final class EventMembership {

    private static final Logger LOG = LoggerFactory.getLogger(EventMembership.class);
    /** Past this many sources to take in at once, they are linked in one pass rather than one by one. */
    private static final int BULK = 200;
    private static final int PAGE = 500;
    private static final int ATTEMPTS = 5;

    private final EventStore store;
    private final PhotoStore photos;
    private final KeptGroups rows = new KeptGroups();
    private long synced = -1;
    private IncrementalGrouper grouper;
    /** Whether the kept groups were checked to be of the current {@link EventGrouper#RULES}. */
    private boolean rulesChecked;
    /** Set when the store refused a write (a library opened read-only): the catch-up then lives in memory only. */
    private EventState local;

    public EventMembership(EventStore store, PhotoStore photos) {
        this.store = Objects.requireNonNull(store, "store");
        this.photos = Objects.requireNonNull(photos, "photos");
    }

    /**
     * Brings the kept membership up to the photos and articles of the library, and returns its state then. When
     * nothing changed this reads the event state and the photo store's last change, nothing else.
     */
    public synchronized EventState catchUp() {
        if (!rulesChecked) {
            rulesChecked = true;
            regroupIfRulesChanged();
        }
        for (int attempt = 1; ; attempt++) {
            EventState st = store.eventState();
            long last = photos.lastChange();
            if (st.photosSeen() == last && !st.articlesPending()) {
                return st;
            }
            if (local != null && local.version() == st.version() && local.photosSeen() == last
                    && local.articlesSeen() == st.articles()) {
                return local;
            }
            sync(st);
            MembershipChange change = takeIn(st, last);
            boolean saved;
            try {
                saved = save(st, change);
            } catch (EventStoreException e) {
                LOG.debug("The kept events cannot be written ({}): caught up in memory only", e.getMessage());
                keepInMemory(st, change);
                return local;
            }
            if (saved) {
                return store.eventState();
            }
            forgetAll();
            if (attempt == ATTEMPTS) {
                throw new EventStoreException("the kept events changed under this writer " + ATTEMPTS
                        + " times in a row: try again, or run 'photodesk events --regroup'", null);
            }
        }
    }

    /**
     * Whether the library is still at {@code st}, as {@link #catchUp()} returned it: nothing written since and nothing
     * to take in. Reads the event state and the photo store's last change, and takes no lock, so a reader that finds
     * the list current never waits for another's catch-up.
     */
    public boolean current(EventState st) {
        EventState now = store.eventState();
        return now.equals(st) && !now.articlesPending() && photos.lastChange() == now.photosSeen();
    }

    /**
     * Groups every source again from scratch, reading each photo and article anew (after the grouping rules
     * changed, or at a reindex); the result is the same as taking them in one at a time.
     */
    public synchronized EventState regroup() {
        for (int attempt = 1; ; attempt++) {
            EventState st = store.eventState();
            long last = photos.lastChange();
            forgetAll();
            synced = st.version();
            grouper = new IncrementalGrouper();
            List<Source> all = new ArrayList<>();
            List<StoredArticle> articles = store.articles();
            articles.forEach(a -> all.add(Source.of(a)));
            long after = 0;
            for (List<Photo> page = photos.page(after, PAGE); !page.isEmpty(); page = photos.page(after, PAGE)) {
                page.forEach(p -> all.add(Source.of(p)));
                after = page.getLast().id();
            }
            List<Source> read = all.parallelStream().map(Source::read).toList();
            read.forEach(s -> grouper.putUnlinked(s.signature()));
            grouper.relinkAll();
            grouper.drainChanged();
            List<EventMember> out = read.stream().map(this::row).toList();
            if (save(st, new MembershipChange(st.version(), out, last, articles.size()))) {
                LOG.info("Regrouped {} sources into {} groups", out.size(), grouper.groups().size());
                return store.eventState();
            }
            if (attempt == ATTEMPTS) {
                throw new EventStoreException("the kept events changed during a regroup " + ATTEMPTS
                        + " times in a row: try again when the library is quiet", null);
            }
        }
    }

    /**
     * Groups the kept sources again when they were grouped by other rules than {@link EventGrouper#RULES} (a library
     * kept by an older Photodesk), then notes the rules in the store, so that an upgrade needs no
     * {@code events --regroup}. A library that cannot be written keeps its groups as they are.
     */
    private void regroupIfRulesChanged() {
        String kept = store.cached(RULES_KEY).map(EventCache::text).orElse(null);
        if (EventGrouper.RULES.equals(kept)) {
            return;
        }
        try {
            EventState st = store.eventState();
            if (kept != null || st.photosSeen() > 0 || st.articles() > 0) {
                LOG.info("The kept events were grouped by older rules ({}): grouping them again with rules {}",
                        kept == null ? "unnamed" : kept, EventGrouper.RULES);
                st = regroup();
            }
            store.cache(RULES_KEY, st.version(), EventGrouper.RULES);
        } catch (EventStoreException e) {
            LOG.debug("The kept events' rules cannot be noted ({}): kept as they are", e.getMessage());
        }
    }

    private static final String RULES_KEY = "grouping-rules";

    /**
     * Every group of linked sources with its members' rows, anchor and fingerprint, as of the state read last. Costs
     * the groups changed since the last call, not every member.
     */
    synchronized List<KeptGroups.KeptGroup> groups() {
        sync(store.eventState());
        return rows.groups();
    }

    /** The group with key {@code key} as of the state read last, if it has members. */
    synchronized Optional<KeptGroups.KeptGroup> group(String key) {
        sync(store.eventState());
        return rows.group(key);
    }

    /** The key of the group {@code memberId} is in, as of the state read last. */
    synchronized Optional<String> groupOf(String memberId) {
        return Optional.ofNullable(rows.get(memberId)).map(EventMember::group);
    }

    /** When each member came into the library, as of the state read last. */
    public synchronized Map<String, Instant> addedAt() {
        sync(store.eventState());
        Map<String, Instant> out = new HashMap<>();
        rows.values().forEach(r -> out.put(r.memberId(), r.addedAt()));
        return out;
    }

    // ---- reading the store ----

    /** Reads the rows written since this copy was last brought up to date (every row the first time). */
    private void sync(EventState st) {
        if (synced == st.version()) {
            return;
        }
        for (EventMember r : store.members(Math.max(0, synced))) {
            rows.put(r);
            if (grouper != null) {
                grouper.load(SignatureText.read(r.signature()), r.group());
            }
        }
        synced = st.version();
    }

    private IncrementalGrouper grouper() {
        if (grouper == null) {
            grouper = new IncrementalGrouper();
            rows.values().forEach(r -> grouper.load(SignatureText.read(r.signature()), r.group()));
            grouper.drainChanged();
        }
        return grouper;
    }

    private void forgetAll() {
        local = null;
        rows.clear();
        synced = -1;
        grouper = null;
    }

    // ---- taking sources in ----

    /** A source to take in: an article or a photo, and once read, its signature and digest. */
    private record Source(String memberId, Instant addedAt, Article article, Photo photo,
            EventGrouper.Signature signature, String digest) {

        static Source of(StoredArticle a) {
            return new Source(a.sourceId(), a.importedAt(), a.article(), null, null, "");
        }

        static Source of(Photo p) {
            return new Source(Event.memberId(p), p.ingestedAt(), null, p, null,
                    Integer.toHexString(p.metadata().toString().hashCode()));
        }

        Source read() {
            EventGrouper.Signature s = article != null ? EventGrouper.signatureOf(article)
                    : EventGrouper.signatureOf(photo);
            return new Source(memberId, addedAt, article, photo, s, digest);
        }
    }

    private MembershipChange takeIn(EventState st, long last) {
        List<Source> fresh = new ArrayList<>();
        int articlesSeen = st.articlesSeen();
        if (st.articlesPending()) {
            List<StoredArticle> articles = store.articles();
            articles.stream().filter(a -> !rows.containsKey(a.sourceId())).forEach(a -> fresh.add(Source.of(a)));
            articlesSeen = articles.size();
        }
        if (st.photosSeen() != last) {
            List<Long> ids = photos.changedSince(st.photosSeen());
            for (int i = 0; i < ids.size(); i += PAGE) {
                photos.findByIds(ids.subList(i, Math.min(ids.size(), i + PAGE))).forEach(p -> fresh.add(Source.of(p)));
            }
        }
        long t0 = System.nanoTime();
        List<Source> read = (fresh.size() > BULK ? fresh.parallelStream() : fresh.stream()).map(Source::read)
                .filter(this::differs).toList();
        long t1 = System.nanoTime();
        IncrementalGrouper g = grouper();
        if (rows.isEmpty() && read.size() > 1 || read.size() > Math.max(BULK, rows.size() / 4)) {
            read.forEach(s -> g.putUnlinked(s.signature()));
            g.relinkAll();
        } else {
            read.forEach(s -> g.put(s.signature()));
        }
        LOG.debug("Took in {} sources: read in {} ms, linked in {} ms", read.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        Map<String, Source> byId = new HashMap<>();
        read.forEach(s -> byId.put(s.memberId(), s));
        Set<String> touched = new HashSet<>(g.drainChanged());
        touched.addAll(byId.keySet());
        List<EventMember> out = new ArrayList<>();
        for (String id : touched) {
            Source s = byId.get(id);
            EventMember was = rows.get(id);
            out.add(s != null ? row(s) : new EventMember(id, g.groupOf(id), was.addedAt(), was.signature(),
                    was.digest(), 0));
        }
        return new MembershipChange(st.version(), out, last, articlesSeen);
    }

    /** Whether {@code s} says something its kept row does not (or has no row). */
    private boolean differs(Source s) {
        EventMember r = rows.get(s.memberId());
        return r == null || !r.digest().equals(s.digest()) || !r.signature().equals(SignatureText.write(s.signature()));
    }

    private EventMember row(Source s) {
        return new EventMember(s.memberId(), grouper.groupOf(s.memberId()), s.addedAt(),
                SignatureText.write(s.signature()), s.digest(), 0);
    }

    /** Whether the last catch-up lives in memory only (the store refused the write). */
    public synchronized boolean inMemoryOnly() {
        return local != null;
    }

    private void keepInMemory(EventState st, MembershipChange change) {
        change.rows().forEach(r -> rows.put(new EventMember(r.memberId(), r.group(), r.addedAt(),
                r.signature(), r.digest(), Long.MAX_VALUE)));
        synced = st.version();
        local = new EventState(st.version(), change.photosSeen(), st.articles(), change.articlesSeen());
    }

    private boolean save(EventState st, MembershipChange change) {
        if (!store.saveMembers(change)) {
            return false;
        }
        long version = st.version() + 1;
        change.rows().forEach(r -> rows.put(new EventMember(r.memberId(), r.group(), r.addedAt(),
                r.signature(), r.digest(), version)));
        synced = version;
        return true;
    }
}
