package org.photodesk.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;

/** An {@link EventStore} in memory, for tests of the domain: same contract, no durability. */
public final class InMemoryEventStore implements EventStore {

    private final List<StoredArticle> articles = new ArrayList<>();
    private final List<EventDecision> decisions = new ArrayList<>();
    private final List<RosterName> roster = new ArrayList<>();

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
        return saved;
    }

    @Override
    public synchronized void setGallery(long articleId, long galleryId) {
        articles.replaceAll(a -> a.id() == articleId ? a.withGallery(galleryId) : a);
    }

    @Override
    public synchronized void decide(EventDecision decision, Instant at) {
        decisions.add(decision);
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
    public void close() {}
}
