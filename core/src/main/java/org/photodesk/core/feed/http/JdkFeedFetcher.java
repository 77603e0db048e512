package org.photodesk.core.feed.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.photodesk.core.feed.FeedFetcher;

/**
 * {@link FeedFetcher} over the JDK's HTTP client: one GET with {@code If-None-Match} and {@code If-Modified-Since}
 * when validators are known, redirects followed by the client, the whole exchange bounded in time and the body in
 * size. Agency feeds are configured by an administrator, so private addresses are allowed here (unlike
 * {@link UrlFetcher}, which fetches what any user types).
 */
public final class JdkFeedFetcher implements FeedFetcher {

    /** A feed document larger than this is refused: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** The longest one poll may take: 60 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final String ACCEPT = "application/vnd.iptc.g2.newsitem+xml, application/vnd.iptc.g2.packageitem+xml,"
            + " application/vnd.iptc.g2.newsmessage+xml, application/xml;q=0.9, application/json;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /** A fetcher with its own client, {@link #DEFAULT_TIMEOUT} and {@link #DEFAULT_MAX_BYTES}. */
    public JdkFeedFetcher() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(15)).build(), DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /** A fetcher over the given client and limits. */
    public JdkFeedFetcher(HttpClient client, Duration timeout, long maxBytes) {
        this.client = client;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public Result fetch(Request request) {
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(build(request), LimitedBody.handler(maxBytes));
        } catch (IllegalArgumentException e) {
            return new Result.Failed(0, request.url() + " cannot be requested: " + e.getMessage(), null);
        }
        try {
            return result(request, future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Result.Failed(0, request.url() + " gave no complete answer within " + timeout.toSeconds()
                    + " s", null);
        } catch (ExecutionException e) {
            return new Result.Failed(0, request.url() + ": " + UrlFetcher.describe(e.getCause()), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Result.Failed(0, "interrupted while fetching " + request.url(), null);
        }
    }

    private HttpRequest build(Request request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.url()).GET().timeout(timeout)
                .header("Accept", ACCEPT).header("User-Agent", "Photodesk feed poller");
        if (request.etag() != null) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            b.header("If-Modified-Since", request.lastModified());
        }
        if (request.authorization() != null) {
            b.header("Authorization", request.authorization());
        }
        return b.build();
    }

    private static Result result(Request request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new Result.NotModified();
        }
        if (status / 100 == 2) {
            return new Result.Fetched(response.body(),
                    response.headers().firstValue("content-type").orElse(null),
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
        }
        return new Result.Failed(status, request.url() + " answered HTTP " + status + hint(status),
                retryAfter(response).orElse(null));
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> ": check the feed's credentials (the environment variables named in its subscription)";
            case 404, 410 -> ": check the feed's URL";
            case 429 -> ": the agency is throttling this desk; polling backs off";
            default -> status >= 500 ? ": the agency's server is failing; polling backs off" : "";
        };
    }

    /** {@code Retry-After} as seconds or an HTTP date (RFC 9110 10.2.3). */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").flatMap(v -> {
            String value = v.strip();
            try {
                if (value.chars().allMatch(Character::isDigit) && value.length() < 10) {
                    return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value)));
                }
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException | ArithmeticException e) {
                return java.util.Optional.empty();
            }
        });
    }

    @Override
    public String toString() {
        return "JdkFeedFetcher[timeout=" + timeout + ", maxBytes=" + maxBytes + "]";
    }
}
