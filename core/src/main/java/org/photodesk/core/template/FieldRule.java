package org.photodesk.core.template;

import java.util.List;
import java.util.Objects;

/**
 * One field a template fills: which field, how ({@link FillMode}), and the text with its variables
 * ({@code {city}}, {@code {date}}...; see {@link TemplateText}).
 *
 * @param field a {@link org.photodesk.core.photo.MetadataFields} name among {@link #FIELDS}
 */
public record FieldRule(String field, FillMode mode, String text) {

    /** The fields a template may fill, in the order the templates page shows them. */
    public static final List<String> FIELDS = List.of("headline", "caption", "byline", "bylineTitle", "credit",
            "source", "copyright", "usageTerms", "city", "sublocation", "state", "country", "countryCode", "event",
            "keywords", "people", "instructions", "altText", "title");

    /** The fields whose text is a list (items split on commas): append adds the items not there yet. */
    public static final List<String> LIST_FIELDS = List.of("byline", "keywords", "people");

    public FieldRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(mode, "mode");
        field = field.strip();
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("a template cannot fill field '" + field + "': use one of "
                    + String.join(", ", FIELDS));
        }
        text = text == null ? "" : text;
    }

    /** Whether the field holds a list. */
    public boolean isList() {
        return LIST_FIELDS.contains(field);
    }
}
