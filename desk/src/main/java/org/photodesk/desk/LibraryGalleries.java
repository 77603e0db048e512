package org.photodesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.PublishOutcome;
import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryEntry;
import org.photodesk.core.gallery.HtmlGalleryRenderer;
import org.photodesk.core.gallery.Rendition;
import org.photodesk.core.gallery.RenditionPlanner;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.ItemProblems;
import org.photodesk.core.photo.Problem;

/**
 * The desk's {@link Galleries} over the library's gallery repository and publisher. The desk orders photos only:
 * items waiting for a photo (placeholders made by an article import) are shown and kept, after the photos, untouched.
 * Publishing refuses a gallery whose checks find problems unless forced (the editor's explicit "Publish anyway"), and
 * every write may name the edit revision the editor saw, so that a write based on an older reading is refused.
 */
final class LibraryGalleries implements Galleries {

    private final GalleryRepository repository;
    private final GalleryPublisher publisher;
    private final Supplier<String> publicUrl;
    private final Clock clock;

    LibraryGalleries(GalleryRepository repository, GalleryPublisher publisher, Supplier<String> publicUrl, Clock clock) {
        this.repository = repository;
        this.publisher = publisher;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public List<Gallery> list() {
        return repository.list().stream().map(LibraryGalleries::desk).toList();
    }

    @Override
    public Optional<Gallery> find(long id) {
        return repository.findById(id).map(LibraryGalleries::desk);
    }

    @Override
    public synchronized Gallery create(String title, String slug, String intro, String event, String user) {
        if (repository.findBySlug(slug).isPresent()) {
            throw new DeskException(409, "Conflict", "A gallery called '" + slug + "' exists already: choose another slug.");
        }
        try {
            return desk(repository.create(org.photodesk.core.gallery.Gallery.draft(slug, title, intro, event, null,
                    clock.instant())));
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest(e.getMessage());
        }
    }

    @Override
    public synchronized Gallery setPhotos(long id, List<Long> photoIds, OptionalLong seen, String user) {
        var g = expect(id, seen);
        long next = g.items().stream().mapToLong(GalleryItem::id).max().orElse(0) + 1;
        var items = new ArrayList<GalleryItem>();
        for (long photoId : photoIds) {
            Optional<GalleryItem> kept = g.findItemByPhoto(photoId);
            items.add(kept.isPresent() ? kept.get() : GalleryItem.ofPhoto(next++, items.size() + 1, photoId));
        }
        g.items().stream().filter(GalleryItem::isPlaceholder).forEach(items::add);
        return desk(save(g.withItems(items)));
    }

    @Override
    public synchronized Gallery setCaption(long id, long photoId, String caption, OptionalLong seen, String user) {
        var g = expect(id, seen);
        GalleryItem item = g.findItemByPhoto(photoId).orElseThrow(() -> DeskException.notFound(
                "Photo " + photoId + " is not in gallery '" + g.slug() + "': add it first."));
        return desk(save(g.overrideCaption(item.id(), caption)));
    }

    /** Stores {@code g}, which was read at its edit revision: refused with 409 when it has changed since. */
    private org.photodesk.core.gallery.Gallery save(org.photodesk.core.gallery.Gallery g) {
        try {
            return repository.update(g);
        } catch (GalleryChangedException e) {
            throw changed(e);
        }
    }

    @Override
    public List<Problem> check(long id) {
        return problems(publisher.check(expect(id)));
    }

    @Override
    public java.util.Map<Long, Outgoing> outgoing(long id) {
        var g = expect(id);
        var out = new java.util.HashMap<Long, Outgoing>();
        for (GalleryEntry e : publisher.preview(g, base(), RenditionPlanner.STANDARD).entries()) {
            out.put(e.photoId(), new Outgoing(e.caption(), e.credit()));
        }
        return out;
    }

    private String base() {
        String url = publicUrl.get();
        return url == null || url.isBlank() ? "/" : url;
    }

    @Override
    public Optional<String> page(long id) {
        var g = expect(id);
        return Optional.of(new HtmlGalleryRenderer().render(publisher.preview(g, base(), DESK_IMAGES)));
    }

    /** The published renditions of a photo, served by the desk's own image routes. */
    static final RenditionPlanner DESK_IMAGES = photo -> RenditionPlanner.STANDARD.plan(photo).stream()
            .map(r -> new Rendition(r.name(), "/photos/" + photo.id() + "/" + switch (r.name()) {
                case Rendition.THUMBNAIL -> "thumb";
                case Rendition.PREVIEW -> "preview";
                default -> "original";
            }, r.width(), r.height(), r.mediaType())).toList();

    @Override
    public Publication publish(long id, boolean force, java.util.Optional<String> acknowledged, OptionalLong seen,
            String user) {
        var g = expect(id, seen);
        java.util.function.Predicate<CheckReport> forcePast = report -> force && acknowledged
                .map(confirmed -> confirmed.equals(Galleries.fingerprint(problems(report)))).orElse(true);
        try {
            return switch (publisher.publish(g.slug(), publicUrl.get(), forcePast, OptionalLong.of(g.editRevision()))) {
                case PublishOutcome.Published p -> new Publication(desk(p.gallery()), problems(p.report()));
                case PublishOutcome.Refused r -> throw new PublishRefusedException(g.slug(),
                        r.gallery().editRevision(), r.report().gallery(), itemChecks(r.report()),
                        Galleries.fingerprint(problems(r.report())));
                case PublishOutcome.Blocked b -> throw blocked(g.slug(), b.report());
                case PublishOutcome.NotFound n -> throw DeskException.notFound("There is no gallery '" + n.slug() + "'.");
            };
        } catch (GalleryChangedException e) {
            throw changed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish gallery '" + g.slug() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Gallery unpublish(long id, String user) {
        var g = expect(id);
        try {
            return desk(publisher.unpublish(g.slug()).orElseThrow(() -> DeskException.notFound(
                    "There is no gallery " + id + ": see the list of galleries.")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpublish gallery '" + g.slug() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(long id, String user) {
        var g = expect(id);
        try {
            if (!publisher.delete(g.slug())) {
                throw DeskException.notFound("There is no gallery " + id + ": see the list of galleries.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete gallery '" + g.slug() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The desk's answer to a publish that rights forbid (a killed photo, an embargo that has not lifted): 409 with
     * the blocking problems, and no way to force it.
     */
    static DeskException blocked(String slug, CheckReport report) {
        return new DeskException(409, "Cannot be published", "Gallery '" + slug + "' cannot be published: "
                + String.join("; ", report.blocking()) + ". No force publishes it: remove the photo, or wait until"
                + " its embargo lifts.", java.util.Map.of("blocking", report.blocking()));
    }

    /** The desk's answer to a write based on an old revision: 409, saying what to do. */
    static DeskException changed(GalleryChangedException e) {
        return new DeskException(409, "Changed by someone else", "The gallery '" + e.slug() + "' was changed by "
                + "someone else since you opened it (you had revision " + e.expected() + ", it is now at "
                + e.stored() + "); reload to see the changes, then make yours again.",
                java.util.Map.of("revision", e.stored()));
    }

    /** The gallery {@code id}, refused with 409 when {@code seen} is given and it is no longer at that revision. */
    private org.photodesk.core.gallery.Gallery expect(long id, OptionalLong seen) {
        var g = expect(id);
        if (seen.isPresent() && seen.getAsLong() != g.editRevision()) {
            throw changed(new GalleryChangedException(g.slug(), seen.getAsLong(), g.editRevision()));
        }
        return g;
    }

    /** The checks' findings place by place, in gallery order. */
    static List<ItemCheck> itemChecks(CheckReport report) {
        return report.items().stream().map(ip -> new ItemCheck(ip.item().id(), ip.item().position(),
                ip.item().photoId(), ip.problems())).toList();
    }

    private org.photodesk.core.gallery.Gallery expect(long id) {
        return repository.findById(id).orElseThrow(() -> DeskException.notFound(
                "There is no gallery " + id + ": see the list of galleries."));
    }

    /** The checks' findings, item problems named by their place in the gallery. */
    static List<Problem> problems(CheckReport report) {
        var out = new ArrayList<>(report.gallery());
        for (ItemProblems ip : report.items()) {
            String where = ip.item().isPlaceholder() ? "Place " + ip.item().position() + " (no photo yet)"
                    : "Place " + ip.item().position() + " (photo " + ip.item().photoId() + ")";
            ip.problems().forEach(p -> out.add(new Problem(p.code(), where + ": " + p.message(), p.field(), p.span(), p.fix())));
        }
        return out;
    }

    static Gallery desk(org.photodesk.core.gallery.Gallery g) {
        List<Item> items = g.items().stream().filter(i -> !i.isPlaceholder())
                .map(i -> new Item(i.photoId(), i.captionOverride())).toList();
        List<Placeholder> waiting = g.items().stream().filter(GalleryItem::isPlaceholder)
                .map(i -> new Placeholder(i.id(), i.position(), i.imported().text(), i.imported().agency(),
                        i.imported().photographer())).toList();
        return new Gallery(g.id(), g.slug(), g.title(), g.intro(), g.event(), items, g.publishedAt(), waiting,
                g.editRevision(), g.isLive());
    }
}
