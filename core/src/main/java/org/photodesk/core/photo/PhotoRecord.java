package org.photodesk.core.photo;

import java.util.List;
import java.util.Objects;

/**
 * Everything ingest learnt about one file, ready to be stored as a new photo or as a new version of one.
 *
 * @param metadata the metadata the desk works with: the file's, with credits and bylines cleaned
 * @param embedded the metadata exactly as the file carries it (kept so that cleaning never loses the original)
 * @param identity the agency's own item ids and version the file carries
 * @param provenance what the file's Content Credentials and digital source type say
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
        List<Problem> problems,
        PhotoMetadata embedded,
        ItemIdentity identity,
        PhotoProvenance provenance) {

    /** A record of a file that says nothing of its identity or provenance. */
    public PhotoRecord(String sha256, String pixelHash, String fileName, ImageInfo image, long sizeBytes,
            PhotoMetadata metadata, String agency, RawMetadata raw, List<Problem> problems, PhotoMetadata embedded) {
        this(sha256, pixelHash, fileName, image, sizeBytes, metadata, agency, raw, problems, embedded,
                ItemIdentity.NONE, PhotoProvenance.NONE);
    }

    /** A record whose desk metadata is the file's own, uncleaned. */
    public PhotoRecord(String sha256, String pixelHash, String fileName, ImageInfo image, long sizeBytes,
            PhotoMetadata metadata, String agency, RawMetadata raw, List<Problem> problems) {
        this(sha256, pixelHash, fileName, image, sizeBytes, metadata, agency, raw, problems, metadata);
    }

    public PhotoRecord {
        embedded = embedded == null ? metadata : embedded;
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(metadata, "metadata");
        raw = raw == null ? RawMetadata.EMPTY : raw;
        problems = problems == null ? List.of() : List.copyOf(problems);
        identity = identity == null ? ItemIdentity.NONE : identity;
        provenance = provenance == null ? PhotoProvenance.NONE : provenance;
    }

    /** This record with {@code problem} added to its problems. */
    public PhotoRecord withProblem(Problem problem) {
        var all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new PhotoRecord(sha256, pixelHash, fileName, image, sizeBytes, metadata, agency, raw, all, embedded,
                identity, provenance);
    }
}
