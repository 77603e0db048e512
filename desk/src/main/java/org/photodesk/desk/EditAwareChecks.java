package org.photodesk.desk;

import java.util.List;
import org.photodesk.core.check.CurrentProblems;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;

/**
 * The problems of a photo as it is now, as the domain's {@link CurrentProblems} finds them: the stored problems of
 * each field an editor has changed since ingest are dropped, and an edited caption is checked again.
 */
final class EditAwareChecks implements PhotoChecks {

    private final CurrentProblems problems;

    EditAwareChecks(PhotoStore store, CaptionChecker captions) {
        this.problems = new CurrentProblems(store, captions);
    }

    @Override
    public Photo current(Photo photo) {
        return problems.current(photo);
    }

    @Override
    public List<Photo> current(List<Photo> photos) {
        return problems.current(photos);
    }
}
