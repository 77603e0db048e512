package org.photodesk.core.gallery;

import org.photodesk.core.photo.Photo;

/**
 * One place in a gallery: a photo (or, while the picture is missing, a placeholder carrying an imported caption) with
 * this gallery's own caption and credit overrides. The photo's own caption is never changed by a gallery.
 *
 * @param id the item's number, unique within its gallery and stable across moves
 * @param position 1 for the first item
 * @param photoId the library photo shown here, or null for a placeholder
 * @param captionOverride the caption to use in this gallery only, or null to use the photo's
 * @param creditOverride the credit line to use in this gallery only, or null to use the house-style credit
 * @param imported the caption imported from an article, required for a placeholder, or null
 */
public record GalleryItem(long id, int position, Long photoId, String captionOverride, String creditOverride,
        ImportedCaption imported) {

    public GalleryItem {
        if (id <= 0) {
            throw new IllegalArgumentException("gallery item id must be positive, was " + id);
        }
        if (position <= 0) {
            throw new IllegalArgumentException("gallery item position starts at 1, was " + position);
        }
        if (photoId != null && photoId <= 0) {
            throw new IllegalArgumentException("photo id must be positive, was " + photoId);
        }
        if (photoId == null && imported == null) {
            throw new IllegalArgumentException("item " + id + " has neither a photo nor an imported caption: give one");
        }
        captionOverride = Texts.blankToNull(captionOverride);
        creditOverride = Texts.blankToNull(creditOverride);
    }

    /** An item showing photo {@code photoId}, with no overrides. */
    public static GalleryItem ofPhoto(long id, int position, long photoId) {
        return new GalleryItem(id, position, photoId, null, null, null);
    }

    /** A placeholder for a picture the library does not hold yet. */
    public static GalleryItem placeholder(long id, int position, ImportedCaption imported) {
        return new GalleryItem(id, position, null, null, null, imported);
    }

    /** True when no photo is assigned yet. */
    public boolean isPlaceholder() {
        return photoId == null;
    }

    /** The caption this gallery shows: the override, else the photo's caption, else the imported one; null if none. */
    public String effectiveCaption(Photo photo) {
        String own = photo == null ? null : photo.metadata().caption();
        return Texts.firstNonBlank(captionOverride, own, imported == null ? null : imported.text());
    }

    /** The credit line this gallery shows: the override, else the house style of the photo or imported caption. */
    public String effectiveCredit(Photo photo, CreditLineFormatter credits) {
        if (creditOverride != null) {
            return creditOverride;
        }
        if (photo != null) {
            return Texts.blankToNull(credits.creditLine(photo.metadata(), photo.agency()));
        }
        if (imported == null) {
            return null;
        }
        return Texts.blankToNull(credits.creditLine(importedMetadata(), imported.agency()));
    }

    private org.photodesk.core.photo.PhotoMetadata importedMetadata() {
        var b = org.photodesk.core.photo.PhotoMetadata.builder().caption(imported.text());
        if (imported.photographer() != null) {
            b.byline(java.util.List.of(imported.photographer()));
        }
        return b.build();
    }

    GalleryItem at(int newPosition) {
        return new GalleryItem(id, newPosition, photoId, captionOverride, creditOverride, imported);
    }

    GalleryItem withCaptionOverride(String caption) {
        return new GalleryItem(id, position, photoId, caption, creditOverride, imported);
    }

    GalleryItem withCreditOverride(String credit) {
        return new GalleryItem(id, position, photoId, captionOverride, credit, imported);
    }

    GalleryItem withPhoto(long newPhotoId) {
        return new GalleryItem(id, position, newPhotoId, captionOverride, creditOverride, imported);
    }
}
