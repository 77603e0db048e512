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

    /**
     * Records when the subscription was last polled, what it took in (one line), and the validators of the last
     * document it fetched (for the next conditional request, also after a restart); ignored for an unknown name.
     */
    void recordPoll(String name, Instant at, String result, FeedPoller.Validators validators);

    /** The message every implementation gives when {@link #add} meets a name taken already. */
    static String alreadyExists(String name) {
        return "a feed named '" + name + "' exists already: remove it first with 'photodesk feed remove " + name
                + "', or choose another name";
    }

    /**
     * A subscription with its last poll: when ({@code null} before the first), what it took in, and the last
     * document's validators.
     */
    record Subscribed(FeedSubscription subscription, Instant lastPolled, String lastResult,
            FeedPoller.Validators validators) {
        public Subscribed {
            Objects.requireNonNull(subscription, "subscription");
            validators = validators == null ? FeedPoller.Validators.NONE : validators;
        }

        /** The subscription's name. */
        public String name() {
            return subscription.name();
        }
    }
}
