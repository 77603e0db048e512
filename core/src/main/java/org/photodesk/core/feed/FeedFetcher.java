package org.photodesk.core.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The port through which a {@link FeedPoller} asks an agency for its feed: one conditional GET. Implementations
 * never throw; a network or HTTP error is a {@link Result.Failed}.
 */
public interface FeedFetcher {

    /** Fetches the feed document, conditionally when the request carries validators. */
    Result fetch(Request request);

    /**
     * One conditional request: the validators from the last successful answer ({@code ETag}, {@code Last-Modified},
     * each null when unknown) and the {@code Authorization} header value, or null.
     */
    record Request(URI url, String etag, String lastModified, String authorization) {
        public Request {
            Objects.requireNonNull(url, "url");
        }

        /** Never prints the authorization value. */
        @Override
        public String toString() {
            return "Request[" + url + ", etag=" + etag + ", lastModified=" + lastModified
                    + (authorization == null ? "" : ", authorization=<redacted>") + "]";
        }
    }

    /** What came back: {@code Fetched | NotModified | Failed}. */
    sealed interface Result {

        /** A new document, with the validators to send next time (each null when the server gave none). */
        record Fetched(byte[] body, String contentType, String etag, String lastModified) implements Result {
            public Fetched {
                Objects.requireNonNull(body, "body");
            }
        }

        /** {@code 304 Not Modified}: nothing changed since the validators were given. */
        record NotModified() implements Result {}

        /**
         * No document: {@code status} is the HTTP status (0 when no answer came), {@code retryAfter} the server's
         * {@code Retry-After} when it gave one (else null), and {@code reason} one line for the desk.
         */
        record Failed(int status, String reason, Duration retryAfter) implements Result {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
