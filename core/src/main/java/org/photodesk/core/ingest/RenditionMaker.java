package org.photodesk.core.ingest;

import java.util.List;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;

/** The port that makes a stored photo's previews (thumbnail and preview), after it is searchable. */
@FunctionalInterface
public interface RenditionMaker {

    /** Makes the missing renditions of {@code photo}; returns the problems met (an image that does not decode). */
    List<Problem> make(Photo photo);

    /** Makes nothing: renditions are deferred. */
    RenditionMaker DEFERRED = photo -> List.of();
}
