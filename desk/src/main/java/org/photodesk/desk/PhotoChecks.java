package org.photodesk.desk;

import java.util.List;
import org.photodesk.core.photo.Photo;

/**
 * Brings a stored photo's problems up to date before the desk shows it: the problems found at ingest describe the
 * fields as they came in, so a field an editor has changed since must be checked again (or its problems dropped).
 */
@FunctionalInterface
public interface PhotoChecks {

    /** {@code photo} with the problems of its current fields. */
    Photo current(Photo photo);

    /** {@link #current(Photo)} of each of {@code photos}, in order; implementations may look edits up in one go. */
    default List<Photo> current(List<Photo> photos) {
        return photos.stream().map(this::current).toList();
    }

    /** Shows the problems as stored, for libraries whose store re-checks every edit itself. */
    static PhotoChecks asStored() {
        return photo -> photo;
    }
}
