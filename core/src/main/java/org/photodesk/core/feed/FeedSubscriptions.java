package org.photodesk.core.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The port to the library's agency feed subscriptions ({@code photodesk feed add|list|remove}): each subscription by
 * its unique name, with credentials kept as environment variable names only, and the last poll's result for
 * {@code feed list}.
 */
public interface FeedSubscriptions {

    /** Every subscription, by name. */
    List<Subscribed> list();

    /** The subscription named {@code name}, if any. */
    Optional<Subscribed> find(String name);

    /**
     * Adds a subscription.
     *
     * @throws IllegalArgumentException when a subscription of that name exists, saying how to replace it
     */
    void add(FeedSubscription subscription);

    /** Removes the subscription named {@code name}; false when there was none. */
    boolean remove(String name);

    /** Records when the subscription was last polled and what it took in (one line); ignored for an unknown name. */
    void recordPoll(String name, Instant at, String result);

    /** The message every implementation gives when {@link #add} meets a name taken already. */
    static String alreadyExists(String name) {
        return "a feed named '" + name + "' exists already: remove it first with 'photodesk feed remove " + name
                + "', or choose another name";
    }

    /** A subscription with its last poll: when ({@code null} before the first) and what it took in. */
    record Subscribed(FeedSubscription subscription, Instant lastPolled, String lastResult) {
        public Subscribed {
            Objects.requireNonNull(subscription, "subscription");
        }

        /** The subscription's name. */
        public String name() {
            return subscription.name();
        }
    }
}
