package org.photodesk.core.feed.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** URL ingest against a local HTTP server (private addresses allowed explicitly, as the server is on loopback). */
class UrlFetcherIT {

    private final LocalServer server = new LocalServer();
    private final CountDownLatch release = new CountDownLatch(1);

    private UrlFetcher fetcher(UrlFetcher.Limits limits) {
        return new UrlFetcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                InetAddress::getAllByName, limits);
    }

    private final UrlFetcher.Limits allowed = new UrlFetcher.Limits(1024 * 1024, Duration.ofSeconds(5), 5, true);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void fetchesAPictureAndFollowsRedirectsHopByHop() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        server.on("/pic.jpg", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            LocalServer.send(ex, 200, jpeg);
        });
        server.on("/a", ex -> redirect(ex, "/b"));
        server.on("/b", ex -> redirect(ex, server.uri("/pic.jpg").toString()));
        UrlFetch fetch = fetcher(allowed).fetch(server.uri("/a"));
        assertThat(fetch).isInstanceOf(UrlFetch.Fetched.class);
        UrlFetch.Fetched fetched = (UrlFetch.Fetched) fetch;
        assertThat(fetched.body()).isEqualTo(jpeg);
        assertThat(fetched.contentType()).isEqualTo("image/jpeg");
        assertThat(fetched.url()).isEqualTo(server.uri("/pic.jpg"));
        assertThat(fetched.redirects()).containsExactly(server.uri("/b"), server.uri("/pic.jpg"));
    }

    @Test
    void theLoopbackServerIsRefusedUnlessAllowed() {
        server.on("/pic.jpg", ex -> LocalServer.send(ex, 200, new byte[] {1}));
        UrlFetch fetch = fetcher(UrlFetcher.Limits.DEFAULT).fetch(server.uri("/pic.jpg"));
        assertThat(fetch).isInstanceOf(UrlFetch.Refused.class);
        assertThat(((UrlFetch.Refused) fetch).message()).contains("a loopback address 127.0.0.1");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aRedirectInwardIsCheckedAgain() {
        server.on("/out", ex -> redirect(ex, "http://10.0.0.5/x.jpg"));
        UrlFetcher mixed = new UrlFetcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
                host -> host.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByName("93.184.215.14")}
                        : InetAddress.getAllByName(host), UrlFetcher.Limits.DEFAULT);
        UrlFetch fetch = mixed.fetch(server.uri("/out"));
        assertThat(fetch).isEqualTo(new UrlFetch.Refused("refused: " + server.uri("/out") + " redirects to"
                + " http://10.0.0.5/x.jpg, which resolves to a private address 10.0.0.5; pass --allow-private-urls"
                + " to fetch from your own network"));
    }

    @Test
    void tooManyRedirectsFail() {
        server.on("/loop", ex -> redirect(ex, "/loop"));
        UrlFetch fetch = fetcher(allowed).fetch(server.uri("/loop"));
        assertThat(fetch).isEqualTo(new UrlFetch.Failed("gave up on " + server.uri("/loop")
                + ": more than 5 redirects"));
        assertThat(server.requests).hasSize(6);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhateverContentLengthSays() {
        server.on("/big", ex -> LocalServer.send(ex, 200, new byte[4096]));
        server.on("/chunked", ex -> {
            try (var out = ex.getResponseBody()) {
                ex.sendResponseHeaders(200, 0);
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            } catch (java.io.IOException e) {
                // the client cancelled past its limit
            }
        });
        UrlFetcher small = fetcher(new UrlFetcher.Limits(1000, Duration.ofSeconds(5), 5, true));
        assertThat(small.fetch(server.uri("/big"))).isInstanceOf(UrlFetch.Refused.class)
                .extracting(f -> ((UrlFetch.Refused) f).message()).asString().contains("Content-Length 4096");
        assertThat(small.fetch(server.uri("/chunked"))).isInstanceOf(UrlFetch.Refused.class)
                .extracting(f -> ((UrlFetch.Refused) f).message()).asString().contains("1000-byte limit");
    }

    @Test
    void aStalledServerIsGivenUpOnAfterTheTotalTime() {
        server.on("/slow", ex -> {
            try {
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().write(new byte[10]);
                ex.getResponseBody().flush();
                release.await(20, TimeUnit.SECONDS);
            } catch (java.io.IOException | InterruptedException e) {
                // released or hung up
            }
        });
        long start = System.nanoTime();
        UrlFetch fetch = fetcher(new UrlFetcher.Limits(1000, Duration.ofMillis(800), 5, true))
                .fetch(server.uri("/slow"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(fetch).isInstanceOf(UrlFetch.Failed.class).extracting(f -> ((UrlFetch.Failed) f).message())
                .asString().contains("the server is too slow");
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void anHttpErrorIsAFailure() {
        server.on("/missing", ex -> LocalServer.send(ex, 404, new byte[0]));
        assertThat(fetcher(allowed).fetch(server.uri("/missing")))
                .isEqualTo(new UrlFetch.Failed(server.uri("/missing") + " answered HTTP 404"));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) {
        ex.getResponseHeaders().add("Location", location);
        LocalServer.send(ex, 302, new byte[0]);
    }
}
