package org.photodesk.core.feed;

/**
 * Where the content was created, as the feed names it: city, region (province or state), country and its ISO 3166
 * code, each null when absent; {@code name} is the place as written when the feed gives only one string.
 */
public record Located(String name, String city, String region, String country, String countryCode) {

    /** No place at all. */
    public static final Located NONE = new Located(null, null, null, null, null);

    public Located {
        name = FeedText.clean(name);
        city = FeedText.clean(city);
        region = FeedText.clean(region);
        country = FeedText.clean(country);
        countryCode = FeedText.clean(countryCode);
    }

    /** True when no part is known. */
    public boolean isEmpty() {
        return name == null && city == null && region == null && country == null && countryCode == null;
    }

    /**
     * A place from one line such as ninjs {@code located}: "Paris, France" is city and country, "Austin, Texas, United
     * States" city, region and country, and a single word a city.
     */
    public static Located ofLine(String line) {
        String text = FeedText.clean(line);
        if (text == null) {
            return NONE;
        }
        String[] parts = text.split("\\s*,\\s*", -1);
        return switch (parts.length) {
            case 1 -> new Located(text, text, null, null, null);
            case 2 -> new Located(text, parts[0], null, parts[1], null);
            default -> new Located(text, parts[0], parts[1], parts[parts.length - 1], null);
        };
    }
}
