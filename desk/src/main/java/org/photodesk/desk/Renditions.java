package org.photodesk.desk;

import java.util.Optional;

/** The smaller images the desk shows instead of originals; when there is none, the desk serves the original. */
@FunctionalInterface
public interface Renditions {

    /** The JPEG bytes of rendition {@code kind} ({@code "thumb"} or {@code "preview"}) of the original {@code sha256}. */
    Optional<byte[]> rendition(String sha256, String kind);

    /** No renditions at all: the desk falls back to originals. */
    static Renditions none() {
        return (sha, kind) -> Optional.empty();
    }
}
