package org.photodesk.core.gallery;

import java.util.Objects;

/**
 * The caption of a picture that an article mentioned but the library does not hold yet: the gallery keeps it on a
 * placeholder item until someone assigns a photo.
 *
 * @param text the caption text as imported, never blank
 * @param agency the agency named with it, or null
 * @param photographer the photographer named with it, or null
 */
public record ImportedCaption(String text, String agency, String photographer) {

    public ImportedCaption {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an imported caption needs text: pass the caption of the picture");
        }
        agency = Texts.blankToNull(agency);
        photographer = Texts.blankToNull(photographer);
    }
}
