package org.photodesk.core.feed.http;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one picture by URL for {@code photodesk ingest https://...}: http and https only, a size limit, a limit on
 * the whole fetch's time, redirects followed by hand (each hop checked again, at most {@link Limits#maxRedirects}),
 * and every address a host resolves to checked against {@link AddressPolicy} unless private addresses are allowed.
 *
 * <p>Limit: the JDK client resolves the host again when it connects, so a DNS server that answers differently
 * within that instant (DNS rebinding) could still steer a request inward; the check stops every plain case (typed
 * addresses, internal names, redirects inward). Run the desk without access to sensitive internal services if
 * users can type URLs.
 */
public final class UrlFetcher {

    /**
     * The bounds of one fetch: bytes of the body, time for the whole fetch (redirects included), redirects followed,
     * and whether private, loopback and link-local addresses may be reached.
     */
    public record Limits(long maxBytes, Duration totalTime, int maxRedirects, boolean allowPrivate) {

        /** 200 MiB, 2 minutes, 5 redirects, public addresses only. */
        public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, Duration.ofMinutes(2), 5, false);

        public Limits {
            if (maxBytes <= 0 || totalTime == null || totalTime.isNegative() || totalTime.isZero()
                    || maxRedirects < 0) {
                throw new IllegalArgumentException("URL fetch limits must be positive: " + maxBytes + " bytes, "
                        + totalTime + ", " + maxRedirects + " redirects");
            }
        }

        /** The same limits, with private addresses allowed ({@code --allow-private-urls}). */
        public Limits allowingPrivate() {
            return new Limits(maxBytes, totalTime, maxRedirects, true);
        }
    }

    /** How host names become addresses: {@code InetAddress::getAllByName}, or a fake in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final HttpClient client;
    private final Resolver resolver;
    private final Limits limits;

    /** A fetcher with its own client and the system resolver. */
    public UrlFetcher(Limits limits) {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(15)).build(), InetAddress::getAllByName, limits);
    }

    /** A fetcher over the given client (which must not follow redirects itself) and resolver. */
    public UrlFetcher(HttpClient client, Resolver resolver, Limits limits) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must not follow redirects: each hop is checked here");
        }
        this.client = client;
        this.resolver = resolver;
        this.limits = limits;
    }

    /** Fetches the URL within the limits. Never throws. */
    public UrlFetch fetch(URI url) {
        long deadline = System.nanoTime() + limits.totalTime().toNanos();
        List<URI> redirects = new ArrayList<>();
        URI current = url;
        String via = null;
        for (int hop = 0; ; hop++) {
            Optional<UrlFetch> refusal = screen(current, via);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            Exchange exchange = send(current, deadline);
            if (exchange.failure != null) {
                return exchange.failure;
            }
            HttpResponse<byte[]> response = exchange.response;
            Optional<String> location = response.headers().firstValue("location");
            if (isRedirect(response.statusCode()) && location.isPresent()) {
                if (hop >= limits.maxRedirects()) {
                    return new UrlFetch.Failed("gave up on " + url + ": more than " + limits.maxRedirects()
                            + " redirects");
                }
                via = current.toString();
                current = resolve(current, location.get());
                if (current == null) {
                    return new UrlFetch.Failed(via + " redirects to '" + location.get() + "', which is not a URL");
                }
                redirects.add(current);
                continue;
            }
            if (response.statusCode() / 100 != 2) {
                return new UrlFetch.Failed(current + " answered HTTP " + response.statusCode());
            }
            return new UrlFetch.Fetched(current, response.body(),
                    response.headers().firstValue("content-type").orElse(null), redirects);
        }
    }

    /**
     * Why this URL must not be fetched (a refusal), or why its host cannot be found (a failure); empty when it may
     * be fetched. Resolves the host, nothing more.
     */
    Optional<UrlFetch> screen(URI url, String via) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new UrlFetch.Refused("refused: " + describe(url, via)
                    + " is not an http or https URL; only those are fetched"));
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(new UrlFetch.Refused("refused: " + describe(url, via) + " names no host"));
        }
        if (limits.allowPrivate()) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(new UrlFetch.Failed("cannot fetch " + describe(url, via) + ": host " + host
                    + " not found"));
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = AddressPolicy.forbiddenKind(address);
            if (kind.isPresent()) {
                return Optional.of(new UrlFetch.Refused("refused: " + describe(url, via) + " resolves to "
                        + article(kind.get()) + " " + kind.get() + " address " + address.getHostAddress()
                        + "; pass --allow-private-urls to fetch from your own network"));
            }
        }
        return Optional.empty();
    }

    private static String describe(URI url, String via) {
        return via == null ? url.toString() : via + " redirects to " + url + ", which";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private record Exchange(HttpResponse<byte[]> response, UrlFetch failure) {}

    private Exchange send(URI url, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new Exchange(null, timedOut(url));
        }
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", "Photodesk").header("Accept", "image/*, */*;q=0.5").build();
            future = client.sendAsync(request, LimitedBody.handler(limits.maxBytes()));
        } catch (IllegalArgumentException e) {
            return new Exchange(null, new UrlFetch.Refused("refused: " + url + " cannot be requested: "
                    + e.getMessage()));
        }
        try {
            return new Exchange(future.get(remaining, TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(null, timedOut(url));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LimitedBody.TooLarge tooLarge) {
                return new Exchange(null, new UrlFetch.Refused("refused: " + url + " is too large ("
                        + tooLarge.getMessage() + "); download it and ingest the file"));
            }
            if (e.getCause() instanceof HttpTimeoutException) {
                return new Exchange(null, timedOut(url));
            }
            return new Exchange(null, new UrlFetch.Failed("cannot fetch " + url + ": " + describe(e.getCause())));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Exchange(null, new UrlFetch.Failed("interrupted while fetching " + url));
        }
    }

    private UrlFetch timedOut(URI url) {
        return new UrlFetch.Failed("gave up on " + url + " after " + limits.totalTime().toSeconds()
                + " s: the server is too slow; try again later or download it and ingest the file");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One line saying what a network error was, without a stack trace. */
    static String describe(Throwable error) {
        return switch (error) {
            case null -> "unknown error";
            case LimitedBody.TooLarge t -> "too large: " + t.getMessage();
            case HttpTimeoutException t -> "timed out";
            case ConnectException c -> "connection refused or unreachable";
            case UnknownHostException u -> "host not found";
            case SSLException s -> "TLS failed (" + s.getMessage() + ")";
            default -> error.getMessage() == null ? error.getClass().getSimpleName()
                    : error.getClass().getSimpleName() + ": " + error.getMessage();
        };
    }
}
