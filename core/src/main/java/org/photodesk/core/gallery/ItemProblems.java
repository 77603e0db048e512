package org.photodesk.core.gallery;

import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.Problem;

/** The problems the gallery checks found in one item, with the caption they looked at. */
public record ItemProblems(GalleryItem item, String caption, List<Problem> problems) {

    public ItemProblems {
        Objects.requireNonNull(item, "item");
        problems = List.copyOf(problems);
    }
}
