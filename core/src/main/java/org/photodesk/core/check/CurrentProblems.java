package org.photodesk.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;

/**
 * The problems of a photo as it is now: the store keeps those found at ingest, so for each field an editor has
 * changed since, the stored problems of that field are dropped, and an edited caption is checked again with the
 * house-style {@link CaptionChecker}. A photo nobody edited is shown as stored. The desk and the command line both
 * number a photo's problems from this list, so that "fix problem N" means the same everywhere.
 */
public final class CurrentProblems {

    private final PhotoStore store;
    private final CaptionChecker captions;

    public CurrentProblems(PhotoStore store, CaptionChecker captions) {
        this.store = Objects.requireNonNull(store, "store");
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    /** {@code photo} with the problems of its current fields. */
    public Photo current(Photo photo) {
        if (photo.version() <= 1) {
            return photo;
        }
        return current(photo, store.edits(photo.id()).stream().map(PhotoEdit::field).collect(Collectors.toSet()));
    }

    /** {@link #current(Photo)} of each of {@code photos}, with one look-up of the edited fields of them all. */
    public List<Photo> current(List<Photo> photos) {
        List<Long> maybeEdited = photos.stream().filter(p -> p.version() > 1).map(Photo::id).toList();
        if (maybeEdited.isEmpty()) {
            return photos;
        }
        Map<Long, Set<String>> edited = store.editedFields(maybeEdited);
        return photos.stream().map(p -> p.version() <= 1 ? p : current(p, edited.getOrDefault(p.id(), Set.of())))
                .toList();
    }

    private Photo current(Photo photo, Set<String> edited) {
        if (edited.isEmpty()) {
            return photo;
        }
        var problems = new ArrayList<Problem>();
        photo.problems().stream().filter(p -> p.field() == null || !edited.contains(p.field())).forEach(problems::add);
        String caption = photo.metadata().caption();
        if (edited.contains("caption") && caption != null) {
            captions.check(caption).stream().map(CurrentProblems::inCaption).forEach(problems::add);
        }
        return photo.withProblems(problems);
    }

    private static Problem inCaption(Problem p) {
        return p.field() != null ? p : new Problem(p.code(), p.message(), "caption", p.span(), p.fix());
    }
}
