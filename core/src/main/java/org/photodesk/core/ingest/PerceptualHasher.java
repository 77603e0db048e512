package org.photodesk.core.ingest;

import java.util.Optional;
import java.util.OptionalLong;
import org.photodesk.core.similar.PictureHash;

/**
 * The ingest stage that gives a stored photo a 64-bit perceptual hash, for near-duplicate search: called with the
 * thumbnail the renderer has just made (a small JPEG, cheap to decode), after the photo is searchable. The default,
 * {@link #NONE}, makes no hash; {@code core.similar.ThumbnailFingerprints} makes DCT hashes of a greyscale copy,
 * with the full {@link PictureHash} that confirms near-duplicates.
 */
@FunctionalInterface
public interface PerceptualHasher {

    /** The hash of the picture in {@code thumbnailJpeg}; empty when it cannot be made. Never throws on bad bytes. */
    OptionalLong hash(byte[] thumbnailJpeg);

    /**
     * The full fingerprint of the picture, when this hasher makes one: kept beside the original so that
     * near-duplicates can be confirmed; its {@link PictureHash#frame()} is then the 64-bit hash.
     */
    default Optional<PictureHash> fingerprint(byte[] thumbnailJpeg) {
        return Optional.empty();
    }

    /** Makes no hash. */
    PerceptualHasher NONE = thumbnail -> OptionalLong.empty();
}
