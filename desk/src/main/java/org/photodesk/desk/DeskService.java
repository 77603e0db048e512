package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.SequencedMap;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;

/**
 * The desk's actions, shared by the HTML pages and the JSON API: search the sheet, edit, fix and undo fields,
 * upload, and work on galleries; every change is written to the {@link AuditLog} and reflected in the index.
 */
public final class DeskService {

    /** The longest text a field may be set to. */
    static final int MAX_FIELD_LENGTH = 20_000;

    /** One page of the contact sheet (its photos without raw tags), or the syntax error that prevented it. */
    public record Sheet(SheetQuery query, long total, List<Photo> photos, Map<String, SequencedMap<String, Long>> facets,
            QuerySyntaxException error, long lastChange) {}

    private final DeskPorts ports;
    private final AuditLog audit;

    public DeskService(DeskPorts ports, AuditLog audit) {
        this.ports = ports;
        this.audit = audit;
    }

    public DeskPorts ports() {
        return ports;
    }

    /** The page of photos {@code query} asks for; a query syntax error comes back in the sheet, not thrown. */
    public Sheet sheet(SheetQuery query) {
        long lastChange = ports.store().lastChange();
        try {
            SearchResult r = ports.index().search(
                    new SearchRequest(query.query(ports.queries()), query.sort(), query.offset(), query.limit()));
            return new Sheet(query, r.total(), listed(r.ids()), r.facets(), null, lastChange);
        } catch (QuerySyntaxException e) {
            return new Sheet(query, 0, List.of(), Map.of(), e, lastChange);
        }
    }

    /** The photos of {@code ids} that exist, in that order. */
    public List<Photo> photos(List<Long> ids) {
        return ports.checks().current(ports.store().findByIds(ids));
    }

    /**
     * The photos of {@code ids} that exist, in that order, for a list of cards: without their raw tags (see
     * {@link org.photodesk.core.photo.PhotoStore#findListed}).
     */
    public List<Photo> listed(List<Long> ids) {
        return ports.checks().current(ports.store().findListed(ids));
    }

    public Photo photo(long id) {
        return ports.store().findById(id).map(ports.checks()::current).orElseThrow(() -> DeskException.notFound(
                "There is no photo " + id + " in this library: it may have been removed; go back to the contact sheet."));
    }

    /** Sets {@code field} of photo {@code id} to {@code value} as {@code user}. */
    public Photo edit(User user, long id, String field, String value) {
        requireEditor(user);
        if (!Fields.editable(field)) {
            throw DeskException.badRequest("Field '" + field + "' cannot be edited here: choose one of "
                    + String.join(", ", Fields.EDITABLE) + ", rating or labels.");
        }
        String after = normalise(field, value);
        Photo before = photo(id);
        String old = Fields.value(before, field).orElse(null);
        if (java.util.Objects.equals(old, after)) {
            return before;
        }
        Photo photo = ports.editing().edit(id, field, after, user.username());
        audit.record(user.username(), "edit", "photo/" + id, field, old, after);
        reindex(photo);
        return ports.checks().current(photo);
    }

    /**
     * Sets {@code field} as {@link #edit(User, long, String, String)} does, refused (409) when {@code version} is
     * given and the photo is no longer at that version: someone else changed it since the editor saw it.
     */
    public Photo edit(User user, long id, String field, String value, java.util.OptionalInt version) {
        expectVersion(id, version);
        return edit(user, id, field, value);
    }

    /**
     * Saves a photo's whole editor at once: each field of {@code values} that differs from the photo is set, in the
     * order given; refused (409) as a whole, before any is set, when {@code version} is stale.
     */
    public Photo editFields(User user, long id, Map<String, String> values, java.util.OptionalInt version) {
        requireEditor(user);
        Photo photo = expectVersion(id, version);
        for (var e : values.entrySet()) {
            if (!Fields.editable(e.getKey())) {
                throw DeskException.badRequest("Field '" + e.getKey() + "' cannot be edited here: choose one of "
                        + String.join(", ", Fields.EDITABLE) + ", rating or labels.");
            }
        }
        for (var e : values.entrySet()) {
            photo = edit(user, id, e.getKey(), e.getValue());
        }
        return photo;
    }

