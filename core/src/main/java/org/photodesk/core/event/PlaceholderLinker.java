package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.photodesk.core.article.CaptionCredit;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills gallery placeholders with library photos: a photo whose caption matches a placeholder's imported caption
 * ({@link CaptionMatch}) is assigned to that item. Call it with each newly ingested photo (it is a
 * {@code Consumer<Photo>}), or {@link #linkAll} after an import for the photos already in the library.
 *
 * <p>In each gallery a photo fills at most one item: the best-scoring placeholder; when two placeholders score the
 * same best, the photo is ambiguous and fills none (an editor assigns it). Galleries already showing the photo are
 * left alone. Filling writes that one item only (if it is still a placeholder) and bumps the gallery's edit
 * revision, so an editor reordering the gallery at the same time loses nothing: their next write, based on the older
 * revision, is refused and they reload.
 */
public final class PlaceholderLinker implements Consumer<Photo> {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceholderLinker.class);
    private static final int PAGE = 500;

    private final GalleryRepository galleries;

    public PlaceholderLinker(GalleryRepository galleries) {
        this.galleries = Objects.requireNonNull(galleries, "galleries");
    }

    /** A photo assigned to a placeholder. */
    public record Link(String gallerySlug, long itemId, int position, long photoId, double score) {}

    @Override
    public void accept(Photo photo) {
        link(photo);
    }

    /** Assigns {@code photo} to the placeholders its caption matches, one per gallery, and says which. */
    public synchronized List<Link> link(Photo photo) {
        List<Link> links = new ArrayList<>();
        if (photo.metadata().caption() == null) {
            return links;
        }
        for (Gallery g : galleries.list()) {
            if (g.items().stream().noneMatch(GalleryItem::isPlaceholder) || g.findItemByPhoto(photo.id()).isPresent()) {
                continue;
            }
            best(g, photo).filter(link -> galleries.fillPlaceholder(g.id(), link.itemId(), photo.id()))
                    .ifPresent(link -> {
                        LOG.info("Photo {} fills item {} of gallery '{}' (caption score {})", photo.id(),
                                link.itemId(), g.slug(), link.score());
                        links.add(link);
                    });
        }
        return links;
    }

    /** Links every photo of {@code photos}, in id order; returns the links made. */
    public List<Link> linkAll(PhotoStore photos) {
        List<Link> links = new ArrayList<>();
        long after = 0;
        for (List<Photo> page = photos.page(after, PAGE); !page.isEmpty(); page = photos.page(after, PAGE)) {
            for (Photo p : page) {
                links.addAll(link(p));
            }
            after = page.getLast().id();
        }
        return links;
    }

    private static Optional<Link> best(Gallery g, Photo photo) {
        String photographer = photographer(photo);
        List<Link> candidates = g.items().stream()
                .filter(GalleryItem::isPlaceholder)
                .filter(i -> CaptionMatch.samePhotographer(photographer, i.imported().photographer()))
                .map(i -> new Link(g.slug(), i.id(), i.position(), photo.id(),
                        CaptionMatch.score(photo.metadata().caption(), i.imported().text())))
                .filter(l -> l.score() >= CaptionMatch.THRESHOLD)
                .sorted(Comparator.comparingDouble(Link::score).reversed())
                .toList();
        if (candidates.size() > 1 && candidates.get(0).score() == candidates.get(1).score()) {
            LOG.info("Photo {} matches items {} and {} of gallery '{}' equally: left for an editor", photo.id(),
                    candidates.get(0).itemId(), candidates.get(1).itemId(), g.slug());
            return Optional.empty();
        }
        return candidates.stream().findFirst();
    }

    /** The photographer the photo's byline names, else its caption's credit. */
    static String photographer(Photo photo) {
        if (!photo.metadata().byline().isEmpty()) {
            return photo.metadata().byline().getFirst();
        }
        return CaptionCredit.find(photo.metadata().caption()).map(CaptionCredit::photographer).orElse(null);
    }
}
