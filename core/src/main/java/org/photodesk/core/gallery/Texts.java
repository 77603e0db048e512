package org.photodesk.core.gallery;

/** Small text helpers shared by the gallery model and its renderers. */
final class Texts {

    private Texts() {}

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
