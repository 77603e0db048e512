package org.photodesk.core.gallery;

/**
 * The house's clean-up of an agency caption for publishing: what a published gallery prints for a photo whose
 * caption the editor has not overridden. The publish package provides the real one; {@link #NONE} prints the caption
 * as the agency sent it.
 */
@FunctionalInterface
public interface CaptionCleanup {

    /**
     * The caption to publish for {@code caption}, shown beside the credit line {@code credit} (null when the photo has
     * no credit line); null or blank when nothing is left to print.
     */
    String clean(String caption, String credit);

    /** Publishes captions as given. */
    CaptionCleanup NONE = (caption, credit) -> caption;
}
