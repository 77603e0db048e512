package org.photodesk.core.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The desk's named labels: four colour labels (keys 6 to 9 on the sheet, one at a time on a photo) and the tag (key
 * T), all kept in {@link org.photodesk.core.photo.Photo#labels()} beside any free label an editor typed.
 */
public final class DeskLabels {

    /** The label the tag key toggles; {@code tagged:yes} finds the photos that carry it. */
    public static final String TAG = "tagged";

    /** The colour labels in key order (6, 7, 8, 9), by name. */
    public static final List<Colour> COLOURS = List.of(new Colour("select", "red", '6'),
            new Colour("second", "yellow", '7'), new Colour("approved", "green", '8'), new Colour("review", "blue", '9'));

    private DeskLabels() {}

    /** One colour label: its name (what {@code label:} searches), its colour and the key that sets it. */
    public record Colour(String name, String colour, char key) {}

    /** The colour label named {@code label}, any case. */
    public static Optional<Colour> colour(String label) {
        String name = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return COLOURS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether {@code labels} carry the tag. */
    public static boolean tagged(List<String> labels) {
        return labels.stream().anyMatch(l -> ExactValues.term(l).equals(TAG));
    }

    /** Whether {@code labels} carry {@code name}, compared as the label filter compares (stripped, any case). */
    public static boolean has(List<String> labels, String name) {
        String want = ExactValues.term(name);
        return labels.stream().anyMatch(l -> ExactValues.term(l).equals(want));
    }
}
