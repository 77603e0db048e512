package org.photodesk.core.similar;

import java.util.Objects;

/**
 * A small greyscale copy of a picture, luma 0 to 255 row by row from the top left, the input of the perceptual hash.
 *
 * <p>Any size from 1 x 1 up works; a thumbnail of a few hundred pixels is plenty, since the hash shrinks it to
 * 32 x 32. The array is not copied: do not change it after handing it over.
 */
public record GreyImage(int width, int height, byte[] luma) {

    public GreyImage {
        Objects.requireNonNull(luma, "luma");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "grey image: size " + width + " x " + height + " is empty; give at least 1 x 1 pixels");
        }
        if ((long) width * height != luma.length) {
            throw new IllegalArgumentException("grey image: " + width + " x " + height + " needs "
                    + (long) width * height + " luma bytes, got " + luma.length);
        }
    }

    /**
     * The luma of packed RGB pixels ({@code 0xRRGGBB}, as {@code BufferedImage.getRGB} gives them; any alpha is
     * ignored), by the ITU-R BT.601 weights in integer arithmetic, so that every JVM gives the same bytes.
     */
    public static GreyImage fromRgb(int width, int height, int[] rgb) {
        Objects.requireNonNull(rgb, "rgb");
        if (width >= 1 && height >= 1 && (long) width * height != rgb.length) {
            throw new IllegalArgumentException("grey image: " + width + " x " + height + " needs "
                    + (long) width * height + " RGB pixels, got " + rgb.length);
        }
        byte[] luma = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            luma[i] = (byte) luma(rgb[i]);
        }
        return new GreyImage(width, height, luma);
    }

    /** The luma 0 to 255 of the pixel at column x, row y. */
    public int at(int x, int y) {
        return luma[y * width + x] & 0xFF;
    }

    static int luma(int rgb) {
        int r = (rgb >>> 16) & 0xFF;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (77 * r + 150 * g + 29 * b + 128) >> 8;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GreyImage g
                && g.width == width
                && g.height == height
                && java.util.Arrays.equals(g.luma, luma);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + java.util.Arrays.hashCode(luma);
    }

    @Override
    public String toString() {
        return "GreyImage[" + width + " x " + height + "]";
    }
}
