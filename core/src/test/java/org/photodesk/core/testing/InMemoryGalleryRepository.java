package org.photodesk.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;

/** A {@link GalleryRepository} in memory, for tests of the domain: same contract, no durability. */
public final class InMemoryGalleryRepository implements GalleryRepository {

    private final Map<Long, Gallery> galleries = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized Gallery create(Gallery gallery) {
        if (gallery.id() != 0) {
            throw new IllegalArgumentException("gallery '" + gallery.slug() + "' already has id " + gallery.id());
        }
        if (findBySlug(gallery.slug()).isPresent()) {
            throw new IllegalArgumentException("a gallery with slug '" + gallery.slug() + "' already exists");
        }
        Gallery saved = gallery.withId(nextId++).withEditRevision(0);
        galleries.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Gallery update(Gallery gallery) {
        Gallery stored = galleries.get(gallery.id());
        if (stored == null) {
            throw new NoSuchElementException("no gallery with id " + gallery.id() + " to update: create it first");
        }
        if (stored.editRevision() != gallery.editRevision()) {
            throw new GalleryChangedException(gallery.slug(), gallery.editRevision(), stored.editRevision());
        }
        Gallery saved = gallery.withEditRevision(gallery.editRevision() + 1);
        galleries.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized boolean fillPlaceholder(long galleryId, long itemId, long photoId) {
        Gallery g = galleries.get(galleryId);
        if (g == null || g.findItemByPhoto(photoId).isPresent()) {
            return false;
        }
        Optional<GalleryItem> item = g.findItem(itemId);
        if (item.isEmpty() || !item.get().isPlaceholder()) {
            return false;
        }
        galleries.put(galleryId, g.assignPhoto(itemId, photoId).withEditRevision(g.editRevision() + 1));
        return true;
    }

    @Override
    public synchronized Optional<Gallery> findBySlug(String slug) {
        return galleries.values().stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized Optional<Gallery> findById(long id) {
        return Optional.ofNullable(galleries.get(id));
    }

    @Override
    public synchronized List<Gallery> list() {
        List<Gallery> all = new ArrayList<>(galleries.values());
        all.sort(Comparator.comparing(Gallery::createdAt).thenComparing(Gallery::id).reversed());
        return all;
    }

    @Override
    public synchronized boolean delete(String slug) {
        return galleries.values().removeIf(g -> g.slug().equals(slug));
    }

    @Override
    public void close() {}
}
