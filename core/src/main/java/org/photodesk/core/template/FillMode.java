package org.photodesk.core.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a template rule fills its field: replace the field's text, append to it, or set it only when it is empty. */
public enum FillMode {
    REPLACE("replace"),
    APPEND("append"),
    IF_EMPTY("if-empty");

    private final String word;

    FillMode(String word) {
        this.word = word;
    }

    /** The mode's word in files, the CLI and the API: {@code replace}, {@code append} or {@code if-empty}. */
    public String word() {
        return word;
    }

    /**
     * The mode {@code word} names (case ignored; {@code only-if-empty} and {@code empty} also mean
     * {@link #IF_EMPTY}).
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    public static FillMode of(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (w) {
            case "replace" -> REPLACE;
            case "append" -> APPEND;
            case "if-empty", "only-if-empty", "empty" -> IF_EMPTY;
            default -> throw new IllegalArgumentException("fill mode '" + word + "' is unknown: use one of "
                    + Arrays.stream(values()).map(FillMode::word).collect(Collectors.joining(", ")));
        };
    }
}
