package org.photodesk.core.photo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A photo in the library: its original (by SHA-256), what its file says ({@code embedded}), what the desk shows
 * ({@code metadata}: the embedded metadata with the editors' edits applied), and what is wrong with it.
 *
 * @param id the library's own number for the photo; stable across agency re-sends
 * @param version 1 for the first transmission, incremented by each re-send or edit
 * @param agency the agency that supplied it, normalised ("AP", "Reuters"), or null when unknown
 * @param pixelHash SHA-256 of the image data without metadata segments: equal for a re-send with a new caption
 * @param identity the agency's own item ids and version, as the current original carries them
 * @param provenance what the current original's Content Credentials and digital source type say
 * @param perceptualHash a 64-bit perceptual hash of the picture (for near-duplicates), or null until one is made
 * @param kill the photo's withdrawal when it was killed, else null: a killed photo is kept but never published
 */
public record Photo(
        long id,
        String sha256,
        String pixelHash,
        String fileName,
        String mediaType,
        int width,
        int height,
        PhotoMetadata embedded,
        PhotoMetadata metadata,
        String agency,
        RawMetadata raw,
        List<Problem> problems,
        Instant ingestedAt,
        Instant updatedAt,
        int version,
        int rating,
        List<String> labels,
        ItemIdentity identity,
        PhotoProvenance provenance,
        Long perceptualHash,
        PhotoKill kill) {

    /** A photo whose file said nothing of its identity or provenance, with no perceptual hash yet, never killed. */
    public Photo(long id, String sha256, String pixelHash, String fileName, String mediaType, int width, int height,
            PhotoMetadata embedded, PhotoMetadata metadata, String agency, RawMetadata raw, List<Problem> problems,
            Instant ingestedAt, Instant updatedAt, int version, int rating, List<String> labels) {
        this(id, sha256, pixelHash, fileName, mediaType, width, height, embedded, metadata, agency, raw, problems,
                ingestedAt, updatedAt, version, rating, labels, ItemIdentity.NONE, PhotoProvenance.NONE, null, null);
    }

    public Photo {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(embedded, "embedded");
        metadata = metadata == null ? embedded : metadata;
        raw = raw == null ? RawMetadata.EMPTY : raw;
        problems = problems == null ? List.of() : List.copyOf(problems);
        labels = labels == null ? List.of() : List.copyOf(labels);
        identity = identity == null ? ItemIdentity.NONE : identity;
        provenance = provenance == null ? PhotoProvenance.NONE : provenance;
    }

    /** This photo showing {@code shown} as its current metadata (the file's own stays). */
    public Photo withMetadata(PhotoMetadata shown) {
        return new Photo(id, sha256, pixelHash, fileName, mediaType, width, height, embedded, shown, agency, raw,
                problems, ingestedAt, updatedAt, version, rating, labels, identity, provenance, perceptualHash, kill);
    }

    /** This photo with {@code current} as its problems (the problems of its fields as they are now). */
    public Photo withProblems(List<Problem> current) {
        return new Photo(id, sha256, pixelHash, fileName, mediaType, width, height, embedded, metadata, agency, raw,
                current, ingestedAt, updatedAt, version, rating, labels, identity, provenance, perceptualHash, kill);
    }

    /** This photo with {@code hash} as its perceptual hash. */
    public Photo withPerceptualHash(Long hash) {
        return new Photo(id, sha256, pixelHash, fileName, mediaType, width, height, embedded, metadata, agency, raw,
                problems, ingestedAt, updatedAt, version, rating, labels, identity, provenance, hash, kill);
    }

    /** Whether the photo was killed (withdrawn): kept for audit, out of default search, never published. */
    public boolean killed() {
        return kill != null;
    }
}
