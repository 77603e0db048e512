package org.photodesk.core.photo;

import java.util.List;
import java.util.Objects;

/**
 * Everything ingest learnt about one file, ready to be stored as a new photo or as a new version of one.
 */
public record PhotoRecord(
        String sha256,
        String pixelHash,
        String fileName,
        ImageInfo image,
        long sizeBytes,
        PhotoMetadata metadata,
        String agency,
        RawMetadata raw,
        List<Problem> problems) {

    public PhotoRecord {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(metadata, "metadata");
        raw = raw == null ? RawMetadata.EMPTY : raw;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
