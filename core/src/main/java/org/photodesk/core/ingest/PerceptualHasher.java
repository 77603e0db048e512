package org.photodesk.core.ingest;

import java.util.OptionalLong;

/**
 * The ingest stage that gives a stored photo a 64-bit perceptual hash, for near-duplicate search: called with the
 * thumbnail the renderer has just made (a small JPEG, cheap to decode), after the photo is searchable. The default,
 * {@link #NONE}, makes no hash; a real one (DCT-based, on a small greyscale copy) plugs in here.
 */
@FunctionalInterface
public interface PerceptualHasher {

    /** The hash of the picture in {@code thumbnailJpeg}; empty when it cannot be made. Never throws on bad bytes. */
    OptionalLong hash(byte[] thumbnailJpeg);

    /** Makes no hash. */
    PerceptualHasher NONE = thumbnail -> OptionalLong.empty();
}
