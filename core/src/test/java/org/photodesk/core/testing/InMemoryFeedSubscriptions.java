package org.photodesk.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.FeedSubscriptions;

/** {@link FeedSubscriptions} in memory, for tests. */
public final class InMemoryFeedSubscriptions implements FeedSubscriptions {

    private final TreeMap<String, Subscribed> feeds = new TreeMap<>();

    @Override
    public synchronized List<Subscribed> list() {
        return List.copyOf(feeds.values());
    }

    @Override
    public synchronized Optional<Subscribed> find(String name) {
        return Optional.ofNullable(feeds.get(name));
    }

    @Override
    public synchronized void add(FeedSubscription subscription) {
        if (feeds.containsKey(subscription.name())) {
            throw new IllegalArgumentException(FeedSubscriptions.alreadyExists(subscription.name()));
        }
        feeds.put(subscription.name(), new Subscribed(subscription, null, null, null));
    }

    @Override
    public synchronized boolean remove(String name) {
        return feeds.remove(name) != null;
    }

    @Override
    public synchronized void recordPoll(String name, Instant at, String result,
            org.photodesk.core.feed.FeedPoller.Validators validators) {
        feeds.computeIfPresent(name, (k, s) -> new Subscribed(s.subscription(), at, result, validators));
    }
}
