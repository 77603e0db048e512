package org.photodesk.core.photo;

/**
 * What a file's header says about its image, read without decoding any pixel.
 *
 * @param mediaType {@code image/jpeg}, {@code image/tiff}, {@code image/png} or {@code image/webp}
 * @param orientation the EXIF orientation, 1 (upright) when absent
 */
public record ImageInfo(String mediaType, int width, int height, int orientation) {

    /** Pixels in millions, as the header claims them. */
    public double megapixels() {
        return (double) width * height / 1_000_000d;
    }
}
