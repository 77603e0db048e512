package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.account.Role;
import org.photodesk.core.account.User;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.photo.Photo;

/** The JSON API under {@code /api}, documented in {@code /api/openapi.json}; it shares its actions with the pages. */
final class Api {

    /** A login request. */
    record LoginBody(String username, String password) {}

    /** An edit of one field. */
    record EditBody(String field, String value) {}

    /** The new order of a gallery's photos, and the gallery revision it was based on (optional). */
    record PhotoIdsBody(List<Long> photoIds, Long revision) {}

    /** A gallery caption override, blank removes it, and the gallery revision it was based on (optional). */
    record CaptionBody(String caption, Long revision) {}

    /**
     * A publish: {@code force} publishes despite problems the checks find, only past those of fingerprint
     * {@code acknowledged} when it is given; {@code revision} as for edits.
     */
    record PublishBody(Boolean force, Long revision, String acknowledged) {}

    /** A new gallery. */
    record GalleryBody(String title, String slug, String intro, String event) {}

    /** A new name for an event. */
    record RenameBody(String name) {}

    /** The event to merge into the one in the path. */
    record MergeBody(String other) {}

    /** The members to move to a new event, and its name (null: a name of its own). */
    record SplitBody(List<String> members, String name) {}

    /** An event after a decision: its id, name and members. */
    record EventBody(String id, String name, List<String> members) {
        static EventBody of(org.photodesk.core.event.Event e) {
            return new EventBody(e.id(), e.name(), e.memberIds());
        }
    }

    /** A new account. */
    record UserBody(String username, String password, String role) {}

    /** A photo as listed on the contact sheet. */
    record PhotoSummary(long id, String headline, String caption, List<String> byline, String credit, String agency,
            String dateCreated, int problems, int rating, List<String> labels, String thumb, String page) {
        static PhotoSummary of(Photo p) {
            var m = p.metadata();
            return new PhotoSummary(p.id(), m.headline(), m.caption(), m.byline(), m.credit(), p.agency(),
                    m.dateCreated() == null ? null : m.dateCreated().iso(), p.problems().size(), p.rating(), p.labels(),
                    "/photos/" + p.id() + "/thumb", "/photos/" + p.id());
        }
    }

    private final DeskServer server;
    private final DeskService service;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final EventActions events;

    Api(DeskServer server, DeskService service, Accounts accounts, AuditLog audit, ObjectMapper json, EventActions events) {
        this.events = events;
        this.server = server;
        this.service = service;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
    }

