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
 * {@code "dc:description"} for XMP and {@code "DateTimeOriginal"} for EXIF.
 */
public record RawMetadata(
        SequencedMap<String, List<String>> iim,
        SequencedMap<String, List<String>> xmp,
        SequencedMap<String, List<String>> exif) {

    /** No tags at all. */
    public static final RawMetadata EMPTY = new RawMetadata(null, null, null);

    public RawMetadata {
        iim = copy(iim);
        xmp = copy(xmp);
        exif = copy(exif);
    }

    private static SequencedMap<String, List<String>> copy(Map<String, List<String>> tags) {
        var out = new LinkedHashMap<String, List<String>>();
        if (tags != null) {
            tags.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableSequencedMap(out);
    }
}
