package org.photodesk.app.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * What the desk needs of galleries: drafts with ordered photos and caption overrides, their checks, and
 * publishing to {@code <data>/published/<slug>/}; the composition root adapts the gallery repository and publisher.
 */
public interface Galleries {

    List<Gallery> list();

    Optional<Gallery> find(long id);

    /** Creates an empty draft; throws {@link DeskException} (409) when the slug is taken. */
    Gallery create(String title, String slug, String intro, String event, String user);

    /** Replaces the photos of gallery {@code id} by {@code photoIds}, in that order, keeping caption overrides of kept photos. */
    Gallery setPhotos(long id, List<Long> photoIds, String user);

    /** Sets (or, when blank, removes) the caption used for {@code photoId} in gallery {@code id}. */
    Gallery setCaption(long id, long photoId, String caption, String user);

    /** What is wrong with the gallery before it is published (captions, credits, order); empty when all is well. */
    List<Problem> check(long id);

    /** Publishes gallery {@code id} to {@code <data>/published/<slug>/} and returns it with its publication time. */
    Gallery publish(long id, String user);

    /**
     * A gallery as the desk shows it: its photos in order, and the places still waiting for a photo (made by an
     * article import), which the desk shows but does not reorder.
     */
    record Gallery(long id, String slug, String title, String intro, String event, List<Item> items, Instant publishedAt,
            List<Placeholder> placeholders) {
        public Gallery {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            items = items == null ? List.of() : List.copyOf(items);
            placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        }

        /** A gallery with no places waiting for a photo. */
        public Gallery(long id, String slug, String title, String intro, String event, List<Item> items, Instant publishedAt) {
            this(id, slug, title, intro, event, items, publishedAt, List.of());
        }
    }

    /**
     * A place waiting for a photo, with the caption imported from the article and its credit.
     *
     * @param position its place in the gallery, from 1
     */
    record Placeholder(long itemId, int position, String caption, String agency, String photographer) {}

    /** One photo in a gallery, with the caption to use instead of the photo's own, or null. */
    record Item(long photoId, String captionOverride) {}
}
