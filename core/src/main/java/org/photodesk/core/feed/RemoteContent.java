package org.photodesk.core.feed;

/**
 * One rendition of the item's content held elsewhere (NewsML-G2 {@code remoteContent}, ninjs {@code renditions}):
 * where to fetch it and what the feed says about it; numbers are null when not given.
 *
 * @param rendition the rendition's name or QCode ({@code rnd:highRes}, {@code main}, {@code thumbnail}), or null
 * @param href the address, as given (relative hrefs are left for the caller to resolve against the feed's URL)
 * @param hash the content's hash when the feed gives one, or null
 */
public record RemoteContent(String rendition, String href, String contentType, Integer width, Integer height,
        Long size, Hash hash) {

    public RemoteContent {
        rendition = FeedText.clean(rendition);
        href = FeedText.clean(href);
        contentType = FeedText.clean(contentType);
    }

    /** A hash of the content, with the algorithm as the feed names it ({@code htype:MD5}, {@code sha256}). */
    public record Hash(String algorithm, String value) {}

    /** The pixel count, or 0 when a dimension is unknown: used to pick the largest picture. */
    public long pixels() {
        return width == null || height == null ? 0 : (long) width * height;
    }
}
