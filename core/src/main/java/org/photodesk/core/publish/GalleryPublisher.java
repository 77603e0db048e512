package org.photodesk.core.publish;

import java.awt.Dimension;
import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.photodesk.core.gallery.EntryRights;
import org.photodesk.core.provenance.C2paStripper;
import org.photodesk.core.rights.RightsStatus;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CaptionCleanup;
import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryAssembler;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryCheck;
import org.photodesk.core.gallery.GalleryEntry;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryPhotos;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.HtmlGalleryRenderer;
import org.photodesk.core.gallery.MediaRssGalleryRenderer;
import org.photodesk.core.gallery.NinjsGalleryRenderer;
import org.photodesk.core.gallery.RenderableGallery;
import org.photodesk.core.gallery.Rendition;
import org.photodesk.core.gallery.RenditionPlanner;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.Photo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a gallery to the {@link PublishedSite} under its slug: {@code index.html}, {@code gallery.json} (ninjs),
 * {@code feed.xml} (Media RSS) and {@code images/} holding each photo's thumbnail, preview and original, every one
 * carrying the gallery's caption and credit, the same in IIM, XMP and EXIF, and nothing private of the original
 * ({@link JpegCaptionWriter}). Refuses a gallery that fails its checks unless forced; never publishes a killed photo
 * or one under an embargo that has not lifted, forced or not ({@link PublishOutcome.Blocked}). Takes galleries off
 * the site ({@link #unpublish}, {@link #delete}). Publishes of one slug run one at a time, under the lock
 * {@code publish:<slug>} of the {@link Locks} port.
 */
public final class GalleryPublisher {

    private static final Logger log = LoggerFactory.getLogger(GalleryPublisher.class);

    /** How long a publish waits for another publish of the same gallery to finish. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private final PublishedSite site;
    private final Locks locks;
    private final GalleryRepository galleries;
    private final GalleryPhotos photos;
    private final RenditionSource renditions;
    private final CreditLineFormatter credits;
    private final CaptionChecker checker;
    private final Clock clock;
    private final PublishOptions options;
    private final JpegCaptionWriter captions;
    private final CaptionCleanup cleanup;

    /** A publisher with {@link PublishOptions#DEFAULT}. */
    public GalleryPublisher(PublishedSite site, Locks locks, GalleryRepository galleries, GalleryPhotos photos,
            RenditionSource renditions, CreditLineFormatter credits, CaptionChecker checker, Clock clock) {
        this(site, locks, galleries, photos, renditions, credits, checker, clock, PublishOptions.DEFAULT);
    }

    public GalleryPublisher(PublishedSite site, Locks locks, GalleryRepository galleries, GalleryPhotos photos,
            RenditionSource renditions, CreditLineFormatter credits, CaptionChecker checker, Clock clock,
            PublishOptions options) {
        this.site = Objects.requireNonNull(site, "site");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.galleries = Objects.requireNonNull(galleries, "galleries");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.renditions = Objects.requireNonNull(renditions, "renditions");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.captions = new JpegCaptionWriter(options.exif());
        this.cleanup = options.cleanCaptions() ? new HouseCaptionRule() : CaptionCleanup.NONE;
    }

    /** The checks publishing would run, for showing problems before publishing. */
    public CheckReport check(Gallery gallery) {
        return new GalleryCheck(checker, photos, credits, options.rights(), clock).check(gallery);
    }

    /** Publishes gallery {@code slug} with URLs under {@code baseUrl}; {@code force} publishes despite problems. */
    public PublishOutcome publish(String slug, String baseUrl, boolean force) throws IOException {
        return publish(slug, baseUrl, report -> force, OptionalLong.empty());
    }

    /**
     * Publishes gallery {@code slug} as {@link #publish(String, String, boolean)} does, and only if it is still at
     * edit revision {@code seen} when given (the one whose checks the editor saw): else throws
     * {@link GalleryChangedException}. Publishes of one slug run one after the other; the gallery is read, checked,
     * written to a new release, marked published (refused, with the release deleted, if it changed meanwhile) and
     * only then switched live. {@code forcePast} says, given what the checks found (under the same lock, so nothing
     * changes between the two), whether to publish despite it.
     */
    public PublishOutcome publish(String slug, String baseUrl, Predicate<CheckReport> forcePast, OptionalLong seen)
            throws IOException {
        try (Locks.Held held = locks.acquire("publish:" + slug, LOCK_WAIT)) {
            return publishLocked(slug, baseUrl, forcePast, seen);
        }
    }

    private PublishOutcome publishLocked(String slug, String baseUrl, Predicate<CheckReport> forcePast,
            OptionalLong seen) throws IOException {
        Optional<Gallery> found = galleries.findBySlug(slug);
        if (found.isEmpty()) {
            return new PublishOutcome.NotFound(slug);
        }
        Gallery gallery = found.get();
        if (seen.isPresent() && seen.getAsLong() != gallery.editRevision()) {
            throw new GalleryChangedException(slug, seen.getAsLong(), gallery.editRevision());
        }
        CheckReport report = check(gallery);
        if (report.blocked()) {
            return new PublishOutcome.Blocked(gallery, report);
        }
        if (!report.passed() && !forcePast.test(report)) {
            return new PublishOutcome.Refused(gallery, report);
        }
        Gallery published = gallery.published(clock.instant());
        PublishedSite.Release release = site.newRelease(slug, published.revision());
        RenderableGallery page;
        Gallery saved;
        try {
            page = write(published, baseUrl, release);
            saved = galleries.update(published);
        } catch (IOException | RuntimeException e) {
            release.discard();
            throw e;
        }
        String live = switchOrUndo(gallery, saved, release);
        log.info("published gallery {} revision {} with {} photos to {}", slug, saved.revision(),
                page.entries().size(), live);
        return new PublishOutcome.Published(saved, live, page.entries().size(), report);
    }

    /**
     * Makes {@code release} the live folder of the gallery; when that fails (a full disk, a refused rename), the
     * gallery is put back as it was before this publish (its earlier publication date and revision), the release is
     * deleted, and the failure is thrown: the desk then never shows as published a page that readers do not get.
     */
    private String switchOrUndo(Gallery before, Gallery saved, PublishedSite.Release release) throws IOException {
        try {
            return release.makeLive();
        } catch (IOException | RuntimeException e) {
            release.discard();
            try {
                galleries.update(before.withEditRevision(saved.editRevision()));
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw new IOException("gallery '" + before.slug() + "' was not published: its folder could not be made"
                    + " live (" + e.getMessage() + "); the page readers see is unchanged, publish again", e);
        }
    }

    private RenderableGallery write(Gallery gallery, String baseUrl, PublishedSite.Release release)
            throws IOException {
        GalleryPhotos housed = id -> photos.find(id).map(this::withHouseCopyright);
        Set<Long> credentialed = new HashSet<>();
        Function<Photo, EntryRights> rights = p -> entryRights(p, credentialed.contains(p.id()));
        var prelim = new GalleryAssembler(housed, credits, RenditionPlanner.STANDARD, rights, cleanup)
                .assemble(gallery, "/");
        Map<Long, List<Rendition>> written = new HashMap<>();
        for (GalleryEntry entry : prelim.entries()) {
            Photo photo = housed.find(entry.photoId()).orElseThrow();
            written.put(photo.id(), writeImages(photo, entry, release, credentialed));
        }
        RenditionPlanner measured = p -> written.get(p.id());
        RenderableGallery page = new GalleryAssembler(housed, credits, measured, rights, cleanup)
                .assemble(gallery, baseUrl);
        writeText(release, "index.html", new HtmlGalleryRenderer().render(page));
        writeText(release, "gallery.json", new NinjsGalleryRenderer().render(page));
        writeText(release, "feed.xml", new MediaRssGalleryRenderer().render(page));
        return page;
    }

    /**
     * {@code gallery} as publishing it now would print it (captions cleaned, credit lines, rights), with the images
     * {@code images} plans: for showing the editor what will go out before publishing. Nothing is written.
     */
    public RenderableGallery preview(Gallery gallery, String baseUrl, RenditionPlanner images) {
        GalleryPhotos housed = id -> photos.find(id).map(this::withHouseCopyright);
        return new GalleryAssembler(housed, credits, images, p -> entryRights(p, false), cleanup)
                .assemble(gallery, baseUrl);
    }

    /** The photo with the house's copyright notice when it carries none. */
    private Photo withHouseCopyright(Photo p) {
        if (p.metadata().copyright() != null || options.copyrightNotice() == null) {
            return p;
        }
        var m = p.metadata().toBuilder().copyright(options.copyrightNotice()).build();
        return p.withMetadata(m);
    }

    /** What the pages and feeds say about a photo's rights; {@code credentialed} when its C2PA store was removed. */
    private EntryRights entryRights(Photo photo, boolean credentialed) {
        RightsStatus status = options.rights().of(photo);
        return new EntryRights(status.usageStatement(), status.restricted(), status.embargoedUntil().orElse(null),
                options.license(), options.acquireLicensePage(), credentialed);
    }

    private List<Rendition> writeImages(Photo photo, GalleryEntry entry, PublishedSite.Release release,
            Set<Long> credentialed) throws IOException {
        PublishedFields fields = PublishedFields.of(photo.metadata(), entry.caption(), entry.credit(),
                entry.copyright(), entry.altText(), options.rights().of(photo).usageStatement(), options.license(),
                options.acquireLicensePage());
        var out = new ArrayList<Rendition>();
        out.add(writeImage(photo, Rendition.THUMBNAIL, RenditionPlanner.THUMBNAIL_WIDTH, fields, release, null));
        out.add(writeImage(photo, Rendition.PREVIEW, RenditionPlanner.PREVIEW_WIDTH, fields, release, null));
        out.add(writeImage(photo, Rendition.ORIGINAL, 0, fields, release, credentialed));
        return List.copyOf(out);
    }

    /** Writes one rendition; notes in {@code credentialed} (when given) a photo whose C2PA store was removed. */
    private Rendition writeImage(Photo photo, String name, int maxWidth, PublishedFields fields,
            PublishedSite.Release release, Set<Long> credentialed) throws IOException {
        byte[] source = renditions.jpeg(photo, maxWidth);
        if (credentialed != null && C2paStripper.carriesManifest(source)) {
            credentialed.add(photo.id());
        }
        byte[] jpeg = captions.write(source, fields);
        Dimension size = JpegImages.size(jpeg);
        String path = RenditionPlanner.path(photo, name);
        release.write(path, jpeg);
        return new Rendition(name, path, size.width, size.height, "image/jpeg");
    }

    private static void writeText(PublishedSite.Release release, String path, String text) throws IOException {
        release.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Takes gallery {@code slug} off the site, under its publish lock, and marks it a draft again (keeping when it
     * was last published); empty when there is no such gallery. A gallery not on the site is returned unchanged.
     */
    public Optional<Gallery> unpublish(String slug) throws IOException {
        try (Locks.Held held = locks.acquire("publish:" + slug, LOCK_WAIT)) {
            Optional<Gallery> found = galleries.findBySlug(slug);
            if (found.isEmpty()) {
                return found;
            }
            boolean removed = site.remove(slug);
            Gallery g = found.get();
            Gallery saved = g.isLive() ? galleries.update(g.unpublished()) : g;
            log.info("unpublished gallery {} ({})", slug, removed ? "taken off the site" : "was not on the site");
            return Optional.of(saved);
        }
    }

    /** Takes gallery {@code slug} off the site and deletes it, under its publish lock; false when there was none. */
    public boolean delete(String slug) throws IOException {
        try (Locks.Held held = locks.acquire("publish:" + slug, LOCK_WAIT)) {
            if (galleries.findBySlug(slug).isEmpty()) {
                return false;
            }
            site.remove(slug);
            boolean deleted = galleries.delete(slug);
            log.info("deleted gallery {}", slug);
            return deleted;
        }
    }

    /**
     * The base URL gallery {@code slug} was last published under, read from its live {@code gallery.json} (its
     * {@code uri} is {@code <base><slug>/}); empty when it is not on the site or the file says otherwise.
     */
    public Optional<String> liveBaseUrl(String slug) throws IOException {
        Optional<PublishedSite.Entry> entry = site.find(slug + "/gallery.json");
        if (entry.isEmpty() || !(entry.get() instanceof PublishedSite.Entry.File file)) {
            return Optional.empty();
        }
        try {
            String uri = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.bytes()).path("uri").asText("");
            String suffix = slug + "/";
            return uri.endsWith(suffix) ? Optional.of(uri.substring(0, uri.length() - suffix.length()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Items that will not appear because they have no photo yet, for a warning. */
    public static List<GalleryItem> leftOut(Gallery gallery) {
        return GalleryAssembler.placeholders(gallery);
    }
}
