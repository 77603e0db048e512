package org.photodesk.core.feed.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refusals decided before any connection: no network is used (names resolve through a fake resolver). */
class UrlFetcherTest {

    private static final Map<String, String> DNS = Map.of(
            "intranet.example", "10.1.2.3",
            "sneaky.example", "8.8.8.8,192.168.0.10",
            "v6.example", "fd00::7",
            "metadata.example", "169.254.169.254");

    private final UrlFetcher fetcher = new UrlFetcher(HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build(), UrlFetcherTest::resolve, UrlFetcher.Limits.DEFAULT);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String addresses = DNS.get(host);
        if (addresses == null) {
            if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':' || Character.isLetter(c))
                    && (host.contains(":") || host.chars().filter(c -> c == '.').count() == 3)) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        String[] parts = addresses.split(",");
        InetAddress[] out = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = InetAddress.getByName(parts[i]);
        }
        return out;
    }

    @Test
    void aPrivateAddressIsRefusedWithTheFlagToPass() {
        assertThat(fetcher.fetch(URI.create("http://10.0.0.5/x.jpg"))).isEqualTo(new UrlFetch.Refused(
                "refused: http://10.0.0.5/x.jpg resolves to a private address 10.0.0.5; pass --allow-private-urls"
                        + " to fetch from your own network"));
    }

    @Test
    void namesAreJudgedByEveryAddressTheyResolveTo() {
        assertThat(message(fetcher.fetch(URI.create("https://intranet.example/a.jpg"))))
                .isEqualTo("refused: https://intranet.example/a.jpg resolves to a private address 10.1.2.3; pass"
                        + " --allow-private-urls to fetch from your own network");
        assertThat(message(fetcher.fetch(URI.create("https://sneaky.example/a.jpg"))))
                .contains("a private address 192.168.0.10");
        assertThat(message(fetcher.fetch(URI.create("https://v6.example/a.jpg")))).contains("a private address fd00");
        assertThat(message(fetcher.fetch(URI.create("http://metadata.example/latest/"))))
                .contains("a link-local address 169.254.169.254");
    }

    @Test
    void loopbackUnspecifiedMulticastAndMappedAddressesAreRefused() {
        assertThat(message(fetcher.fetch(URI.create("http://127.0.0.1:8080/")))).contains("a loopback address");
        assertThat(message(fetcher.fetch(URI.create("http://[::1]/")))).contains("a loopback address");
        assertThat(message(fetcher.fetch(URI.create("http://0.0.0.0/")))).contains("an unspecified address");
        assertThat(message(fetcher.fetch(URI.create("http://224.0.0.1/")))).contains("a multicast address");
        assertThat(message(fetcher.fetch(URI.create("http://[::ffff:10.0.0.5]/")))).contains("a private address");
    }

    @Test
    void otherSchemesAndHostlessUrlsAreRefused() {
        assertThat(message(fetcher.fetch(URI.create("file:///etc/passwd")))).startsWith("refused: file:///etc/passwd")
                .contains("only those are fetched");
        assertThat(message(fetcher.fetch(URI.create("ftp://ftp.example/x.jpg")))).startsWith("refused:");
        assertThat(message(fetcher.fetch(URI.create("http:///x.jpg")))).contains("names no host");
    }

    @Test
    void anUnknownHostIsAFailure() {
        assertThat(fetcher.fetch(URI.create("https://nowhere.invalid/x.jpg")))
                .isEqualTo(new UrlFetch.Failed("cannot fetch https://nowhere.invalid/x.jpg: host nowhere.invalid"
                        + " not found"));
    }

    @Test
    void aClientThatFollowsRedirectsItselfIsNotAccepted() {
        assertThatThrownBy(() -> new UrlFetcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .build(), UrlFetcherTest::resolve, UrlFetcher.Limits.DEFAULT)).hasMessageContaining("redirects");
    }

    private static String message(UrlFetch fetch) {
        return switch (fetch) {
            case UrlFetch.Refused r -> r.message();
            case UrlFetch.Failed f -> "FAILED " + f.message();
            case UrlFetch.Fetched f -> "FETCHED " + f.url();
        };
    }
}
