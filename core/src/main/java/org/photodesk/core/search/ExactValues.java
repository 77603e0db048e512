package org.photodesk.core.search;

import java.util.List;
import java.util.Locale;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.provenance.DigitalSourceType;

/**
 * The exact values every search index keeps for the filters that match whole values rather than words
 * ({@code c2pa:}, {@code assignment:}), so that all index adapters find the same photos.
 */
public final class ExactValues {

    private ExactValues() {}

    /** The words {@code c2pa:} finds a photo by: its credentials' state, and {@code ai} when declared generated. */
    public static List<String> provenanceWords(Photo photo) {
        String state = photo.provenance().state().word();
        boolean ai = photo.provenance().synthetic()
                || DigitalSourceType.isSynthetic(photo.metadata().digitalSourceType());
        return ai ? List.of(state, "ai") : List.of(state);
    }

    /** A value as the exact filters compare it: stripped, lower case. */
    public static String term(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code field} matches whole values. */
    public static boolean isExact(Query.Field field) {
        return field == Query.Field.C2PA || field == Query.Field.ASSIGNMENT;
    }
}
