package org.photodesk.core.photo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads and sets one {@link PhotoMetadata} field by its record component name ({@code caption}, {@code byline},
 * {@code dateCreated}...) as text, the form an editor's edit is stored in.
 *
 * <p>Text fields are the value itself (null when absent); list fields ({@code byline}, {@code locationsShown},
 * {@code keywords}, {@code people}) are their items joined by {@code ", "} and split on commas;
 * {@code dateCreated} is {@link DateCreated#iso()}.
 */
public final class MetadataFields {

    private record Accessor(Function<PhotoMetadata, String> get,
                            BiFunction<PhotoMetadata.Builder, String, PhotoMetadata.Builder> set) {}

    private static final SequencedMap<String, Accessor> FIELDS = fields();

    private MetadataFields() {}

    /** The field names, in {@link PhotoMetadata}'s component order. */
    public static List<String> names() {
        return List.copyOf(FIELDS.sequencedKeySet());
    }

    /** Whether {@code field} names a {@link PhotoMetadata} component. */
    public static boolean isField(String field) {
        return FIELDS.containsKey(field);
    }

    /** The text of {@code field} in {@code metadata}, or null when absent. */
    public static String get(PhotoMetadata metadata, String field) {
        return accessor(field).get().apply(metadata);
    }

    /**
     * A copy of {@code metadata} with {@code field} set from {@code text} (null or blank clears it).
     *
     * @throws IllegalArgumentException when the field is unknown or the text is not a valid value for it
     */
    public static PhotoMetadata set(PhotoMetadata metadata, String field, String text) {
        return accessor(field).set().apply(metadata.toBuilder(), text).build();
    }

    private static Accessor accessor(String field) {
        Accessor accessor = FIELDS.get(field);
        if (accessor == null) {
            throw new IllegalArgumentException(
                    "unknown metadata field '" + field + "': use one of " + String.join(", ", FIELDS.keySet()));
        }
        return accessor;
    }

    private static SequencedMap<String, Accessor> fields() {
        var f = new LinkedHashMap<String, Accessor>();
        f.put("headline", new Accessor(PhotoMetadata::headline, PhotoMetadata.Builder::headline));
        f.put("caption", new Accessor(PhotoMetadata::caption, PhotoMetadata.Builder::caption));
        f.put("byline", list(PhotoMetadata::byline, PhotoMetadata.Builder::byline));
        f.put("bylineTitle", new Accessor(PhotoMetadata::bylineTitle, PhotoMetadata.Builder::bylineTitle));
        f.put("credit", new Accessor(PhotoMetadata::credit, PhotoMetadata.Builder::credit));
        f.put("source", new Accessor(PhotoMetadata::source, PhotoMetadata.Builder::source));
        f.put("copyright", new Accessor(PhotoMetadata::copyright, PhotoMetadata.Builder::copyright));
        f.put("usageTerms", new Accessor(PhotoMetadata::usageTerms, PhotoMetadata.Builder::usageTerms));
        f.put("city", new Accessor(PhotoMetadata::city, PhotoMetadata.Builder::city));
        f.put("sublocation", new Accessor(PhotoMetadata::sublocation, PhotoMetadata.Builder::sublocation));
        f.put("state", new Accessor(PhotoMetadata::state, PhotoMetadata.Builder::state));
        f.put("country", new Accessor(PhotoMetadata::country, PhotoMetadata.Builder::country));
        f.put("countryCode", new Accessor(PhotoMetadata::countryCode, PhotoMetadata.Builder::countryCode));
        f.put("locationsShown", list(PhotoMetadata::locationsShown, PhotoMetadata.Builder::locationsShown));
        f.put("dateCreated", new Accessor(MetadataFields::dateText, (b, v) -> b.dateCreated(date(v))));
        f.put("keywords", list(PhotoMetadata::keywords, PhotoMetadata.Builder::keywords));
        f.put("instructions", new Accessor(PhotoMetadata::instructions, PhotoMetadata.Builder::instructions));
        f.put("transmissionReference",
                new Accessor(PhotoMetadata::transmissionReference, PhotoMetadata.Builder::transmissionReference));
        f.put("people", list(PhotoMetadata::people, PhotoMetadata.Builder::people));
        f.put("event", new Accessor(PhotoMetadata::event, PhotoMetadata.Builder::event));
        f.put("altText", new Accessor(PhotoMetadata::altText, PhotoMetadata.Builder::altText));
        f.put("digitalSourceType",
                new Accessor(PhotoMetadata::digitalSourceType, PhotoMetadata.Builder::digitalSourceType));
        f.put("title", new Accessor(PhotoMetadata::title, PhotoMetadata.Builder::title));
        return java.util.Collections.unmodifiableSequencedMap(f);
    }

    private static Accessor list(Function<PhotoMetadata, List<String>> get,
                                 BiFunction<PhotoMetadata.Builder, List<String>, PhotoMetadata.Builder> set) {
        return new Accessor(m -> join(get.apply(m)), (b, v) -> set.apply(b, split(v)));
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? null : String.join(", ", items);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static String dateText(PhotoMetadata m) {
        return m.dateCreated() == null ? null : m.dateCreated().iso();
    }

    private static DateCreated date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateCreated.parse(text.strip()).orElseThrow(() -> new IllegalArgumentException(
                "dateCreated '" + text + "' is not a date: write 2024-08-11, 2024-08-11T21:04:05 or "
                        + "2024-08-11T21:04:05+02:00"));
    }
}
