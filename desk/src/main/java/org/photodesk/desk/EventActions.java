package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.User;
import java.util.List;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.ingest.Ingestor;

/**
 * The desk's event actions, shared by the HTML pages and the JSON API: read the events and their sheets, rename,
 * merge and split them, and import articles; every change needs the editor role and is written to the
 * {@link AuditLog}.
 */
public final class EventActions {

    /** The largest article file the desk imports. */
    static final long MAX_ARTICLE_BYTES = 5L * 1024 * 1024;
    /** The longest event name. */
    static final int MAX_NAME_LENGTH = 200;

    private final Events events;
    private final AuditLog audit;

    public EventActions(Events events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
    }

    public List<EventBook.Summary> list() {
        return events.list();
    }

    public Event event(String id) {
        return events.find(id).orElseThrow(() -> unknown(id));
    }

    public EventSheet sheet(String id) {
        return events.sheet(id).orElseThrow(() -> unknown(id));
    }

    public Events port() {
        return events;
    }

    /** Renames event {@code id} to {@code name}. */
    public Event rename(User user, String id, String name) {
        DeskService.requireEditor(user);
        String before = event(id).name();
        String after = name == null ? "" : name.strip();
        if (after.length() > MAX_NAME_LENGTH) {
            throw DeskException.badRequest("The name is " + after.length() + " characters long: keep it under "
                    + MAX_NAME_LENGTH + ".");
        }
        Event e = events.rename(id, after);
        audit.record(user.username(), "event.rename", "event/" + e.id(), "name", before, e.name());
        return e;
    }

    /** Makes events {@code id} and {@code otherId} one. */
    public Event merge(User user, String id, String otherId) {
        DeskService.requireEditor(user);
        Event e = events.merge(id, otherId);
        audit.record(user.username(), "event.merge", "event/" + e.id(), "members", id + " + " + otherId,
                String.join(", ", e.memberIds()));
        return e;
    }

    /** Moves {@code members} of event {@code id} to a new event. */
    public Event split(User user, String id, List<String> members, String name) {
        DeskService.requireEditor(user);
        Event e = events.split(id, members, name == null || name.isBlank() ? null : name.strip());
        audit.record(user.username(), "event.split", "event/" + id, "members", String.join(", ", members),
                e.id() + " '" + e.name() + "'");
        return e;
    }

    /** Imports an article file; {@code name} is only a label, never a path. */
    public List<Events.Imported> importArticle(User user, String name, byte[] bytes) {
        DeskService.requireEditor(user);
        String label = Ingestor.safeName(name);
        if (bytes.length == 0) {
            throw DeskException.badRequest("The article file '" + label + "' is empty: choose the article's text, HTML or RSS file.");
        }
        if (bytes.length > MAX_ARTICLE_BYTES) {
            throw tooLarge(bytes.length);
        }
        List<Events.Imported> imported = events.importArticle(label, bytes);
        if (imported.isEmpty()) {
            throw new DeskException(422, "No article", "No article was found in '" + label + "': import plain text "
                    + "starting with 'date YYYY-MM-DD', an HTML page or an RSS feed.");
        }
        for (Events.Imported i : imported) {
            audit.record(user.username(), "article.import", "gallery/" + i.galleryId(), "article", null,
                    i.sourceId() + (i.created() ? "" : " (imported before)"));
        }
        return imported;
    }

    static DeskException tooLarge(long length) {
        return new DeskException(413, "Too large", "The article file is " + length / 1024 + " KB; the limit is "
                + MAX_ARTICLE_BYTES / 1024 / 1024 + " MB: import the article alone, not a whole site.");
    }

    private static DeskException unknown(String id) {
        return DeskException.notFound("There is no event '" + id + "': events are rebuilt from the articles and photos; "
                + "see the list of events at /events.");
    }
}
