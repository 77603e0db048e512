package org.photodesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;

/**
 * The problems of a photo as it is now: the store keeps those found at ingest, so for each field an editor has
 * changed since, the stored problems of that field are dropped, and an edited caption is checked again with the
 * house-style {@link CaptionChecker}. A photo nobody edited is shown as stored.
 */
final class EditAwareChecks implements PhotoChecks {

    private final PhotoStore store;
    private final CaptionChecker captions;

    EditAwareChecks(PhotoStore store, CaptionChecker captions) {
        this.store = store;
        this.captions = captions;
    }

    @Override
    public Photo current(Photo photo) {
        if (photo.version() <= 1) {
            return photo;
        }
        return current(photo, store.edits(photo.id()).stream().map(PhotoEdit::field).collect(Collectors.toSet()));
    }

    /** The photos brought up to date with one look-up of the edited fields of those that may have any. */
    @Override
    public List<Photo> current(List<Photo> photos) {
        List<Long> maybeEdited = photos.stream().filter(p -> p.version() > 1).map(Photo::id).toList();
        if (maybeEdited.isEmpty()) {
            return photos;
        }
        Map<Long, Set<String>> edited = store.editedFields(maybeEdited);
        return photos.stream().map(p -> p.version() <= 1 ? p : current(p, edited.getOrDefault(p.id(), Set.of()))).toList();
    }

    private Photo current(Photo photo, Set<String> edited) {
        if (edited.isEmpty()) {
            return photo;
        }
        var problems = new ArrayList<Problem>();
        photo.problems().stream().filter(p -> p.field() == null || !edited.contains(p.field())).forEach(problems::add);
        String caption = photo.metadata().caption();
        if (edited.contains("caption") && caption != null) {
            captions.check(caption).stream().map(EditAwareChecks::inCaption).forEach(problems::add);
        }
        return withProblems(photo, problems);
    }

    private static Problem inCaption(Problem p) {
        return p.field() != null ? p : new Problem(p.code(), p.message(), "caption", p.span(), p.fix());
    }

    private static Photo withProblems(Photo p, List<Problem> problems) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), problems, p.ingestedAt(), p.updatedAt(), p.version(),
                p.rating(), p.labels());
    }
}
