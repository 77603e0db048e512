package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.feed.FeedCredentials;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.FeedSubscriptions;

/** What every {@link FeedSubscriptions} must do: a subclass supplies a fresh, empty one. */
public abstract class FeedSubscriptionsContract {

    protected FeedSubscriptions feeds;

    /** A new, empty set of subscriptions. */
    protected abstract FeedSubscriptions newSubscriptions();

    @BeforeEach
    void open() {
        feeds = newSubscriptions();
    }

    private static FeedSubscription wire() {
        return new FeedSubscription("wire", URI.create("https://feeds.wire.example/pictures.xml"),
                Duration.ofSeconds(90), new FeedCredentials.Basic("WIRE_USER", "WIRE_PASSWORD"));
    }

    @Test
    void aSubscriptionComesBackAsAddedWithItsCredentialNamesOnly() {
        feeds.add(wire());
        feeds.add(new FeedSubscription("ninjs-desk", URI.create("http://10.0.0.5:8080/items.json"), null,
                new FeedCredentials.Bearer("DESK_TOKEN")));
        feeds.add(FeedSubscription.of("agency.b", URI.create("https://b.example/feed")));

        assertThat(feeds.list()).extracting(FeedSubscriptions.Subscribed::name)
                .containsExactly("agency.b", "ninjs-desk", "wire");
        assertThat(feeds.find("wire")).get().satisfies(s -> {
            assertThat(s.subscription()).isEqualTo(wire());
            assertThat(s.lastPolled()).isNull();
            assertThat(s.validators()).isEqualTo(org.photodesk.core.feed.FeedPoller.Validators.NONE);
        });
        assertThat(feeds.find("ninjs-desk").orElseThrow().subscription().credentials())
                .isEqualTo(new FeedCredentials.Bearer("DESK_TOKEN"));
        assertThat(feeds.find("agency.b").orElseThrow().subscription().every())
                .isEqualTo(FeedSubscription.DEFAULT_EVERY);
        assertThat(feeds.find("nobody")).isEmpty();
    }

    @Test
    void aNameIsTakenOnce() {
        feeds.add(wire());

        assertThatThrownBy(() -> feeds.add(FeedSubscription.of("wire", URI.create("https://other.example/"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photodesk feed remove wire");
        assertThat(feeds.find("wire").orElseThrow().subscription().url().getHost()).isEqualTo("feeds.wire.example");
    }

    @Test
    void removeSaysWhetherThereWasOne() {
        feeds.add(wire());

        assertThat(feeds.remove("wire")).isTrue();
        assertThat(feeds.remove("wire")).isFalse();
        assertThat(feeds.list()).isEmpty();
    }

    @Test
    void theLastPollIsKept() {
        feeds.add(wire());
        Instant at = Instant.parse("2026-11-02T10:00:00Z");

        feeds.recordPoll("wire", at, "3 items, 2 new or changed",
                new org.photodesk.core.feed.FeedPoller.Validators("\"v7\"", "Mon, 02 Nov 2026 10:00:00 GMT"));
        feeds.recordPoll("nobody", at, "ignored", org.photodesk.core.feed.FeedPoller.Validators.NONE);

        assertThat(feeds.find("wire").orElseThrow()).satisfies(s -> {
            assertThat(s.lastPolled()).isEqualTo(at);
            assertThat(s.lastResult()).isEqualTo("3 items, 2 new or changed");
            assertThat(s.validators().etag()).isEqualTo("\"v7\"");
            assertThat(s.validators().lastModified()).isEqualTo("Mon, 02 Nov 2026 10:00:00 GMT");
        });
        assertThat(feeds.list()).hasSize(1);
    }
}
