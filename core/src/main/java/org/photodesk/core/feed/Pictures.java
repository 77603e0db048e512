package org.photodesk.core.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.photodesk.core.feed.http.UrlFetch;
import org.photodesk.core.feed.http.UrlFetcher;

/**
 * Where the pictures a feed document names are fetched from: a relative {@code href} is a file beside a feed file, or
 * an address relative to a polled feed's URL; an absolute http(s) {@code href} is fetched with {@link UrlFetcher}'s
 * limits. Never throws: a picture that cannot be had is a {@link UrlFetch.Refused} or {@link UrlFetch.Failed}.
 */
@FunctionalInterface
public interface Pictures {

    /** The picture at {@code href}, as the feed gives it. */
    UrlFetch fetch(String href);

    /**
     * Pictures of a feed file in {@code folder}: a relative href is a file inside the folder (never outside it, and
     * never through a symbolic link; a hot folder may have moved it to {@code done/} already), an http(s) URL is
     * fetched by {@code web}. {@code maxBytes} bounds a file read.
     */
    static Pictures inFolder(Path folder, UrlFetcher web, long maxBytes) {
        Path root = folder.toAbsolutePath().normalize();
        return href -> {
            if (isWeb(href)) {
                return web.fetch(URI.create(href.strip()));
            }
            if (href.contains(":") || href.startsWith("/") || href.startsWith("\\")) {
                return new UrlFetch.Refused("refused: picture '" + href + "' is neither a path beside the feed file"
                        + " nor an http(s) URL");
            }
            Path file = root.resolve(href.strip()).normalize();
            if (!file.startsWith(root)) {
                return new UrlFetch.Refused("refused: picture '" + href + "' lies outside the feed file's folder");
            }
            Path done = root.resolve("done").resolve(root.relativize(file));
            Path found = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file
                    : Files.isRegularFile(done, LinkOption.NOFOLLOW_LINKS) ? done : null;
            return found == null ? new UrlFetch.Failed("picture '" + href + "' not found beside the feed file in "
                    + root + "; put it there or give an http(s) URL") : read(found, maxBytes);
        };
    }

    /**
     * Pictures of a feed polled at {@code feedUrl}: hrefs resolve against it; a picture on the feed's own host
     * and port is fetched by {@code feedHost} (an administrator chose that host, which may be on the newsroom's own
     * network), any other by {@code web} (private addresses refused unless allowed).
     */
    static Pictures fromFeed(URI feedUrl, UrlFetcher feedHost, UrlFetcher web) {
        return href -> {
            URI url;
            try {
                url = feedUrl.resolve(href.strip());
            } catch (IllegalArgumentException e) {
                return new UrlFetch.Refused("refused: picture '" + href + "' is not a URL");
            }
            boolean sameHost = Objects.equals(lower(url.getHost()), lower(feedUrl.getHost()))
                    && url.getPort() == feedUrl.getPort() && Objects.equals(url.getScheme(), feedUrl.getScheme());
            return (sameHost ? feedHost : web).fetch(url);
        };
    }

    private static boolean isWeb(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static UrlFetch read(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new UrlFetch.Refused("refused: picture " + file + " is " + size + " bytes, over the limit of "
                        + maxBytes + " (raise it with --max-file-mb)");
            }
            return new UrlFetch.Fetched(file.toUri(), Files.readAllBytes(file), null, List.of());
        } catch (IOException e) {
            return new UrlFetch.Failed("cannot read picture " + file + ": " + e.getMessage());
        }
    }
}