    private Photo expectVersion(long id, java.util.OptionalInt version) {
        Photo photo = photo(id);
        if (version.isPresent() && version.getAsInt() != photo.version()) {
            throw new DeskException(409, "Conflict", "Photo " + id + " changed since you saw it (you saw version "
                    + version.getAsInt() + ", it is now at " + photo.version() + "): reload it and make your change again.");
        }
        return photo;
    }

    /** Applies the suggested fix of problem number {@code index} of photo {@code id} to the span it covers. */
    public Photo fix(User user, long id, int index) {
        Photo photo = photo(id);
        if (index < 0 || index >= photo.problems().size()) {
            throw DeskException.notFound("Photo " + id + " has no problem number " + index + ": reload the page to see its problems now.");
        }
        Problem p = photo.problems().get(index);
        if (p.fix() == null || p.field() == null) {
            throw DeskException.badRequest("Problem '" + p.code() + "' has no suggested fix: edit the field by hand.");
        }
        String current = Fields.value(photo, p.field()).orElse("");
        String fixed = p.span() == null ? p.fix() : apply(current, p.span(), p.fix());
        return edit(user, id, p.field(), fixed);
    }

    /** Puts back the value a field had before edit {@code editId} of photo {@code id}. */
    public Photo undo(User user, long id, long editId) {
        PhotoEditing.FieldEdit e = ports.editing().edits(id).stream().filter(x -> x.id() == editId).findFirst()
                .orElseThrow(() -> DeskException.notFound("Photo " + id + " has no edit " + editId + ": reload the page to see its history."));
        return edit(user, id, e.field(), e.before());
    }

    /** The notices agency re-sends of photo {@code id} left the desk, newest first. */
    public List<ResendNotice> notices(long id) {
        photo(id);
        return ports.editing().notices(id).reversed();
    }

    /**
     * Resolves notice {@code noticeId} of photo {@code id}: {@code keep} leaves the desk's edits standing,
     * {@code take} gives the fields the agency changed back to the agency's text. Audited as
     * {@code notice.resolve}.
     */
    public ResendNotice resolveNotice(User user, long id, long noticeId, String choice) {
        requireEditor(user);
        ResendNotice.Resolution resolution = ResendNotice.Resolution.find(choice).orElseThrow(() ->
                DeskException.badRequest("Choice '" + choice + "' is not one the notice offers: send 'keep' to keep"
                        + " the desk's edits or 'take' to take the agency's text."));
        photo(id);
        ResendNotice resolved = ports.editing().resolve(id, noticeId, resolution, user.username());
        audit.record(user.username(), "notice.resolve", "photo/" + id, "notice:" + noticeId, "pending",
                resolution.word());
        reindex(photo(id));
        return resolved;
    }

    /** Ingests one uploaded file; {@code name} is only a label, never a path. */
    public IngestOutcome upload(User user, String name, byte[] bytes) {
        requireEditor(user);
        String label = Ingestor.safeName(name);
        IngestOutcome outcome = ports.uploads().ingest(label, bytes);
        String what = switch (outcome) {
            case IngestOutcome.Added a -> "added photo " + a.photo().id();
            case IngestOutcome.Updated u -> "updated photo " + u.photo().id();
            case IngestOutcome.Duplicate d -> "duplicate of photo " + d.photoId()
                    + (d.reason() == null ? "" : ": " + d.reason())
                    + (d.repaired() ? " (its missing or damaged original restored from this file)" : "");
            case IngestOutcome.Rejected r -> "rejected: " + r.reason();
        };
        audit.record(user.username(), "upload", "upload/" + label, null, null, what);
        return outcome;
    }

