package org.photodesk.core.caption;

/** A place read from a caption: city, region, country and ISO code (any may be null), and its span. */
record Place(String city, String region, String country, String countryCode, int start, int end, int cityEnd) {

    int score() {
        return (city != null ? 2 : 0) + (region != null ? 1 : 0) + (country != null ? 2 : 0);
    }
}
