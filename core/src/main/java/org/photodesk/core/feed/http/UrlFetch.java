package org.photodesk.core.feed.http;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** What became of fetching one URL: {@code Fetched | Refused | Failed}, each failure with a one-line message. */
public sealed interface UrlFetch {

    /** The body of the URL, the address it finally came from, and the redirects followed on the way. */
    record Fetched(URI url, byte[] body, String contentType, List<URI> redirects) implements UrlFetch {
        public Fetched {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            redirects = List.copyOf(redirects);
        }
    }

    /** Not fetched by policy (address, scheme, size), with what to do about it. */
    record Refused(String message) implements UrlFetch {}

    /** Tried and failed (network, HTTP status, time limit), with what went wrong. */
    record Failed(String message) implements UrlFetch {}
}
