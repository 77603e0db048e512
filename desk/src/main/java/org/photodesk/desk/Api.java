package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.audit.Since;
import org.photodesk.core.account.Role;
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

    /** An edit of one field; {@code version}, when given, is the photo version the editor saw (else 409). */
    record EditBody(String field, String value, Integer version) {}

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

    /** An editor's choice on a notice: {@code keep} or {@code take}. */
    record ChoiceBody(String choice) {}

    /** One part of a word diff: {@code same}, {@code removed} or {@code added} words. */
    record DiffPart(String op, String text) {}

    /** A field an agency re-send changed, with its word diff and the desk's text over it. */
    record ChangeJson(String field, String before, String after, boolean deskEdited, String desk, List<DiffPart> diff) {
        static ChangeJson of(org.photodesk.core.photo.ResendNotice.FieldChange c) {
            return new ChangeJson(c.field(), c.before(), c.after(), c.deskEdited(), c.desk(), c.diff().stream()
                    .map(p -> new DiffPart(p.op().name().toLowerCase(java.util.Locale.ROOT), p.text())).toList());
        }
    }

    /** What an agency re-send told the desk, and how it was resolved. */
    record NoticeJson(long id, long photoId, int version, String kind, String note, String at, String resolution,
            String resolvedBy, String resolvedAt, boolean conflicts, List<ChangeJson> changes) {
        static NoticeJson of(org.photodesk.core.photo.ResendNotice n) {
            return new NoticeJson(n.id(), n.photoId(), n.version(), n.kind().word(), n.note(), n.at().toString(),
                    n.resolution().word(), n.resolvedBy(), n.resolvedAt() == null ? null : n.resolvedAt().toString(),
                    n.conflicts(), n.changes().stream().map(ChangeJson::of).toList());
        }
    }

    /** A new role for an account. */
    record RoleBody(String role) {}

    /** A new password for an account. */
    record PasswordBody(String password) {}

    /**
     * A photo as listed on the contact sheet; {@code c2pa} is how far its Content Credentials hold ({@code none}
     * without), {@code ai} whether it is declared generated.
     */
    record PhotoSummary(long id, String headline, String caption, List<String> byline, String credit, String agency,
            String dateCreated, int problems, int rating, List<String> labels, String thumb, String page, String c2pa,
            boolean ai) {
        static PhotoSummary of(Photo p) {
            var m = p.metadata();
            return new PhotoSummary(p.id(), m.headline(), m.caption(), m.byline(), m.credit(), p.agency(),
                    m.dateCreated() == null ? null : m.dateCreated().iso(), p.problems().size(), p.rating(), p.labels(),
                    "/photos/" + p.id() + "/thumb", "/photos/" + p.id(), p.provenance().state().word(),
                    p.provenance().synthetic());
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
            ctx.json(service.edit(server.user(ctx), Pages.id(ctx), b.field(), b.value(),
                    b.version() == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(b.version())));
        });
        r.add(HandlerType.POST, "/api/photos/{id}/edits/{editId}/undo", Role.EDITOR, ctx ->
                ctx.json(service.undo(server.user(ctx), Pages.id(ctx), longParam(ctx, "editId"))));
        r.add(HandlerType.POST, "/api/photos/{id}/problems/{index}/fix", Role.EDITOR, ctx ->
                ctx.json(service.fix(server.user(ctx), Pages.id(ctx), (int) longParam(ctx, "index"))));
        r.add(HandlerType.GET, "/api/photos/{id}/notices", Role.VIEWER, ctx -> ctx.json(
                service.notices(Pages.id(ctx)).stream().map(NoticeJson::of).toList()));
        r.add(HandlerType.POST, "/api/photos/{id}/notices/{noticeId}", Role.EDITOR, ctx -> ctx.json(NoticeJson.of(
                service.resolveNotice(server.user(ctx), Pages.id(ctx), longParam(ctx, "noticeId"),
                        body(ctx, ChoiceBody.class).choice()))));
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
            ctx.status(201).json(server.admin().create(actor(ctx), b.username(), b.password(), role(b.role())));
        });
        r.add(HandlerType.GET, "/api/users/{username}", Role.ADMIN, ctx -> ctx.json(accounts.expect(ctx.pathParam("username"))));
        r.add(HandlerType.PUT, "/api/users/{username}/role", Role.ADMIN, ctx -> ctx.json(server.admin().setRole(
                actor(ctx), ctx.pathParam("username"), role(body(ctx, RoleBody.class).role()))));
        r.add(HandlerType.POST, "/api/users/{username}/disable", Role.ADMIN, ctx -> ctx.json(server.admin().disable(
                actor(ctx), ctx.pathParam("username"))));
        r.add(HandlerType.POST, "/api/users/{username}/enable", Role.ADMIN, ctx -> ctx.json(server.admin().enable(
                actor(ctx), ctx.pathParam("username"))));
        r.add(HandlerType.PUT, "/api/users/{username}/password", Role.ADMIN, ctx -> ctx.json(server.admin()
                .resetPassword(actor(ctx), ctx.pathParam("username"), body(ctx, PasswordBody.class).password())));
        r.add(HandlerType.DELETE, "/api/users/{username}/sessions", Role.ADMIN, ctx -> {
            String name = accounts.expect(ctx.pathParam("username")).username();
            ctx.json(Map.of("username", name, "ended", server.admin().endSessions(actor(ctx), name)));
        });
        r.add(HandlerType.GET, "/api/audit", Role.ADMIN, this::audit);
    }

    private String actor(Context ctx) {
        return server.user(ctx).username();
    }

    private static Role role(String text) {
        return Role.find(text).orElseThrow(() -> DeskException.badRequest(
                "Role '" + text + "' does not exist: use admin, editor or viewer."));
    }

    /** The audit log, newest first: {@code since} a time (an instant, a day, or a time ago such as 1h), of a target. */
    private void audit(Context ctx) {
        int limit = Math.clamp(Pages.intParam(ctx.queryParam("limit")) == 0 ? 100 : Pages.intParam(ctx.queryParam("limit")), 1, 1000);
        String target = ctx.queryParam("target") == null || ctx.queryParam("target").isBlank() ? null : ctx.queryParam("target").strip();
        String since = ctx.queryParam("since");
        if (since == null || since.isBlank()) {
            ctx.json(audit.recent(target, limit));
            return;
        }
        try {
            ctx.json(audit.since(Since.parse(since, server.now()), target, limit));
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest(e.getMessage());
        }
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
        if (server.logIn(ctx, b.username(), b.password()) instanceof Accounts.Verdict.Refused refused) {
            throw new DeskException(401, refused.refusal() == Accounts.Refusal.DISABLED ? "Account disabled"
                    : "Wrong user name or password", DeskServer.refusal(refused.refusal()));
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
        byte[] bytes = Bodies.read(ctx, server.maxUploadBytes(), "send a smaller file or raise the limit.");
        if (bytes.length == 0) {
            throw DeskException.badRequest("The upload is empty: send the file's bytes as the request body.");
        }
        IngestOutcome o = service.upload(server.user(ctx), ctx.queryParam("name"), bytes);
        var out = new LinkedHashMap<String, Object>();
        out.put("source", o.source());
        switch (o) {
            case IngestOutcome.Added a -> out.putAll(Map.of("outcome", "added", "photoId", a.photo().id()));
            case IngestOutcome.Updated u -> out.putAll(Map.of("outcome", "updated", "photoId", u.photo().id()));
            case IngestOutcome.Duplicate d -> {
                out.putAll(Map.of("outcome", "duplicate", "photoId", d.photoId()));
                if (d.reason() != null) {
                    out.put("reason", d.reason());
                }
            }
            case IngestOutcome.Rejected j -> out.putAll(Map.of("outcome", "rejected", "reason", j.reason()));
        }
        ctx.status(o instanceof IngestOutcome.Added ? 201 : o instanceof IngestOutcome.Rejected ? 422 : 200).json(out);
    }

    private void importArticle(Context ctx) {
        long length = ctx.contentLength();
        if (length > EventActions.MAX_ARTICLE_BYTES) {
            throw EventActions.tooLarge(length);
        }
        byte[] bytes = Bodies.read(ctx, EventActions.MAX_ARTICLE_BYTES, "import the article alone, not a whole site.");
        List<Events.Imported> imported = events.importArticle(server.user(ctx), ctx.queryParam("name"), bytes);
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
