package org.photodesk.core.ingest;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.photodesk.core.metadata.MetadataRead;
import org.photodesk.core.photo.ResendNotice;

/**
 * What a route that knows more about a picture than its file says (an agency feed item) adds to ingesting it: how the
 * file's metadata reading becomes the agency's word on the picture ({@code describe}, applied before credits are
 * cleaned and captions checked), and, when the route has already decided which photo the bytes re-send, that photo
 * ({@code replaces}, null for a new picture) with the notice's kind and the agency's words.
 */
public record Description(UnaryOperator<MetadataRead> describe, Long replaces, ResendNotice.Kind kind, String note) {

    public Description {
        Objects.requireNonNull(describe, "describe");
        kind = kind == null ? ResendNotice.Kind.RESEND : kind;
    }

    /** A picture new to the library, described by {@code describe}. */
    public static Description of(UnaryOperator<MetadataRead> describe) {
        return new Description(describe, null, null, null);
    }

    /** A new version of photo {@code photoId}, stored even when its bytes are those of the version held. */
    public static Description replacing(UnaryOperator<MetadataRead> describe, long photoId, ResendNotice.Kind kind,
            String note) {
        return new Description(describe, photoId, kind, note);
    }
}
