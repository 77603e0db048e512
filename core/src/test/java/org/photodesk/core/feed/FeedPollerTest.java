package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The poller over a scripted fetch port: back-off, validators, delivery, credentials. */
class FeedPollerTest {

    private static final FeedSubscription FEED = new FeedSubscription("wire", URI.create("https://wire.example/feed"),
            Duration.ofSeconds(60), new FeedCredentials.Bearer("WIRE_TOKEN"));

    private final Deque<FeedFetcher.Result> script = new ArrayDeque<>();
    private final List<FeedFetcher.Request> requests = new ArrayList<>();
    private final List<Resend> delivered = new ArrayList<>();
    private Map<String, String> env = Map.of("WIRE_TOKEN", "s3cret");

    private final FeedPoller poller = new FeedPoller(request -> {
        requests.add(request);
        return script.removeFirst();
    }, new FeedReader(), ItemLedger.inMemory(), name -> env.get(name), new Backoff(Duration.ofMinutes(10)),
            (feed, item, decision) -> delivered.add(decision));

    private static FeedFetcher.Result doc(String fixture, String etag) {
        return new FeedFetcher.Result.Fetched(Fixtures.bytes(fixture), "application/xml", etag, null);
    }

    @Test
    void errorsBackOffExponentiallyUpToTheCeilingAndRecoveryResets() {
        for (int i = 0; i < 6; i++) {
            script.add(new FeedFetcher.Result.Failed(503, "HTTP 503", null));
        }
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PollOutcome outcome = poller.poll(FEED);
            assertThat(outcome).isInstanceOf(PollOutcome.Failed.class);
            waits.add(outcome.next());
        }
        assertThat(waits).extracting(Duration::toSeconds).containsExactly(120L, 240L, 480L, 600L, 600L, 600L);
        script.add(new FeedFetcher.Result.NotModified());
        assertThat(poller.poll(FEED).next()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterIsHonouredUnderTheCeiling() {
        script.add(new FeedFetcher.Result.Failed(429, "HTTP 429", Duration.ofMinutes(7)));
        assertThat(poller.poll(FEED).next()).isEqualTo(Duration.ofMinutes(7));
        script.add(new FeedFetcher.Result.Failed(429, "HTTP 429", Duration.ofHours(7)));
        assertThat(poller.poll(FEED).next()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void validatorsOfTheLastDocumentAreSentAndSameVersionsAreNotDeliveredAgain() {
        script.add(doc("newsml/picture-v1.xml", "\"a\""));
        script.add(doc("newsml/picture-v1.xml", "\"b\""));
        script.add(doc("newsml/picture-v2-correction.xml", "\"c\""));
        assertThat(poller.poll(FEED)).isEqualTo(new PollOutcome.Fetched(1, 1, List.of(), Duration.ofSeconds(60)));
        assertThat(poller.poll(FEED)).isEqualTo(new PollOutcome.Fetched(1, 0, List.of(), Duration.ofSeconds(60)));
        poller.poll(FEED);
        assertThat(requests).extracting(FeedFetcher.Request::etag).containsExactly(null, "\"a\"", "\"b\"");
        assertThat(requests).extracting(FeedFetcher.Request::authorization).containsOnly("Bearer s3cret");
        assertThat(requests.getFirst().toString()).doesNotContain("s3cret");
        assertThat(delivered).hasExactlyElementsOfTypes(Resend.New.class, Resend.Correction.class);
    }

    @Test
    void aMissingCredentialFailsWithoutARequestAndNamesTheVariable() {
        env = Map.of();
        PollOutcome outcome = poller.poll(FEED);
        assertThat(outcome).isInstanceOf(PollOutcome.Failed.class);
        assertThat(((PollOutcome.Failed) outcome).reason()).contains("WIRE_TOKEN").doesNotContain("s3cret");
        assertThat(requests).isEmpty();
    }

    @Test
    void aListenerFailureKeepsTheItemForTheNextPoll() {
        List<Integer> calls = new ArrayList<>();
        FeedPoller failing = new FeedPoller(request -> {
            requests.add(request);
            return script.removeFirst();
        }, new FeedReader(), ItemLedger.inMemory(), name -> env.get(name), Backoff.DEFAULT, (feed, item, d) -> {
            calls.add(1);
            if (calls.size() == 1) {
                throw new IllegalStateException("store is busy");
            }
        });
        script.add(doc("newsml/picture-v1.xml", "\"a\""));
        script.add(doc("newsml/picture-v1.xml", "\"a\""));
        assertThat(failing.poll(FEED)).isInstanceOf(PollOutcome.Failed.class);
        assertThat(failing.poll(FEED)).isInstanceOf(PollOutcome.Fetched.class);
        assertThat(calls).hasSize(2);
        assertThat(requests.get(1).etag()).as("no validator kept from the failed round").isNull();
    }

    @Test
    void somethingThatIsNotAFeedIsAFailure() {
        script.add(new FeedFetcher.Result.Fetched("<html>login</html>".getBytes(StandardCharsets.UTF_8),
                "text/html", null, null));
        PollOutcome outcome = poller.poll(FEED);
        assertThat(outcome).isInstanceOf(PollOutcome.Failed.class);
        assertThat(((PollOutcome.Failed) outcome).reason()).contains("did not answer with a feed");
    }

    @Test
    void subscriptionsAreValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FeedSubscription("bad name!",
                URI.create("https://x.example/"), null, null)).hasMessageContaining("feed name");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedSubscription.of("x",
                URI.create("ftp://x.example/"))).hasMessageContaining("not an http or https URL");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FeedSubscription("x",
                URI.create("https://x.example/"), Duration.ofSeconds(1), null)).hasMessageContaining("too often");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FeedCredentials.Bearer("abc def 123"))
                .hasMessageContaining("never the secret itself");
        assertThat(new FeedCredentials.Basic("U", "P").authorization(Map.of("U", "ann", "P", "pw")::get))
                .contains("Basic YW5uOnB3");
        assertThat(FEED.resolve("pics/1.jpg")).isEqualTo(URI.create("https://wire.example/pics/1.jpg"));
    }
}
