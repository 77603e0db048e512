package org.photodesk.core.photo;

import java.util.List;

/**
 * The normalised, typed description of a photo: the IPTC Photo Metadata core and extension fields a picture desk
 * works with, merged from IIM, XMP and EXIF by precedence.
 *
 * <p>Strings are null when absent (never empty); lists are never null (empty when absent).
 */
public record PhotoMetadata(
        String headline,
        String caption,
        List<String> byline,
        String bylineTitle,
        String credit,
        String source,
        String copyright,
        String usageTerms,
        String city,
        String sublocation,
        String state,
        String country,
        String countryCode,
        List<String> locationsShown,
        DateCreated dateCreated,
        List<String> keywords,
        String instructions,
        String transmissionReference,
        List<String> people,
        String event,
        String altText,
        String digitalSourceType,
        String title) {

    /** Metadata with every field absent. */
    public static final PhotoMetadata EMPTY = builder().build();

    public PhotoMetadata {
        headline = blankToNull(headline);
        caption = blankToNull(caption);
        byline = listOf(byline);
        bylineTitle = blankToNull(bylineTitle);
        credit = blankToNull(credit);
        source = blankToNull(source);
        copyright = blankToNull(copyright);
        usageTerms = blankToNull(usageTerms);
        city = blankToNull(city);
        sublocation = blankToNull(sublocation);
        state = blankToNull(state);
        country = blankToNull(country);
        countryCode = blankToNull(countryCode);
        locationsShown = listOf(locationsShown);
        keywords = listOf(keywords);
        instructions = blankToNull(instructions);
        transmissionReference = blankToNull(transmissionReference);
        people = listOf(people);
        event = blankToNull(event);
        altText = blankToNull(altText);
        digitalSourceType = blankToNull(digitalSourceType);
        title = blankToNull(title);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** A builder, for readers that fill fields one at a time. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this metadata. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Fills a {@link PhotoMetadata} field by field. */
    public static final class Builder {
        private String headline, caption, bylineTitle, credit, source, copyright, usageTerms, city, sublocation, state,
                country, countryCode, instructions, transmissionReference, event, altText, digitalSourceType, title;
        private List<String> byline = List.of(), locationsShown = List.of(), keywords = List.of(), people = List.of();
        private DateCreated dateCreated;

        private Builder() {}

        private Builder(PhotoMetadata m) {
            headline = m.headline; caption = m.caption; byline = m.byline; bylineTitle = m.bylineTitle;
            credit = m.credit; source = m.source; copyright = m.copyright; usageTerms = m.usageTerms;
            city = m.city; sublocation = m.sublocation; state = m.state; country = m.country;
            countryCode = m.countryCode; locationsShown = m.locationsShown; dateCreated = m.dateCreated;
            keywords = m.keywords; instructions = m.instructions; transmissionReference = m.transmissionReference;
            people = m.people; event = m.event; altText = m.altText; digitalSourceType = m.digitalSourceType;
            title = m.title;
        }

        public Builder headline(String v) { headline = v; return this; }
        public Builder caption(String v) { caption = v; return this; }
        public Builder byline(List<String> v) { byline = v; return this; }
        public Builder bylineTitle(String v) { bylineTitle = v; return this; }
        public Builder credit(String v) { credit = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder copyright(String v) { copyright = v; return this; }
        public Builder usageTerms(String v) { usageTerms = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder sublocation(String v) { sublocation = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder countryCode(String v) { countryCode = v; return this; }
        public Builder locationsShown(List<String> v) { locationsShown = v; return this; }
        public Builder dateCreated(DateCreated v) { dateCreated = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder instructions(String v) { instructions = v; return this; }
        public Builder transmissionReference(String v) { transmissionReference = v; return this; }
        public Builder people(List<String> v) { people = v; return this; }
        public Builder event(String v) { event = v; return this; }
        public Builder altText(String v) { altText = v; return this; }
        public Builder digitalSourceType(String v) { digitalSourceType = v; return this; }
        public Builder title(String v) { title = v; return this; }

        public PhotoMetadata build() {
            return new PhotoMetadata(headline, caption, byline, bylineTitle, credit, source, copyright, usageTerms,
                    city, sublocation, state, country, countryCode, locationsShown, dateCreated, keywords,
                    instructions, transmissionReference, people, event, altText, digitalSourceType, title);
        }
    }
}
