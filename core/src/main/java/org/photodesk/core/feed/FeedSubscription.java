package org.photodesk.core.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An agency feed the desk polls: a short name, the HTTP(S) address, how often to ask, and how to log in (by
 * environment variable names, never secrets).
 */
public record FeedSubscription(String name, URI url, Duration every, FeedCredentials credentials) {

    /** The shortest interval allowed: agencies throttle clients that ask more often. */
    public static final Duration MIN_EVERY = Duration.ofSeconds(10);
    /** The interval when none is given. */
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(60);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public FeedSubscription {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feed name '" + name + "': use 1 to 64 letters, digits, dots, dashes"
                    + " or underscores, starting with a letter or digit");
        }
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("feed '" + name + "': " + url + " is not an http or https URL");
        }
        every = every == null ? DEFAULT_EVERY : every;
        if (every.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException("feed '" + name + "': every " + every.toSeconds() + "s is too often;"
                    + " poll at most every " + MIN_EVERY.toSeconds() + "s");
        }
        credentials = credentials == null ? new FeedCredentials.None() : credentials;
    }

    /** A subscription without login, polled every {@link #DEFAULT_EVERY}. */
    public static FeedSubscription of(String name, URI url) {
        return new FeedSubscription(name, url, DEFAULT_EVERY, new FeedCredentials.None());
    }

    /** A rendition's or item's href resolved against the feed's address (NewsML-G2 allows relative hrefs). */
    public URI resolve(String href) {
        return url.resolve(href.strip());
    }
}
