package org.photodesk.app.web;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The smaller images the desk shows instead of originals; the composition root adapts
 * {@code FileBlobStore.rendition(sha, kind)}. When there is none, the desk serves the original.
 */
@FunctionalInterface
public interface Renditions {

    /** The file of rendition {@code kind} ({@code "thumb"} or {@code "preview"}) of the original {@code sha256}. */
    Optional<Path> rendition(String sha256, String kind);

    /** No renditions at all: the desk falls back to originals. */
    static Renditions none() {
        return (sha, kind) -> Optional.empty();
    }
}
