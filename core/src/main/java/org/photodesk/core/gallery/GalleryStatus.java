package org.photodesk.core.gallery;

/** Whether a gallery is still being put together ({@code DRAFT}) or has been published at least once. */
public enum GalleryStatus {
    DRAFT,
    PUBLISHED;

    /** The lower-case name used in storage and on the command line. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #code()}; throws with the accepted values for anything else. */
    public static GalleryStatus ofCode(String code) {
        for (GalleryStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("gallery status '" + code + "' is unknown: use draft or published");
    }
}
