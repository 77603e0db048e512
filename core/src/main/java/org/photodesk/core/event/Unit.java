package org.photodesk.core.event;

/**
 * One sentence (or caption sentence) of a source, the unit every finder works on.
 *
 * @param start the offset of {@code text} in the source's text
 * @param photographer for a caption, the photographer its credit names, else null
 * @param agency for a caption, its agency, else null
 * @param photoKey for a caption, a key naming the photo ({@code sourceId#paragraph} or {@code photo:id}), else null
 */
record Unit(String sourceId, int paragraph, String text, int start, boolean caption, String photographer, String agency,
        String photoKey, boolean first) {

    /** The reference an item found in this unit cites. */
    SourceRef ref() {
        return new SourceRef(sourceId, paragraph, text, start, start + text.length(), caption);
    }
}
