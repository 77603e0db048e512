package org.photodesk.core.article;

import java.util.Objects;

/**
 * One paragraph of an article body, with where it sits in {@link Article#text()}.
 *
 * @param index its position among the article's paragraphs, from 0
 * @param start the offset of its first character in {@link Article#text()}
 * @param end the offset just after its last character
 * @param caption true when the paragraph is a photo caption (it ends in an agency credit, or was a figcaption)
 */
public record Paragraph(int index, String text, int start, int end, boolean caption) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("paragraph " + index + " [" + start + ", " + end + ") does not fit its text");
        }
    }

    /** Whether this paragraph is a photo caption. */
    public boolean isCaption() {
        return caption;
    }
}
