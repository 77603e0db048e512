package org.photodesk.core.event;

import java.util.Objects;

/**
 * Where an item of an event sheet comes from: the source, the sentence (or caption) that says it, and the offsets of
 * that sentence in the source's text.
 *
 * @param sourceId an article's id, or {@code photo:<id>} for a photo's caption
 * @param paragraph the paragraph index in the article, or -1 for an article's title (offsets then point into the
 *     title) or a photo's caption
 * @param sentence the sentence or caption text, exactly as in the source
 * @param start the offset of the sentence in {@code Article.text()} (or in the photo's caption)
 * @param end the offset just after it
 * @param caption true when the sentence is part of a photo caption
 */
public record SourceRef(String sourceId, int paragraph, String sentence, int start, int end, boolean caption) {

    public SourceRef {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end - start != sentence.length()) {
            throw new IllegalArgumentException("source ref [" + start + ", " + end + ") does not fit its sentence");
        }
    }
}
