package org.photodesk.core.gallery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.rights.Rights;
import org.photodesk.core.rights.RightsStatus;

/**
 * The checks a gallery must pass before it is published: every item has a photo, a caption and a credit, the
 * supplied caption checker finds nothing wrong with the caption the gallery will show, and each photo's rights allow
 * it now ({@link RightsStatus#problemsAt}): a killed photo or an embargo that has not lifted blocks publishing, force
 * or not ({@link CheckReport#blocked()}).
 */
public final class GalleryCheck {

    private final CaptionChecker checker;
    private final GalleryPhotos photos;
    private final CreditLineFormatter credits;
    private final Rights rights;
    private final Clock clock;

    /** Checks with the standard {@link Rights} rule, at the system clock's time. */
    public GalleryCheck(CaptionChecker checker, GalleryPhotos photos, CreditLineFormatter credits) {
        this(checker, photos, credits, Rights.standard(), Clock.systemUTC());
    }

    /** Checks whose rights are read by {@code rights} and judged at {@code clock}'s time. */
    public GalleryCheck(CaptionChecker checker, GalleryPhotos photos, CreditLineFormatter credits, Rights rights,
            Clock clock) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.rights = Objects.requireNonNull(rights, "rights");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What is wrong with {@code gallery}; {@link CheckReport#passed()} when it may be published. */
    public CheckReport check(Gallery gallery) {
        var items = new ArrayList<ItemProblems>();
        for (GalleryItem item : gallery.items()) {
            ItemProblems found = check(item);
            if (!found.problems().isEmpty()) {
                items.add(found);
            }
        }
        List<Problem> whole = gallery.items().isEmpty()
                ? List.of(Problem.of("gallery.empty", "gallery '" + gallery.slug()
                        + "' has no photos: add some with 'gallery add " + gallery.slug() + " PHOTO_ID'"))
                : List.of();
        return new CheckReport(whole, items);
    }

    /** The problems of one item (possibly none). */
    public ItemProblems check(GalleryItem item) {
        Photo photo = item.isPlaceholder() ? null : photos.find(item.photoId()).orElse(null);
        String caption = item.effectiveCaption(photo);
        var problems = new ArrayList<Problem>();
        String where = "item " + item.id() + " (position " + item.position() + ")";
        if (item.isPlaceholder()) {
            problems.add(Problem.of("gallery.placeholder", where + " has no photo yet: assign one or remove the item"));
        } else if (photo == null) {
            problems.add(Problem.of("gallery.photo-missing", where + " shows photo " + item.photoId()
                    + ", which is not in the library: remove the item"));
        }
        if (caption == null) {
            problems.add(Problem.inField("gallery.caption-missing", "caption",
                    where + " has no caption: write one with a caption override"));
        } else {
            problems.addAll(checker.check(caption));
        }
        if (photo != null) {
            problems.addAll(rights.of(photo).problemsAt(clock.instant(), "photo " + photo.id()));
        }
        if (item.effectiveCredit(photo, credits) == null) {
            problems.add(Problem.inField("gallery.credit-missing", "credit",
                    where + " has no credit: set a credit override naming the photographer and agency"));
        }
        return new ItemProblems(item, caption, problems);
    }
}
