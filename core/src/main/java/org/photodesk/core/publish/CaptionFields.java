package org.photodesk.core.publish;

import java.util.List;

/**
 * What a published JPEG must carry about itself: the gallery's caption and credit line, and the photographer,
 * copyright, headline and alt text from the photo. Null (or empty) fields are left out.
 */
public record CaptionFields(String caption, String credit, List<String> byline, String copyright, String headline,
        String altText) {

    public CaptionFields {
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
