package org.photodesk.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.photodesk.app.gallery.GalleryPublisher;
import org.photodesk.app.gallery.PublishOutcome;
import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.ItemProblems;
import org.photodesk.core.photo.Problem;

/**
 * The desk's {@link Galleries} over the library's gallery repository and publisher. The desk orders photos only:
 * items waiting for a photo (placeholders made by an article import) are shown and kept, after the photos, untouched.
 * Publishing from the desk goes ahead despite check warnings, which the editor has seen on the gallery page.
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
    public synchronized Gallery setPhotos(long id, List<Long> photoIds, String user) {
        var g = expect(id);
        long next = g.items().stream().mapToLong(GalleryItem::id).max().orElse(0) + 1;
        var items = new ArrayList<GalleryItem>();
        for (long photoId : photoIds) {
            Optional<GalleryItem> kept = g.findItemByPhoto(photoId);
            items.add(kept.isPresent() ? kept.get() : GalleryItem.ofPhoto(next++, items.size() + 1, photoId));
        }
        g.items().stream().filter(GalleryItem::isPlaceholder).forEach(items::add);
        return desk(repository.update(new org.photodesk.core.gallery.Gallery(g.id(), g.slug(), g.title(), g.intro(),
                g.event(), g.date(), g.status(), g.createdAt(), g.publishedAt(), g.revision(), items)));
    }

    @Override
    public synchronized Gallery setCaption(long id, long photoId, String caption, String user) {
        var g = expect(id);
        GalleryItem item = g.findItemByPhoto(photoId).orElseThrow(() -> DeskException.notFound(
                "Photo " + photoId + " is not in gallery '" + g.slug() + "': add it first."));
        return desk(repository.update(g.overrideCaption(item.id(), caption)));
    }

    @Override
    public List<Problem> check(long id) {
        return problems(publisher.check(expect(id)));
    }

    @Override
    public synchronized Gallery publish(long id, String user) {
        var g = expect(id);
        try {
            return switch (publisher.publish(g.slug(), publicUrl.get(), true)) {
                case PublishOutcome.Published p -> desk(p.gallery());
                case PublishOutcome.Refused r -> throw new DeskException(409, "Not published",
                        "Gallery '" + g.slug() + "' was not published: " + String.join("; ", r.report().lines()));
                case PublishOutcome.NotFound n -> throw DeskException.notFound("There is no gallery '" + n.slug() + "'.");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish gallery '" + g.slug() + "': " + e.getMessage(), e);
        }
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
        return new Gallery(g.id(), g.slug(), g.title(), g.intro(), g.event(), items, g.publishedAt(), waiting);
    }
}