    /** Creates a gallery draft. */
    public Galleries.Gallery createGallery(User user, String title, String slug, String intro, String event) {
        requireEditor(user);
        if (title == null || title.isBlank()) {
            throw DeskException.badRequest("A gallery needs a title.");
        }
        String s = slug == null || slug.isBlank() ? slugOf(title) : slug.strip();
        if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > 80) {
            throw DeskException.badRequest("Slug '" + s + "' is not valid: use lower-case letters, digits and single dashes, such as 'paris-2024-day-16'.");
        }
        Galleries.Gallery g = ports.galleries().create(title.strip(), s, blankToNull(intro), blankToNull(event), user.username());
        audit.record(user.username(), "gallery.create", "gallery/" + g.id(), null, null, g.slug());
        return g;
    }

    public Galleries.Gallery gallery(long id) {
        return ports.galleries().find(id).orElseThrow(() -> DeskException.notFound("There is no gallery " + id + ": see the list of galleries."));
    }

    /**
     * Puts {@code photoIds} in gallery {@code id}, in that order; refused (409) when {@code seen} is given and the
     * gallery has changed since that revision.
     */
    public Galleries.Gallery setGalleryPhotos(User user, long id, List<Long> photoIds, OptionalLong seen) {
        requireEditor(user);
        Galleries.Gallery before = gallery(id);
        List<Long> ids = photoIds.stream().distinct().toList();
        for (long p : ids) {
            photo(p);
        }
        Galleries.Gallery g = ports.galleries().setPhotos(id, ids, seen, user.username());
        audit.record(user.username(), "gallery.photos", "gallery/" + id, "photos", order(before), order(g));
        return g;
    }

    /** Adds {@code photoIds} at the end of gallery {@code id}, skipping those already in it. */
    public Galleries.Gallery addToGallery(User user, long id, List<Long> photoIds) {
        Galleries.Gallery g = gallery(id);
        var ids = new ArrayList<>(g.items().stream().map(Galleries.Item::photoId).toList());
        photoIds.stream().filter(p -> !ids.contains(p)).forEach(ids::add);
        return setGalleryPhotos(user, id, ids, OptionalLong.of(g.revision()));
    }

    /** Takes photo {@code photoId} out of gallery {@code id}; {@code seen} as for the photos. */
    public Galleries.Gallery removeFromGallery(User user, long id, long photoId, OptionalLong seen) {
        Galleries.Gallery g = gallery(id);
        var ids = new ArrayList<>(g.items().stream().map(Galleries.Item::photoId).toList());
        if (!ids.remove(photoId)) {
            throw DeskException.notFound("Photo " + photoId + " is not in gallery " + id + ": reload the gallery.");
        }
        return setGalleryPhotos(user, id, ids, seen);
    }

    /** Sets the caption override of one photo in gallery {@code id}; {@code seen} as for the photos. */
    public Galleries.Gallery setGalleryCaption(User user, long id, long photoId, String caption, OptionalLong seen) {
        requireEditor(user);
        Galleries.Gallery before = gallery(id);
        String old = before.items().stream().filter(i -> i.photoId() == photoId).findFirst()
                .orElseThrow(() -> DeskException.notFound("Photo " + photoId + " is not in gallery " + id + ": add it first."))
                .captionOverride();
        String after = normalise("caption", caption);
        Galleries.Gallery g = ports.galleries().setCaption(id, photoId, after, seen, user.username());
        audit.record(user.username(), "gallery.caption", "gallery/" + id, "caption:" + photoId, old, after);
        return g;
    }

    /**
     * Publishes gallery {@code id}: refused (409, {@link PublishRefusedException}) when its checks find problems
     * and {@code force} is false, or when {@code acknowledged} is given (the fingerprint of the problems the editor
     * confirmed, see {@link Galleries#fingerprint}) and the checks now find others (a caption edited, a photo
     * re-sent, the order changed since the confirmation was drawn). A publish forced past problems is audited as
     * {@code gallery.publish.forced}, with the problems it went past.
     */
    public Galleries.Gallery publish(User user, long id, boolean force, java.util.Optional<String> acknowledged,
            OptionalLong seen) {
        requireEditor(user);
        Galleries.Gallery before = gallery(id);
        if (before.items().isEmpty()) {
            throw DeskException.badRequest("Gallery '" + before.title() + "' has no photos: add some from the contact sheet first.");
        }
        Galleries.Publication p = ports.galleries().publish(id, force, acknowledged, seen, user.username());
        Galleries.Gallery g = p.gallery();
        String where = "/published/" + g.slug() + "/";
        String old = before.publishedAt() == null ? null : before.publishedAt().toString();
        if (p.forcedPast().isEmpty()) {
            audit.record(user.username(), "gallery.publish", "gallery/" + id, null, old, where);
        } else {
            audit.record(user.username(), "gallery.publish.forced", "gallery/" + id, "problems", old, where
                    + " despite " + p.forcedPast().size() + (p.forcedPast().size() == 1 ? " problem: " : " problems: ")
                    + String.join("; ", p.forcedPast().stream().map(Problem::message).toList()));
        }
        return g;
    }

    /** Takes gallery {@code id} off the site, audited as {@code gallery.unpublish}. */
    public Galleries.Gallery unpublishGallery(User user, long id) {
        requireEditor(user);
        Galleries.Gallery before = gallery(id);
        Galleries.Gallery g = ports.galleries().unpublish(id, user.username());
        audit.record(user.username(), "gallery.unpublish", "gallery/" + id, "status",
                before.live() ? "published" : "draft", "unpublished");
        return g;
    }

    /** Takes gallery {@code id} off the site and deletes it, audited as {@code gallery.delete}. */
    public void deleteGallery(User user, long id) {
        requireEditor(user);
        Galleries.Gallery before = gallery(id);
        ports.galleries().delete(id, user.username());
        audit.record(user.username(), "gallery.delete", "gallery/" + id, null, before.slug(), null);
    }

    /** Indexes the edited photo, with any other change the index has not seen yet, and commits. */
    /** Indexes the photo again from the store, in turn with the ingestor (a stale document never lands last). */
    private void reindex(Photo photo) {
        ports.reindex().accept(photo.id());
    }

    static void requireEditor(User user) {
        if (!user.can(Role.EDITOR)) {
            throw DeskException.forbidden("User '" + user.username() + "' is a " + user.role().id()
                    + " and may only read: ask an admin for the editor role.");
        }
    }

    static String apply(String text, Problem.Span span, String fix) {
        try {
            return org.photodesk.core.check.SuggestedFix.apply(text, span, fix);
        } catch (IllegalStateException e) {
            throw new DeskException(409, "Conflict", "The field changed since the problem was found: reload the photo and check it again.");
        }
    }

    private static String normalise(String field, String value) {
        String v = value == null ? null : value.strip();
        if (v != null && v.length() > MAX_FIELD_LENGTH) {
            throw DeskException.badRequest("The " + field + " is " + v.length() + " characters long: keep it under " + MAX_FIELD_LENGTH + ".");
        }
        if ("rating".equals(field)) {
            int r;
            try {
                r = v == null || v.isEmpty() ? 0 : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                r = -1;
            }
            if (r < 0 || r > 5) {
                throw DeskException.badRequest("Rating '" + v + "' is not valid: use a whole number from 0 to 5.");
            }
            return Integer.toString(r);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    static String slugOf(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "gallery" : s.substring(0, Math.min(60, s.length())).replaceAll("-$", "");
    }

    private static String order(Galleries.Gallery g) {
        return g.items().stream().map(i -> Long.toString(i.photoId())).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
