package org.photodesk.core.gallery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One photo as a published gallery shows it: the texts already resolved (overrides applied, credit in the house
 * style) and its renditions. Texts are untrusted: renderers escape every one of them.
 *
 * @param creator the photographer's name(s), or null
 * @param altText a short description for screen readers, never the caption with its credit
 * @param rights the usage terms, embargo, licence and provenance note to publish with it
 */
public record GalleryEntry(int position, long itemId, long photoId, String headline, String caption, String credit,
        String creator, String copyright, String altText, String city, String country, List<Rendition> renditions,
        EntryRights rights) {

    /** An entry with nothing to say about its rights. */
    public GalleryEntry(int position, long itemId, long photoId, String headline, String caption, String credit,
            String creator, String copyright, String altText, String city, String country,
            List<Rendition> renditions) {
        this(position, itemId, photoId, headline, caption, credit, creator, copyright, altText, city, country,
                renditions, EntryRights.NONE);
    }

    public GalleryEntry {
        rights = rights == null ? EntryRights.NONE : rights;
        renditions = List.copyOf(renditions);
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("photo " + photoId + " has no rendition to publish");
        }
        Objects.requireNonNull(altText, "altText");
    }

    /** The rendition called {@code name}. */
    public Optional<Rendition> rendition(String name) {
        return renditions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The rendition shown by default: the preview, else the largest there is. */
    public Rendition main() {
        return rendition(Rendition.PREVIEW).orElse(renditions.getLast());
    }

    /** The largest rendition (the original when published). */
    public Rendition largest() {
        return renditions.getLast();
    }

    /** The smallest rendition (the thumbnail). */
    public Rendition smallest() {
        return renditions.getFirst();
    }
}