    void register(DeskServer.Router r) {
        r.add(HandlerType.GET, "/api/openapi.json", null, this::openapi);
        r.add(HandlerType.POST, "/api/session", null, this::login);
        r.add(HandlerType.GET, "/api/session", Role.VIEWER, ctx -> ctx.json(me(ctx)));
        r.add(HandlerType.DELETE, "/api/session", Role.VIEWER, ctx -> {
            server.logOut(ctx);
            ctx.status(204);
        });
        r.add(HandlerType.GET, "/api/photos", Role.VIEWER, this::photos);
        r.add(HandlerType.GET, "/api/photos/{id}", Role.VIEWER, ctx -> ctx.json(service.photo(Pages.id(ctx))));
        r.add(HandlerType.GET, "/api/photos/{id}/edits", Role.VIEWER, ctx -> ctx.json(service.ports().editing().edits(Pages.id(ctx))));
        r.add(HandlerType.POST, "/api/photos/{id}/edits", Role.EDITOR, ctx -> {
            EditBody b = body(ctx, EditBody.class);
            ctx.json(service.edit(server.user(ctx), Pages.id(ctx), b.field(), b.value()));
        });
        r.add(HandlerType.POST, "/api/photos/{id}/edits/{editId}/undo", Role.EDITOR, ctx ->
                ctx.json(service.undo(server.user(ctx), Pages.id(ctx), longParam(ctx, "editId"))));
        r.add(HandlerType.POST, "/api/photos/{id}/problems/{index}/fix", Role.EDITOR, ctx ->
                ctx.json(service.fix(server.user(ctx), Pages.id(ctx), (int) longParam(ctx, "index"))));
        r.add(HandlerType.GET, "/api/photos/{id}/versions", Role.VIEWER, ctx -> ctx.json(service.ports().store().history(Pages.id(ctx))));
        r.add(HandlerType.GET, "/api/changes", Role.VIEWER, this::changes);
        r.add(HandlerType.POST, "/api/uploads", Role.EDITOR, this::upload);
        r.add(HandlerType.GET, "/api/galleries", Role.VIEWER, ctx -> ctx.json(service.ports().galleries().list()));
        r.add(HandlerType.POST, "/api/galleries", Role.EDITOR, ctx -> {
            GalleryBody b = body(ctx, GalleryBody.class);
            ctx.status(201).json(service.createGallery(server.user(ctx), b.title(), b.slug(), b.intro(), b.event()));
        });
        r.add(HandlerType.GET, "/api/galleries/{id}", Role.VIEWER, ctx -> gallery(ctx, service.gallery(Pages.id(ctx))));
        r.add(HandlerType.PUT, "/api/galleries/{id}/photos", Role.EDITOR, ctx -> {
            PhotoIdsBody b = body(ctx, PhotoIdsBody.class);
            gallery(ctx, service.setGalleryPhotos(server.user(ctx), Pages.id(ctx),
                    b.photoIds() == null ? List.of() : b.photoIds(), seen(ctx, b.revision())));
        });
        r.add(HandlerType.PUT, "/api/galleries/{id}/captions/{photoId}", Role.EDITOR, ctx -> {
            CaptionBody b = body(ctx, CaptionBody.class);
            gallery(ctx, service.setGalleryCaption(server.user(ctx), Pages.id(ctx), longParam(ctx, "photoId"),
                    b.caption(), seen(ctx, b.revision())));
        });
        r.add(HandlerType.GET, "/api/galleries/{id}/checks", Role.VIEWER, ctx -> ctx.json(service.ports().galleries().check(Pages.id(ctx))));
        r.add(HandlerType.POST, "/api/galleries/{id}/publish", Role.EDITOR, ctx -> {
            PublishBody b = ctx.body().isBlank() ? new PublishBody(null, null, null) : body(ctx, PublishBody.class);
            gallery(ctx, service.publish(server.user(ctx), Pages.id(ctx), Boolean.TRUE.equals(b.force()),
                    java.util.Optional.ofNullable(b.acknowledged()), seen(ctx, b.revision())));
        });
        r.add(HandlerType.POST, "/api/galleries/{id}/unpublish", Role.EDITOR, ctx ->
                gallery(ctx, service.unpublishGallery(server.user(ctx), Pages.id(ctx))));
        r.add(HandlerType.DELETE, "/api/galleries/{id}", Role.EDITOR, ctx -> {
            service.deleteGallery(server.user(ctx), Pages.id(ctx));
            ctx.status(204);
        });
        r.add(HandlerType.GET, "/api/events", Role.VIEWER, ctx -> ctx.json(events.list()));
        r.add(HandlerType.GET, "/api/events/{id}", Role.VIEWER, ctx -> ctx.json(events.sheet(ctx.pathParam("id"))));
        r.add(HandlerType.POST, "/api/events/{id}/rename", Role.EDITOR, ctx -> ctx.json(EventBody.of(
                events.rename(server.user(ctx), ctx.pathParam("id"), body(ctx, RenameBody.class).name()))));
        r.add(HandlerType.POST, "/api/events/{id}/merge", Role.EDITOR, ctx -> ctx.json(EventBody.of(
                events.merge(server.user(ctx), ctx.pathParam("id"), body(ctx, MergeBody.class).other()))));
        r.add(HandlerType.POST, "/api/events/{id}/split", Role.EDITOR, ctx -> {
            SplitBody b = body(ctx, SplitBody.class);
            ctx.status(201).json(EventBody.of(events.split(server.user(ctx), ctx.pathParam("id"),
                    b.members() == null ? List.of() : b.members(), b.name())));
        });
        r.add(HandlerType.POST, "/api/articles", Role.EDITOR, this::importArticle);
        r.add(HandlerType.GET, "/api/users", Role.ADMIN, ctx -> ctx.json(accounts.list()));
        r.add(HandlerType.POST, "/api/users", Role.ADMIN, ctx -> {
            UserBody b = body(ctx, UserBody.class);
            Role role = Role.find(b.role()).orElseThrow(() -> DeskException.badRequest(
                    "Role '" + b.role() + "' does not exist: use admin, editor or viewer."));
            User u = accounts.create(b.username(), b.password(), role);
            audit.record(server.user(ctx).username(), "user.create", "user/" + u.username(), "role", null, u.role().id());
            ctx.status(201).json(u);
        });
        r.add(HandlerType.GET, "/api/audit", Role.ADMIN, ctx -> ctx.json(audit.recent(ctx.queryParam("target"),
                Math.clamp(Pages.intParam(ctx.queryParam("limit")) == 0 ? 100 : Pages.intParam(ctx.queryParam("limit")), 1, 1000))));
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("/web/openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void login(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            throw new DeskException(415, "Unsupported media type", "Send the login as application/json: {\"username\": ..., \"password\": ...}.");
        }
        LoginBody b = body(ctx, LoginBody.class);
        if (server.logIn(ctx, b.username(), b.password()).isEmpty()) {
            throw new DeskException(401, "Wrong user name or password", "The user name or password is wrong: check both and try again.");
        }
        ctx.json(me(ctx));
    }

