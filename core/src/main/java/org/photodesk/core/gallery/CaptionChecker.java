package org.photodesk.core.gallery;

import java.util.List;
import org.photodesk.core.photo.Problem;

/** Checks one caption against the house style and returns what is wrong with it (empty when it is fine). */
@FunctionalInterface
public interface CaptionChecker {

    List<Problem> check(String caption);

    /** A checker that finds nothing, for when no house-style checks are wired in. */
    CaptionChecker NONE = caption -> List.of();
}
