package org.photodesk.core.photo;

import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;

/**
 * The tags a file carried, by source, exactly as read (after charset decoding): kept for diagnostics and for
 * {@code photodesk show}, never used as the typed model.
 *
 * <p>Keys name the tag the way exiftool groups do, for example {@code "2:120 Caption-Abstract"} for IIM,
 * {@code "dc:description"} for XMP and {@code "DateTimeOriginal"} for EXIF. {@code feed} holds what an agency feed
 * item (NewsML-G2 or ninjs) said about the picture, by the feed's own field names, when it came with one.
 */
public record RawMetadata(
        SequencedMap<String, List<String>> iim,
        SequencedMap<String, List<String>> xmp,
        SequencedMap<String, List<String>> exif,
        SequencedMap<String, List<String>> feed) {

    /** No tags at all. */
    public static final RawMetadata EMPTY = new RawMetadata(null, null, null);

    /** The tags of a file that came without a feed item. */
    public RawMetadata(Map<String, List<String>> iim, Map<String, List<String>> xmp, Map<String, List<String>> exif) {
        this(copy(iim), copy(xmp), copy(exif), null);
    }

    public RawMetadata {
        iim = copy(iim);
        xmp = copy(xmp);
        exif = copy(exif);
        feed = copy(feed);
    }

    /** These tags with {@code feed} as the feed item's. */
    public RawMetadata withFeed(Map<String, List<String>> feedTags) {
        return new RawMetadata(iim, xmp, exif, copy(feedTags));
    }

    private static SequencedMap<String, List<String>> copy(Map<String, List<String>> tags) {
        var out = new LinkedHashMap<String, List<String>>();
        if (tags != null) {
            tags.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableSequencedMap(out);
    }
}
