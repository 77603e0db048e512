package org.photodesk.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;

/** In-memory galleries with a minimal HTML publisher, standing in for the gallery branch in the desk's tests. */
final class FakeGalleries implements Galleries {

    private final Map<Long, Gallery> galleries = new ConcurrentHashMap<>();
    private final PhotoStore store;
    private final Path publishedDir;
    private long nextId = 1;

    FakeGalleries(PhotoStore store, Path publishedDir) {
        this.store = store;
        this.publishedDir = publishedDir;
    }

    @Override public List<Gallery> list() { return galleries.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList(); }

    @Override public Optional<Gallery> find(long id) { return Optional.ofNullable(galleries.get(id)); }

    @Override
    public synchronized Gallery create(String title, String slug, String intro, String event, String user) {
        if (galleries.values().stream().anyMatch(g -> g.slug().equals(slug))) {
            throw new DeskException(409, "Conflict", "Slug '" + slug + "' is taken: choose another.");
        }
        Gallery g = new Gallery(nextId++, slug, title, intro, event, List.of(), null);
        galleries.put(g.id(), g);
        return g;
    }

    @Override
    public Gallery setPhotos(long id, List<Long> photoIds, String user) {
        Gallery g = galleries.get(id);
        var items = new ArrayList<Item>();
        for (long p : photoIds) {
            items.add(g.items().stream().filter(i -> i.photoId() == p).findFirst().orElse(new Item(p, null)));
        }
        return put(new Gallery(g.id(), g.slug(), g.title(), g.intro(), g.event(), items, g.publishedAt()));
    }

    @Override
    public Gallery setCaption(long id, long photoId, String caption, String user) {
        Gallery g = galleries.get(id);
        var items = g.items().stream().map(i -> i.photoId() == photoId ? new Item(photoId, caption) : i).toList();
        return put(new Gallery(g.id(), g.slug(), g.title(), g.intro(), g.event(), items, g.publishedAt()));
    }

    @Override
    public List<Problem> check(long id) {
        var out = new ArrayList<Problem>();
        for (Item i : galleries.get(id).items()) {
            store.findById(i.photoId()).filter(p -> p.metadata().credit() == null).ifPresent(p -> out.add(
                    Problem.inField("gallery.credit", "credit", "Photo " + p.id() + " has no credit line: add one before publishing.")));
        }
        return out;
    }

    @Override
    public Gallery publish(long id, String user) {
        Gallery g = galleries.get(id);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(g.title()))
                .append("</title></head><body><h1>").append(esc(g.title())).append("</h1>\n");
        for (Item i : g.items()) {
            Photo p = store.findById(i.photoId()).orElseThrow();
            String caption = i.captionOverride() != null ? i.captionOverride() : p.metadata().caption();
            html.append("<figure data-id=\"").append(p.id()).append("\"><figcaption><span class=\"caption\">").append(esc(caption))
                    .append("</span> <span class=\"credit\">").append(esc(String.join(", ", p.metadata().byline())))
                    .append(" / ").append(esc(p.metadata().credit())).append("</span></figcaption></figure>\n");
        }
        html.append("</body></html>\n");
        try {
            Path dir = Files.createDirectories(publishedDir.resolve(g.slug()));
            Files.writeString(dir.resolve("index.html"), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return put(new Gallery(g.id(), g.slug(), g.title(), g.intro(), g.event(), g.items(), Instant.now()));
    }

    private Gallery put(Gallery g) {
        galleries.put(g.id(), g);
        return g;
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
