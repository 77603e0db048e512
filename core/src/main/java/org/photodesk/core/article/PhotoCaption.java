package org.photodesk.core.article;

import java.util.Objects;

/**
 * A photo caption found in an article: the paragraph, the description without the credit, and the credit split
 * into agency and photographer.
 *
 * @param paragraph the index of its paragraph in {@link Article#paragraphs()}
 * @param text the whole caption paragraph as published
 * @param description the caption without its credit (and without agency tags such as "TPX IMAGES OF THE DAY")
 * @param credit the credit as written ("AP/Martin Meissner", "(Phil Noble/REUTERS)"), or null for a figcaption
 *     with none
 * @param agency the normalised agency ("AP", "Reuters", "AFP", "Getty Images", "EPA", "dpa"), or null
 * @param photographer the photographer named in the credit, or null when the credit names only an agency
 * @param start the offset of the caption in {@link Article#text()}
 */
public record PhotoCaption(
        int paragraph, String text, String description, String credit, String agency, String photographer, int start) {

    public PhotoCaption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(description, "description");
    }

    /** The offset just after the caption in {@link Article#text()}. */
    public int end() {
        return start + text.length();
    }
}
