package org.photodesk.core.gallery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ordered set of photos published together under one slug, with its own title, introduction and event. Every
 * operation returns a new gallery; item positions always run 1, 2, 3... in list order.
 *
 * @param id the store's number for the gallery, 0 before it is first saved
 * @param slug the gallery's name in URLs: lower-case letters, digits and single hyphens
 * @param date the day the gallery is about, or null
 * @param createdAt when the gallery was created (ninjs {@code firstCreated})
 * @param publishedAt when it was last published, or null while never published
 * @param revision how many times it has been published
 * @param editRevision how many changes the store has saved (0 when created): an update must carry the stored one,
 *     so that a write based on an older reading is refused instead of overwriting the changes made since
 */
public record Gallery(long id, String slug, String title, String intro, String event, LocalDate date,
        GalleryStatus status, Instant createdAt, Instant publishedAt, int revision, long editRevision,
        List<GalleryItem> items) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SLUG = 80;

    public Gallery {
        requireSlug(slug);
        title = Texts.blankToNull(title);
        if (title == null) {
            throw new IllegalArgumentException("gallery '" + slug + "' needs a title: pass --title");
        }
        intro = Texts.blankToNull(intro);
        event = Texts.blankToNull(event);
        status = status == null ? GalleryStatus.DRAFT : status;
        Objects.requireNonNull(createdAt, "createdAt");
        createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        if (editRevision < 0) {
            throw new IllegalArgumentException("gallery '" + slug + "' edit revision must be 0 or more, was "
                    + editRevision);
        }
        publishedAt = publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.SECONDS);
        items = renumber(items == null ? List.of() : items);
    }

    /** A new, empty draft gallery, not yet saved. */
    public static Gallery draft(String slug, String title, String intro, String event, LocalDate date,
            Instant createdAt) {
        return new Gallery(0, slug, title, intro, event, date, GalleryStatus.DRAFT, createdAt, null, 0, 0,
                List.of());
    }

    /** Whether {@code slug} is a valid gallery slug. */
    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() <= MAX_SLUG && SLUG.matcher(slug).matches();
    }

    private static void requireSlug(String slug) {
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("gallery slug '" + slug + "' is not valid: use at most " + MAX_SLUG
                    + " lower-case letters, digits and single hyphens, such as 'paris-2024-final'");
        }
    }

    private static List<GalleryItem> renumber(List<GalleryItem> items) {
        var ids = new HashSet<Long>();
        var out = new ArrayList<GalleryItem>(items.size());
        for (GalleryItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("gallery item id " + item.id() + " appears twice");
            }
            out.add(item.position() == out.size() + 1 ? item : item.at(out.size() + 1));
        }
        return List.copyOf(out);
    }

    /** The item with id {@code itemId}. */
    public Optional<GalleryItem> findItem(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    /** The item with id {@code itemId}, or an exception that names the gallery and the id. */
    public GalleryItem expectItem(long itemId) {
        return findItem(itemId).orElseThrow(() -> new NoSuchElementException(
                "gallery '" + slug + "' has no item " + itemId + ": see 'gallery show " + slug + "'"));
    }

    /** The item showing photo {@code photoId}. */
    public Optional<GalleryItem> findItemByPhoto(long photoId) {
        return items.stream().filter(i -> i.photoId() != null && i.photoId() == photoId).findFirst();
    }

    /** The photo ids shown, in order, placeholders skipped. */
    public List<Long> photoIds() {
        return items.stream().filter(i -> !i.isPlaceholder()).map(GalleryItem::photoId).toList();
    }

    /** This gallery with the store's id. */
    public Gallery withId(long newId) {
        return new Gallery(newId, slug, title, intro, event, date, status, createdAt, publishedAt, revision,
                editRevision, items);
    }

    /** This gallery as read at edit revision {@code stored}. */
    public Gallery withEditRevision(long stored) {
        return new Gallery(id, slug, title, intro, event, date, status, createdAt, publishedAt, revision, stored,
                items);
    }

    /** This gallery with {@code newItems} in their list order (positions are renumbered). */
    public Gallery withItems(List<GalleryItem> newItems) {
        return new Gallery(id, slug, title, intro, event, date, status, createdAt, publishedAt, revision, editRevision,
                newItems);
    }

    /** This gallery with new title, introduction, event and date. */
    public Gallery withDetails(String newTitle, String newIntro, String newEvent, LocalDate newDate) {
        return new Gallery(id, slug, newTitle, newIntro, newEvent, newDate, status, createdAt, publishedAt, revision,
                editRevision, items);
    }

    private long nextItemId() {
        return items.stream().mapToLong(GalleryItem::id).max().orElse(0) + 1;
    }

    /** Appends photo {@code photoId}; refuses a photo the gallery already shows. */
    public Gallery addPhoto(long photoId) {
        findItemByPhoto(photoId).ifPresent(i -> {
            throw new IllegalArgumentException("photo " + photoId + " is already in gallery '" + slug
                    + "' at position " + i.position() + ": move it instead");
        });
        return append(GalleryItem.ofPhoto(nextItemId(), items.size() + 1, photoId));
    }

    /** Appends a placeholder for a picture the library does not hold yet. */
    public Gallery addPlaceholder(ImportedCaption imported) {
        return append(GalleryItem.placeholder(nextItemId(), items.size() + 1, imported));
    }

    private Gallery append(GalleryItem item) {
        var list = new ArrayList<>(items);
        list.add(item);
        return withItems(list);
    }

    /** Moves item {@code itemId} to {@code position} (1 = first), shifting the others. */
    public Gallery move(long itemId, int position) {
        GalleryItem item = expectItem(itemId);
        if (position < 1 || position > items.size()) {
            throw new IllegalArgumentException("position " + position + " is outside gallery '" + slug
                    + "': use 1 to " + items.size());
        }
        var list = new ArrayList<>(items);
        list.remove(item.position() - 1);
        list.add(position - 1, item);
        return withItems(list);
    }

    /** Removes item {@code itemId}. */
    public Gallery remove(long itemId) {
        GalleryItem item = expectItem(itemId);
        return withItems(items.stream().filter(i -> i != item).toList());
    }

    /** Puts the items in the order of {@code itemIds}, which must name every item exactly once. */
    public Gallery reorder(List<Long> itemIds) {
        var current = items.stream().map(GalleryItem::id).sorted().toList();
        if (!current.equals(itemIds.stream().sorted().toList())) {
            throw new IllegalArgumentException("a new order for gallery '" + slug + "' must list each of items "
                    + current + " once, got " + itemIds);
        }
        return withItems(itemIds.stream().map(this::expectItem).toList());
    }

    /** Sets this gallery's caption for item {@code itemId}; null or blank restores the photo's own caption. */
    public Gallery overrideCaption(long itemId, String caption) {
        return replace(expectItem(itemId).withCaptionOverride(caption));
    }

    /** Sets this gallery's credit line for item {@code itemId}; null or blank restores the house-style credit. */
    public Gallery overrideCredit(long itemId, String credit) {
        return replace(expectItem(itemId).withCreditOverride(credit));
    }

    /** Shows photo {@code photoId} in item {@code itemId}, typically filling a placeholder. */
    public Gallery assignPhoto(long itemId, long photoId) {
        findItemByPhoto(photoId).filter(i -> i.id() != itemId).ifPresent(i -> {
            throw new IllegalArgumentException("photo " + photoId + " is already item " + i.id() + " of gallery '"
                    + slug + "': remove that item first");
        });
        return replace(expectItem(itemId).withPhoto(photoId));
    }

    private Gallery replace(GalleryItem changed) {
        return withItems(items.stream().map(i -> i.id() == changed.id() ? changed : i).toList());
    }

    /** This gallery marked published at {@code at}, one revision later. */
    public Gallery published(Instant at) {
        return new Gallery(id, slug, title, intro, event, date, GalleryStatus.PUBLISHED, createdAt, at, revision + 1,
                editRevision, items);
    }

    /**
     * This gallery taken off the site: a draft again, keeping when it was last published and its revision, so
     * that the desk can tell it from a gallery never published.
     */
    public Gallery unpublished() {
        return new Gallery(id, slug, title, intro, event, date, GalleryStatus.DRAFT, createdAt, publishedAt, revision,
                editRevision, items);
    }

    /** Whether readers see it: published and not taken down since. */
    public boolean isLive() {
        return status == GalleryStatus.PUBLISHED;
    }

    /** Whether it was published once and taken off the site since. */
    public boolean wasUnpublished() {
        return status == GalleryStatus.DRAFT && publishedAt != null;
    }
}