    private Map<String, Object> me(Context ctx) {
        Accounts.Session s = server.session(ctx).orElseThrow();
        var out = new LinkedHashMap<String, Object>();
        out.put("username", s.user().username());
        out.put("role", s.user().role().id());
        out.put("csrfToken", s.csrfToken());
        return out;
    }

    private void photos(Context ctx) {
        DeskService.Sheet sheet = service.sheet(new SheetQuery(Pages.sheetQuery(ctx).text(), Pages.sheetQuery(ctx).facets(),
                Pages.sort(ctx.queryParam("sort")), Pages.intParam(ctx.queryParam("offset")),
                ctx.queryParam("limit") == null ? Pages.PAGE_SIZE : Pages.intParam(ctx.queryParam("limit"))));
        if (sheet.error() != null) {
            throw DeskException.badRequest("Query syntax error at position " + sheet.error().position() + ": "
                    + sheet.error().getMessage());
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("total", sheet.total());
        out.put("offset", sheet.query().offset());
        out.put("limit", sheet.query().limit());
        out.put("lastChange", sheet.lastChange());
        out.put("items", sheet.photos().stream().map(PhotoSummary::of).toList());
        out.put("facets", sheet.facets());
        ctx.json(out);
    }

    private void changes(Context ctx) {
        long since = ctx.queryParam("since") == null ? 0 : Pages.intParam(ctx.queryParam("since"));
        var store = service.ports().store();
        long last = store.lastChange();
        ctx.json(Map.of("lastChange", last, "ids", since >= last ? List.of() : store.changedSince(since)));
    }

    private void upload(Context ctx) {
        long length = ctx.contentLength();
        if (length == 0) {
            throw DeskException.badRequest("The upload is empty: send the file's bytes as the request body.");
        }
        if (length > server.maxUploadBytes()) {
            throw new DeskException(413, "Too large", "The file is " + length / 1_000_000 + " MB; the limit is "
                    + server.maxUploadBytes() / 1_000_000 + " MB: send a smaller file or raise the limit.");
        }
        IngestOutcome o = service.upload(server.user(ctx), ctx.queryParam("name"), ctx.bodyAsBytes());
        var out = new LinkedHashMap<String, Object>();
        out.put("source", o.source());
        switch (o) {
            case IngestOutcome.Added a -> out.putAll(Map.of("outcome", "added", "photoId", a.photo().id()));
            case IngestOutcome.Updated u -> out.putAll(Map.of("outcome", "updated", "photoId", u.photo().id()));
            case IngestOutcome.Duplicate d -> out.putAll(Map.of("outcome", "duplicate", "photoId", d.photoId()));
            case IngestOutcome.Rejected j -> out.putAll(Map.of("outcome", "rejected", "reason", j.reason()));
        }
        ctx.status(o instanceof IngestOutcome.Added ? 201 : o instanceof IngestOutcome.Rejected ? 422 : 200).json(out);
    }

    private void importArticle(Context ctx) {
        long length = ctx.contentLength();
        if (length > EventActions.MAX_ARTICLE_BYTES) {
            throw EventActions.tooLarge(length);
        }
        List<Events.Imported> imported = events.importArticle(server.user(ctx), ctx.queryParam("name"), ctx.bodyAsBytes());
        ctx.status(imported.stream().anyMatch(Events.Imported::created) ? 201 : 200).json(imported);
    }

    /** Answers with {@code g} and its revision as the entity tag, for a later {@code If-Match}. */
    private static void gallery(Context ctx, Galleries.Gallery g) {
        ctx.header("ETag", "\"" + g.revision() + "\"");
        ctx.json(g);
    }

    /** The gallery revision a write was based on: {@code revision} in the body, else the {@code If-Match} header. */
    private static java.util.OptionalLong seen(Context ctx, Long bodyRevision) {
        if (bodyRevision != null) {
            return Pages.revision(Long.toString(bodyRevision));
        }
        String match = ctx.header("If-Match");
        if (match == null || match.isBlank() || match.strip().equals("*")) {
            return java.util.OptionalLong.empty();
        }
        String tag = match.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        return Pages.revision(tag.replace("\"", ""));
    }

    private <T> T body(Context ctx, Class<T> type) {
        try {
            T value = json.readValue(ctx.body(), type);
            if (value == null) {
                throw DeskException.badRequest("The request body is empty: send a JSON object.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw DeskException.badRequest("The request body is not the JSON expected (" + type.getSimpleName() + "): "
                    + e.getOriginalMessage());
        }
    }

    private static long longParam(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw DeskException.notFound("'" + ctx.pathParam(name) + "' is not a number.");
        }
    }
}
