package org.photodesk.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.photodesk.core.event.EventCache;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.EventMember;
import org.photodesk.core.event.EventState;
import org.photodesk.core.event.MembershipChange;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;

/** An {@link EventStore} in memory, for tests of the domain: same contract, no durability. */
public final class InMemoryEventStore implements EventStore {

    private final List<StoredArticle> articles = new ArrayList<>();
    private final List<EventDecision> decisions = new ArrayList<>();
    private final List<RosterName> roster = new ArrayList<>();
    private final java.util.Map<String, EventMember> members = new java.util.TreeMap<>();
    /** The member ids by the version they were last written at, so that reading what changed costs what changed. */
    private final java.util.NavigableMap<Long, java.util.Set<String>> byVersion = new java.util.TreeMap<>();
    private final java.util.Map<String, EventCache> caches = new java.util.HashMap<>();
    private long version;
    private long photosSeen;
    private int articlesSeen;

    @Override
    public synchronized List<StoredArticle> findBySha256(String sha256) {
        return articles.stream().filter(a -> a.sha256().equals(sha256))
                .sorted(Comparator.comparingInt(StoredArticle::part)).toList();
    }

    @Override
    public synchronized Optional<StoredArticle> findBySourceId(String sourceId) {
        return articles.stream().filter(a -> a.sourceId().equals(sourceId)).findFirst();
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        return List.copyOf(articles);
    }

    @Override
    public synchronized StoredArticle add(StoredArticle a) {
        if (findBySourceId(a.sourceId()).isPresent()) {
            throw new IllegalStateException("an article with source id '" + a.sourceId() + "' is stored already");
        }
        StoredArticle saved = new StoredArticle(articles.size() + 1, a.fileName(), a.sha256(), a.part(), a.article(),
                a.galleryId(), a.importedAt());
        articles.add(saved);
        version++;
        return saved;
    }

    @Override
    public synchronized void setGallery(long articleId, long galleryId) {
        articles.replaceAll(a -> a.id() == articleId ? a.withGallery(galleryId) : a);
    }

    @Override
    public synchronized void decide(EventDecision decision, Instant at) {
        decisions.add(decision);
        version++;
    }

    @Override
    public synchronized List<EventDecision> decisions() {
        return List.copyOf(decisions);
    }

    @Override
    public synchronized void put(RosterName name) {
        roster.removeIf(r -> r.eventName().equalsIgnoreCase(name.eventName()) && r.name().equals(name.name()));
        roster.add(name);
    }

    @Override
    public synchronized List<RosterName> roster() {
        return roster.stream().sorted(Comparator.comparing((RosterName r) -> r.eventName().toLowerCase(Locale.ROOT))
                .thenComparing(RosterName::name)).toList();
    }

    @Override
    public synchronized List<RosterName> roster(String eventName) {
        return roster().stream().filter(r -> r.eventName().equalsIgnoreCase(eventName.strip())).toList();
    }

    @Override
    public synchronized EventState eventState() {
        return new EventState(version, photosSeen, articles.size(), articlesSeen);
    }

    @Override
    public synchronized List<EventMember> members(long afterVersion) {
        return byVersion.tailMap(afterVersion, false).values().stream().flatMap(java.util.Set::stream)
                .map(members::get).sorted(Comparator.comparing(EventMember::memberId)).toList();
    }

    @Override
    public synchronized boolean saveMembers(MembershipChange change) {
        if (change.expectedVersion() != version) {
            return false;
        }
        version++;
        for (EventMember m : change.rows()) {
            EventMember was = members.put(m.memberId(), new EventMember(m.memberId(), m.group(), m.addedAt(),
                    m.signature(), m.digest(), version));
            if (was != null) {
                java.util.Set<String> at = byVersion.get(was.changed());
                at.remove(m.memberId());
                if (at.isEmpty()) {
                    byVersion.remove(was.changed());
                }
            }
            byVersion.computeIfAbsent(version, k -> new java.util.LinkedHashSet<>()).add(m.memberId());
        }
        photosSeen = change.photosSeen();
        articlesSeen = change.articlesSeen();
        return true;
    }

    @Override
    public synchronized Optional<EventCache> cached(String key) {
        return Optional.ofNullable(caches.get(key));
    }

    @Override
    public synchronized void cache(String key, long version, String text) {
        caches.put(key, new EventCache(version, text));
    }

    @Override
    public void close() {}
}
