package org.photodesk.core.render;

import java.util.Objects;

/**
 * One rendition of an original: a baseline sRGB JPEG and its pixel size, with the EXIF orientation already applied.
 *
 * @param width the JPEG's width in pixels, as displayed
 * @param height the JPEG's height in pixels, as displayed
 * @param jpeg the encoded JPEG (owned by the caller; records compare arrays by identity)
 */
public record Rendition(int width, int height, byte[] jpeg) {

    /** The media type of every rendition. */
    public static final String MEDIA_TYPE = "image/jpeg";

    public Rendition {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("rendition size " + width + "x" + height + " must be at least 1x1");
        }
        Objects.requireNonNull(jpeg, "jpeg");
    }

    /** The longer of width and height. */
    public int longSide() {
        return Math.max(width, height);
    }
}
