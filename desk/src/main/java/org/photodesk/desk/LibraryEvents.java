package org.photodesk.desk;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.photodesk.core.event.ArticleImporter;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.StoredArticle;
import org.photodesk.core.article.PhotoCaption;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.event.EventSheets;
import org.photodesk.core.event.PhotoRef;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.photo.PhotoStore;

/**
 * The desk's {@link Events} over the library's event book, article importer and placeholder linker: an import fills
 * the new galleries' placeholders with library photos whose captions match, as {@code photodesk import} does.
 */
final class LibraryEvents implements Events {

    private final EventStore store;
    private final EventBook book;
    private final ArticleImporter importer;
    private final GalleryRepository galleries;
    private final PhotoStore photos;
    private final EventSheets sheets = new EventSheets();

    LibraryEvents(EventStore store, GalleryRepository galleries, PhotoStore photos, java.time.Clock clock) {
        this.store = store;
        this.galleries = galleries;
        this.photos = photos;
        this.book = new EventBook(store, photos, clock, true);
        this.importer = new ArticleImporter(store, galleries, clock);
    }

    @Override
    public List<EventBook.Summary> list() {
        return book.summaries();
    }

    @Override
    public Optional<Event> find(String id) {
        return book.find(id);
    }

    @Override
    public Optional<EventSheet> sheet(String id) {
        return book.find(id).map(sheets::sheetOf);
    }

    @Override
    public synchronized Event rename(String id, String name) {
        if (name == null || name.isBlank()) {
            throw DeskException.badRequest("An event needs a name: type the new name.");
        }
        return refused(() -> book.rename(id, name));
    }

    @Override
    public synchronized Event merge(String id, String otherId) {
        if (otherId == null || otherId.isBlank()) {
            throw DeskException.badRequest("Choose the event to merge into '" + id + "'.");
        }
        return refused(() -> book.merge(id, otherId.strip()));
    }

    @Override
    public synchronized Event split(String id, List<String> members, String name) {
        if (members == null || members.isEmpty()) {
            throw DeskException.badRequest("Choose the articles or photos to move to a new event.");
        }
        return refused(() -> book.split(id, members, name));
    }

    @Override
    public synchronized List<Imported> importArticle(String fileName, byte[] bytes) {
        List<ArticleImporter.Imported> imported;
        try {
            imported = importer.importFile(fileName, bytes);
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest(e.getMessage());
        }
        new PlaceholderLinker(galleries).linkAll(photos);
        return imported.stream().map(this::imported).toList();
    }

    @Override
    public Optional<Article> article(String sourceId) {
        return store.findBySourceId(sourceId).map(a -> new Article(a.sourceId(), a.article().title(), a.galleryId()));
    }

    @Override
    public Optional<Long> photoOf(PhotoRef ref) {
        String key = ref.photo();
        if (key.startsWith("photo:")) {
            return number(key.substring("photo:".length()));
        }
        int hash = key.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        Optional<Long> paragraph = number(key.substring(hash + 1));
        return paragraph.flatMap(p -> store.findBySourceId(key.substring(0, hash))
                .flatMap(a -> placeOf(a, p.intValue())));
    }

    /**
     * The photo in the place the importer made for the caption in paragraph {@code paragraph}: the importer made one
     * place per non-blank caption, in order, so the n-th caption is the n-th imported item by item id.
     */
    private Optional<Long> placeOf(StoredArticle a, int paragraph) {
        List<PhotoCaption> captions = a.article().photoCaptions().stream()
                .filter(c -> !(c.description().isBlank() ? c.text() : c.description()).isBlank()).toList();
        int n = -1;
        for (int i = 0; i < captions.size(); i++) {
            if (captions.get(i).paragraph() == paragraph) {
                n = i;
            }
        }
        if (n < 0 || a.galleryId() == null) {
            return Optional.empty();
        }
        Optional<Gallery> g = galleries.findById(a.galleryId());
        List<GalleryItem> places = g.map(x -> x.items().stream().filter(i -> i.imported() != null)
                .sorted(Comparator.comparingLong(GalleryItem::id)).toList()).orElse(List.of());
        return n < places.size() ? Optional.ofNullable(places.get(n).photoId()) : Optional.empty();
    }

    private Imported imported(ArticleImporter.Imported i) {
        Gallery g = galleries.findById(i.gallery().id()).orElse(i.gallery());
        int placeholders = (int) g.items().stream().filter(GalleryItem::isPlaceholder).count();
        String title = i.article().article().title() == null ? i.article().fileName() : i.article().article().title();
        return new Imported(i.article().sourceId(), title, g.id(), g.slug(), i.created(), g.items().size(),
                placeholders, i.article().article().problems().stream().map(p -> p.message()).toList());
    }

    private static Event refused(Supplier<Event> decision) {
        try {
            return decision.get();
        } catch (NoSuchElementException e) {
            throw DeskException.notFound(sentence(e.getMessage()) + " See the list of events at /events.");
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest(sentence(e.getMessage()));
        }
    }

    private static String sentence(String message) {
        String m = message == null || message.isBlank() ? "refused" : message;
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
