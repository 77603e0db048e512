package org.photodesk.core.gallery;

import java.util.Objects;

/**
 * One published file of a photo: its name ({@code thumbnail}, {@code preview} or {@code original}), its path inside
 * the published gallery folder, and its size in pixels.
 */
public record Rendition(String name, String path, int width, int height, String mediaType) {

    /** The 400 px wide rendition, for grids and {@code srcset}. */
    public static final String THUMBNAIL = "thumbnail";
    /** The 1600 px wide rendition, shown by default. */
    public static final String PREVIEW = "preview";
    /** The original file as the library holds it. */
    public static final String ORIGINAL = "original";

    public Rendition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        mediaType = mediaType == null ? "image/jpeg" : mediaType;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rendition " + path + " has no size: " + width + "x" + height);
        }
    }
}
