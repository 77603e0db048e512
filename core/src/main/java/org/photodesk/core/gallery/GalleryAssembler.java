package org.photodesk.core.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Resolves a gallery into what its renderers print: for each item with a photo in the library, the caption and
 * credit it shows, its alt text and its renditions. Placeholders and missing photos are left out (the
 * {@link GalleryCheck} reports them before publishing).
 */
public final class GalleryAssembler {

    /** Alt text longer than this is cut at a word: screen readers read it in one breath. */
    static final int MAX_ALT = 125;
    static final Pattern TRAILING_CREDIT = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** A sentence ends at . ! or ? followed by space and a capital, unless the word is a usual abbreviation. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b[A-Z]\\.)(?<!\\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt"
                    + "|Col|Sgt|No|Jr|Sr|Inc|Co|Corp|Mt|Ft|Prof)\\.)(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'“(])");

    private final GalleryPhotos photos;
    private final CreditLineFormatter credits;
    private final RenditionPlanner renditions;
    private final Function<Photo, EntryRights> rights;
    private final CaptionCleanup captions;

    public GalleryAssembler(GalleryPhotos photos, CreditLineFormatter credits, RenditionPlanner renditions) {
        this(photos, credits, renditions, p -> EntryRights.NONE);
    }

    /** An assembler whose entries carry the rights {@code rights} gives for each photo. */
    public GalleryAssembler(GalleryPhotos photos, CreditLineFormatter credits, RenditionPlanner renditions,
            Function<Photo, EntryRights> rights) {
        this(photos, credits, renditions, rights, CaptionCleanup.NONE);
    }

    /**
     * An assembler whose entries carry the rights {@code rights} gives, and the photos' own captions as
     * {@code captions} cleans them (a caption the gallery overrides is printed as the editor wrote it).
     */
    public GalleryAssembler(GalleryPhotos photos, CreditLineFormatter credits, RenditionPlanner renditions,
            Function<Photo, EntryRights> rights, CaptionCleanup captions) {
        this.photos = Objects.requireNonNull(photos, "photos");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.renditions = Objects.requireNonNull(renditions, "renditions");
        this.rights = Objects.requireNonNull(rights, "rights");
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    /** {@code gallery} resolved for publishing under {@code baseUrl}. */
    public RenderableGallery assemble(Gallery gallery, String baseUrl) {
        var entries = new ArrayList<GalleryEntry>();
        for (GalleryItem item : gallery.items()) {
            if (item.isPlaceholder()) {
                continue;
            }
            photos.find(item.photoId()).ifPresent(p -> entries.add(entry(item, p, entries.size() + 1)));
        }
        return new RenderableGallery(gallery, baseUrl, entries);
    }

    private GalleryEntry entry(GalleryItem item, Photo photo, int position) {
        PhotoMetadata m = photo.metadata();
        String credit = item.effectiveCredit(photo, credits);
        String caption = caption(item, photo, credit);
        String creator = m.byline().isEmpty() ? null : String.join(", ", m.byline());
        return new GalleryEntry(position, item.id(), photo.id(), m.headline(), caption, credit, creator,
                m.copyright(), altText(m, caption), m.city(), m.country(), renditions.plan(photo), rights.apply(photo));
    }

    /** The item's override as written, else the photo's caption as the house cleans it beside {@code credit}. */
    private String caption(GalleryItem item, Photo photo, String credit) {
        if (item.captionOverride() != null) {
            return item.captionOverride();
        }
        return Texts.blankToNull(captions.clean(item.effectiveCaption(photo), credit));
    }

    /**
     * The IPTC Alt Text (Accessibility) when the photo has one; else the caption's first sentence without a trailing
     * parenthesised credit, cut to {@value #MAX_ALT} characters; else a plain "Photo".
     */
    static String altText(PhotoMetadata m, String caption) {
        if (m.altText() != null) {
            return shorten(m.altText().strip());
        }
        if (caption == null || caption.isBlank()) {
            return "Photo";
        }
        String first = SENTENCE_END.split(caption.strip(), 2)[0];
        String bare = TRAILING_CREDIT.matcher(first).replaceFirst("").strip();
        return bare.isEmpty() ? "Photo" : shorten(bare);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        if (one.length() <= MAX_ALT) {
            return one;
        }
        int cut = one.lastIndexOf(' ', MAX_ALT - 1);
        return one.substring(0, cut > MAX_ALT / 2 ? cut : MAX_ALT - 1) + "…";
    }

    /** Items the assembler will leave out, for messages. */
    public static List<GalleryItem> placeholders(Gallery gallery) {
        return gallery.items().stream().filter(GalleryItem::isPlaceholder).toList();
    }
}
