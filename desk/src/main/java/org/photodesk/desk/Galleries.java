package org.photodesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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

    /**
     * Replaces the photos of gallery {@code id} by {@code photoIds}, in that order, keeping caption overrides of kept
     * photos; refused (409, nothing changed) when {@code seen} is given and the gallery is no longer at that revision.
     */
    Gallery setPhotos(long id, List<Long> photoIds, OptionalLong seen, String user);

    /** Sets (or, when blank, removes) the caption used for {@code photoId} in gallery {@code id}; {@code seen} as above. */
    Gallery setCaption(long id, long photoId, String caption, OptionalLong seen, String user);

    /** What is wrong with the gallery before it is published (captions, credits, order); empty when all is well. */
    List<Problem> check(long id);

    /**
     * What publishing gallery {@code id} now would print for each of its photos, by photo id: the caption after the
     * house clean-up (or the editor's override) and the credit line. Empty when not known.
     */
    default java.util.Map<Long, Outgoing> outgoing(long id) {
        return java.util.Map.of();
    }

    /**
     * The page publishing gallery {@code id} now would write ({@code index.html}), its pictures served by the desk:
     * for previewing it at a phone's width. Empty when not known.
     */
    default Optional<String> page(long id) {
        return Optional.empty();
    }

    /**
     * What a published gallery prints for one photo.
     *
     * @param caption the caption as published, or null when there is none
     * @param credit the credit line as published, or null
     */
    record Outgoing(String caption, String credit) {

        /** Whether this differs from {@code own}, the photo's caption as the agency sent it. */
        public boolean changes(String own) {
            return !java.util.Objects.equals(caption, own == null || own.isBlank() ? null : own.strip());
        }
    }

    /**
     * Publishes gallery {@code id} to {@code <data>/published/<slug>/}. When the checks find problems and
     * {@code force} is false, nothing is published and {@link PublishRefusedException} (409) lists them; so too when
     * {@code acknowledged} is given (the {@link #fingerprint} of the problems the editor confirmed) and the problems
     * found at publishing are not those. When {@code seen} is given and the gallery is no longer at that revision,
     * 409 and nothing is published.
     */
    Publication publish(long id, boolean force, java.util.Optional<String> acknowledged, OptionalLong seen,
            String user);

    /**
     * Takes gallery {@code id} off the site; it stays as a draft that can be published again (404 when there is no
     * such gallery).
     */
    Gallery unpublish(long id, String user);

    /** Takes gallery {@code id} off the site and deletes it; the photos stay in the library (404 when missing). */
    void delete(long id, String user);

    /**
     * A short fingerprint of a list of problems (codes and messages, in order): a "publish anyway" carries the one of
     * the problems the editor was shown, and a publish whose problems have changed since is not forced past them.
     */
    static String fingerprint(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(p.code()).append('\u0000').append(p.message()).append('\n');
        }
        return org.photodesk.core.photo.Sha256.hex(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** A published gallery and the problems publishing was forced past (empty when the checks passed). */
    record Publication(Gallery gallery, List<Problem> forcedPast) {
        public Publication {
            Objects.requireNonNull(gallery, "gallery");
            forcedPast = List.copyOf(forcedPast);
        }
    }

    /**
     * What the checks found in one place of a gallery.
     *
     * @param photoId the photo shown there, or null while the place waits for one
     */
    record ItemCheck(long itemId, int position, Long photoId, List<Problem> problems) {
        public ItemCheck {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A gallery as the desk shows it: its photos in order, and the places still waiting for a photo (made by an
     * article import), which the desk shows but does not reorder.
     *
     * @param revision the edit revision: a write that names it is refused once the gallery has changed since
     * @param live whether readers see it now (published and not taken off the site since)
     */
    record Gallery(long id, String slug, String title, String intro, String event, List<Item> items, Instant publishedAt,
            List<Placeholder> placeholders, long revision, boolean live) {
        public Gallery {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            items = items == null ? List.of() : List.copyOf(items);
            placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        }

        /** A gallery with no places waiting for a photo. */
        public Gallery(long id, String slug, String title, String intro, String event, List<Item> items, Instant publishedAt) {
            this(id, slug, title, intro, event, items, publishedAt, List.of(), 0, publishedAt != null);
        }

        /** Whether it was published once and has been taken off the site since. */
        public boolean unpublished() {
            return publishedAt != null && !live;
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
