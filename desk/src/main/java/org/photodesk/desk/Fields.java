package org.photodesk.desk;

import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * The photo fields an editor can change on the desk, by the names {@link PhotoEditing} uses, and their current
 * values as text (lists joined by {@code "; "}, labels by {@code ", "}).
 */
public final class Fields {

    /** The editable metadata fields, in the order the photo page shows them. */
    public static final List<String> EDITABLE = List.of(
            "headline", "caption", "byline", "credit", "city", "sublocation", "state", "country", "people");

    private Fields() {}

    /** Whether {@code field} may be edited through the desk (metadata fields, {@code rating} and {@code labels}). */
    public static boolean editable(String field) {
        return EDITABLE.contains(field) || "rating".equals(field) || "labels".equals(field);
    }

    /** The value of {@code field} of {@code photo} as text, or empty when absent or unknown. */
    public static Optional<String> value(Photo photo, String field) {
        if (field == null) {
            return Optional.empty();
        }
        PhotoMetadata m = photo.metadata();
        String v = switch (field) {
            case "headline" -> m.headline();
            case "caption" -> m.caption();
            case "byline" -> join(m.byline(), "; ");
            case "credit" -> m.credit();
            case "source" -> m.source();
            case "copyright" -> m.copyright();
            case "city" -> m.city();
            case "sublocation" -> m.sublocation();
            case "state" -> m.state();
            case "country" -> m.country();
            case "people" -> join(m.people(), "; ");
            case "keywords" -> join(m.keywords(), "; ");
            case "event" -> m.event();
            case "altText" -> m.altText();
            case "title" -> m.title();
            case "rating" -> Integer.toString(photo.rating());
            case "labels" -> join(photo.labels(), ", ");
            default -> null;
        };
        return Optional.ofNullable(v);
    }

    /** Text for a field that may be absent: the value or the empty string. */
    public static String text(Photo photo, String field) {
        return value(photo, field).orElse("");
    }

    private static String join(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }
}
