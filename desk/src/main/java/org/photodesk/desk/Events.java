package org.photodesk.desk;

import java.util.List;
import java.util.Optional;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.event.PhotoRef;

/**
 * What the desk needs of events and articles: the events list, an event's sheet, the editors' decisions (rename,
 * merge, split) and the import of an article file as draft galleries; the composition root adapts the library's
 * {@code EventBook} and {@code ArticleImporter}. Unknown events and refused decisions throw {@link DeskException}.
 */
public interface Events {

    /** Every event, the one that came into the library first first. */
    List<EventBook.Summary> list();

    Optional<Event> find(String id);

    /** The sheet of event {@code id}. */
    Optional<EventSheet> sheet(String id);

    /** Renames event {@code id}; returns it renamed. */
    Event rename(String id, String name);

    /** Makes events {@code id} and {@code otherId} one, with the first one's name; returns the merged event. */
    Event merge(String id, String otherId);

    /** Moves {@code members} of event {@code id} to a new event called {@code name} (null: a name of its own). */
    Event split(String id, List<String> members, String name);

    /** Imports the article file {@code fileName} (plain text, HTML or RSS): one draft gallery per article in it. */
    List<Imported> importArticle(String fileName, byte[] bytes);

    /** The imported article cited as {@code sourceId}, with the gallery made from it. */
    Optional<Article> article(String sourceId);

    /** The library photo showing {@code ref}: the photo itself, or the photo that fills its article caption's place. */
    Optional<Long> photoOf(PhotoRef ref);

    /** An imported article as the desk links to it. */
    record Article(String sourceId, String title, Long galleryId) {}

    /**
     * One article of an imported file and its draft gallery.
     *
     * @param created false when the same file was imported before (nothing new was stored)
     * @param placeholders the gallery's places still waiting for a photo
     * @param problems what the reader found wrong with the article, as sentences
     */
    record Imported(String sourceId, String title, long galleryId, String gallerySlug, boolean created, int items,
            int placeholders, List<String> problems) {
        public Imported {
            problems = List.copyOf(problems);
        }
    }

    /** No events: for desks without an article store; every lookup finds nothing and changes are refused. */
    static Events none() {
        return new Events() {
            @Override public List<EventBook.Summary> list() { return List.of(); }
            @Override public Optional<Event> find(String id) { return Optional.empty(); }
            @Override public Optional<EventSheet> sheet(String id) { return Optional.empty(); }
            @Override public Event rename(String id, String name) { throw unavailable(); }
            @Override public Event merge(String id, String otherId) { throw unavailable(); }
            @Override public Event split(String id, List<String> members, String name) { throw unavailable(); }
            @Override public List<Imported> importArticle(String fileName, byte[] bytes) { throw unavailable(); }
            @Override public Optional<Article> article(String sourceId) { return Optional.empty(); }
            @Override public Optional<Long> photoOf(PhotoRef ref) { return Optional.empty(); }

            private DeskException unavailable() {
                return new DeskException(501, "Not available", "This desk has no article store: start it with "
                        + "'photodesk serve' over a library to import articles and work on events.");
            }
        };
    }
}
