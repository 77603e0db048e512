package org.photodesk.core.feed.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.feed.Backoff;
import org.photodesk.core.feed.FeedCredentials;
import org.photodesk.core.feed.FeedItem;
import org.photodesk.core.feed.FeedPoller;
import org.photodesk.core.feed.FeedReader;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.ItemLedger;
import org.photodesk.core.feed.PollOutcome;
import org.photodesk.core.feed.Resend;

/** The poller and the JDK fetcher against a local HTTP server: ETag, Last-Modified, back-off, corrections, kills. */
class FeedPollingIT {

    private final LocalServer server = new LocalServer();
    private final AtomicReference<byte[]> document = new AtomicReference<>(LocalServer.fixture("newsml/picture-v1.xml"));
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicInteger failNext = new AtomicInteger();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    record Delivery(FeedItem item, Resend decision) {}

    private FeedPoller poller(Map<String, String> env) {
        return new FeedPoller(new JdkFeedFetcher(), new FeedReader(), ItemLedger.inMemory(), env::get,
                new Backoff(Duration.ofMinutes(30)), (feed, item, decision) -> deliveries.add(new Delivery(item,
                        decision)));
    }

    private FeedSubscription feed(String path) {
        return new FeedSubscription("wire", server.uri(path), Duration.ofSeconds(30),
                new FeedCredentials.Bearer("WIRE_TOKEN"));
    }

    /** Serves the current document with an ETag; 304 when the client already has it; 503 while failNext > 0. */
    private void serveWithEtag() {
        server.on("/etag", exchange -> {
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                LocalServer.send(exchange, 503, new byte[0]);
                return;
            }
            String etag = "\"v" + version.get() + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.iptc.g2.newsitem+xml");
            LocalServer.send(exchange, 200, document.get());
        });
    }

    private void publish(String fixture) {
        document.set(LocalServer.fixture(fixture));
        version.incrementAndGet();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void firstFetchThenNotModifiedThenACorrectionThenAKill() {
        serveWithEtag();
        FeedPoller poller = poller(Map.of("WIRE_TOKEN", "t0ken"));
        FeedSubscription feed = feed("/etag");

        assertThat(poller.poll(feed)).isInstanceOf(PollOutcome.Fetched.class);
        assertThat(poller.poll(feed)).isInstanceOf(PollOutcome.NotModified.class);
        assertThat(server.requests.get(0).getFirst("If-None-Match")).isNull();
        assertThat(server.requests.get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.requests).allSatisfy(h -> assertThat(h.getFirst("Authorization")).isEqualTo("Bearer t0ken"));

        publish("newsml/picture-v2-correction.xml");
        assertThat(poller.poll(feed)).isInstanceOf(PollOutcome.Fetched.class);
        publish("newsml/picture-v3-kill.xml");
        assertThat(poller.poll(feed)).isInstanceOf(PollOutcome.Fetched.class);
        publish("newsml/picture-v1.xml");
        assertThat(poller.poll(feed)).as("an old version served again").isEqualTo(
                new PollOutcome.Fetched(1, 0, List.of(), Duration.ofSeconds(30)));

        assertThat(deliveries).extracting(Delivery::decision)
                .hasExactlyElementsOfTypes(Resend.New.class, Resend.Correction.class, Resend.Kill.class);
        Resend.Correction correction = (Resend.Correction) deliveries.get(1).decision();
        assertThat(correction.text()).isEqualTo("CORRECTS NAME OF STATION TO OSTBAHNHOF");
        assertThat(deliveries.get(1).item().description()).contains("Ostbahnhof");
        Resend.Kill kill = (Resend.Kill) deliveries.get(2).decision();
        assertThat(kill.reason()).startsWith("MANDATORY KILL.");
        assertThat(kill.stored().version()).isEqualTo("2");
    }

    @Test
    void lastModifiedIsSentBackAsIfModifiedSince() {
        String stamp = "Sat, 14 Mar 2026 18:02:11 GMT";
        server.on("/dated", exchange -> {
            exchange.getResponseHeaders().add("Last-Modified", stamp);
            boolean fresh = stamp.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            LocalServer.send(exchange, fresh ? 304 : 200, fresh ? new byte[0]
                    : LocalServer.fixture("ninjs/picture-3.json"));
        });
        FeedPoller poller = poller(Map.of("WIRE_TOKEN", "t"));
        assertThat(poller.poll(feed("/dated"))).isInstanceOf(PollOutcome.Fetched.class);
        assertThat(poller.poll(feed("/dated"))).isInstanceOf(PollOutcome.NotModified.class);
        assertThat(deliveries).singleElement().extracting(Delivery::decision).isInstanceOf(Resend.New.class);
    }

    @Test
    void errorsBackOffAndRecover() {
        serveWithEtag();
        failNext.set(2);
        FeedPoller poller = poller(Map.of("WIRE_TOKEN", "t"));
        PollOutcome first = poller.poll(feed("/etag"));
        PollOutcome second = poller.poll(feed("/etag"));
        assertThat(first).isInstanceOf(PollOutcome.Failed.class);
        assertThat(((PollOutcome.Failed) first).reason()).contains("HTTP 503", "backs off");
        assertThat(first.next()).isEqualTo(Duration.ofSeconds(60));
        assertThat(second.next()).isEqualTo(Duration.ofSeconds(120));
        PollOutcome third = poller.poll(feed("/etag"));
        assertThat(third).isInstanceOf(PollOutcome.Fetched.class);
        assertThat(third.next()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anUnreachableServerIsAFailureNotAnException() {
        FeedSubscription gone = new FeedSubscription("gone", server.uri("/x"), Duration.ofSeconds(30), null);
        server.close();
        PollOutcome outcome = poller(Map.of()).poll(gone);
        assertThat(outcome).isInstanceOf(PollOutcome.Failed.class);
        assertThat(((PollOutcome.Failed) outcome).reason()).contains("feed gone:");
    }

    @Test
    void anOversizeDocumentIsRefused() {
        server.on("/big", exchange -> LocalServer.send(exchange, 200, new byte[4096]));
        FeedPoller poller = new FeedPoller(new JdkFeedFetcher(java.net.http.HttpClient.newHttpClient(),
                Duration.ofSeconds(10), 1024), new FeedReader(), ItemLedger.inMemory(), k -> null, Backoff.DEFAULT,
                (f, i, d) -> { });
        PollOutcome outcome = poller.poll(new FeedSubscription("big", server.uri("/big"), null, null));
        assertThat(((PollOutcome.Failed) outcome).reason()).contains("1024-byte limit");
    }

    @Test
    void startPollsOnTheSchedulerUntilStopped() throws InterruptedException {
        serveWithEtag();
        FeedPoller poller = poller(Map.of("WIRE_TOKEN", "t"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            poller.start(scheduler, feed("/etag"));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (deliveries.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            poller.stop("wire");
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(deliveries).hasSize(1);
    }
}
