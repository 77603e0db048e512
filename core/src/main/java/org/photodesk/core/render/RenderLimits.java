package org.photodesk.core.render;

/**
 * The limits and settings every renderer honours.
 *
 * @param maxMegapixels originals whose header claims more pixels than this are refused before any decoding
 * @param jpegQuality JPEG quality of renditions, 1 to 100
 */
public record RenderLimits(double maxMegapixels, int jpegQuality) {

    /** A thumbnail's long side in pixels. */
    public static final int THUMBNAIL = 400;

    /** A preview's long side in pixels. */
    public static final int PREVIEW = 1600;

    public RenderLimits {
        if (!(maxMegapixels > 0)) {
            throw new IllegalArgumentException("maxMegapixels must be positive, got " + maxMegapixels);
        }
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("jpegQuality must be 1 to 100, got " + jpegQuality);
        }
    }

    /** 100 megapixels, quality 85. */
    public static RenderLimits defaults() {
        return new RenderLimits(100, 85);
    }

    /** Whether a {@code width} x {@code height} image is within the megapixel limit. */
    public boolean allows(int width, int height) {
        return (double) width * height <= maxMegapixels * 1_000_000d;
    }
}
