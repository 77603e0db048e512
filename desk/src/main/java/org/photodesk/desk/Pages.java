package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.account.AccountException;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.audit.Since;
import org.photodesk.core.account.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.SearchRequest;

/** The desk's HTML pages: contact sheet, photo page, galleries and admin; forms post back and redirect. */
final class Pages {

    /** Photos per contact-sheet page. */
    static final int PAGE_SIZE = 100;
    private final DeskServer server;
    private final DeskService service;
    private final Accounts accounts;
    private final AuditLog audit;

    Pages(DeskServer server, DeskService service, Accounts accounts, AuditLog audit) {
        this.server = server;
        this.service = service;
        this.accounts = accounts;
        this.audit = audit;
    }

    void register(DeskServer.Router r) {
        r.add(HandlerType.GET, "/", Role.VIEWER, this::sheet);
        r.add(HandlerType.GET, "/cards", Role.VIEWER, this::cards);
        r.add(HandlerType.GET, "/photos/{id}", Role.VIEWER, this::photo);
        r.add(HandlerType.GET, "/photos/{id}/thumb", Role.VIEWER, ctx -> image(ctx, "thumb"));
        r.add(HandlerType.GET, "/photos/{id}/preview", Role.VIEWER, ctx -> image(ctx, "preview"));
        r.add(HandlerType.GET, "/photos/{id}/original", Role.VIEWER, ctx -> image(ctx, "original"));
        r.add(HandlerType.POST, "/photos/{id}/edit", Role.EDITOR, ctx -> {
            service.edit(server.user(ctx), id(ctx), ctx.formParam("field"), ctx.formParam("value"));
            backToPhoto(ctx, "edit");
        });
        r.add(HandlerType.POST, "/photos/{id}/fields", Role.EDITOR, this::saveFields);
        r.add(HandlerType.GET, "/photos/{id}/loupe", Role.VIEWER, ctx -> {
            Photo photo = service.photo(id(ctx));
            server.render(ctx, "loupe.jte", Map.of("p", photo, "canEdit", server.page(ctx, "", "").canEdit()));
        });
        r.add(HandlerType.GET, "/compare", Role.VIEWER, ctx -> {
            List<Photo> photos = service.photos(ids(ctx.queryParam("ids")).stream().limit(4).toList());
            server.render(ctx, "compare.jte", Map.of("photos", photos));
        });
        r.add(HandlerType.POST, "/photos/{id}/fix", Role.EDITOR, ctx -> {
            service.fix(server.user(ctx), id(ctx), intParam(ctx.formParam("problem")));
            backToPhoto(ctx, "problems");
        });
        r.add(HandlerType.POST, "/photos/{id}/notices/{notice}", Role.EDITOR, ctx -> {
            service.resolveNotice(server.user(ctx), id(ctx), longPath(ctx, "notice"), ctx.formParam("choice"));
            backToPhoto(ctx, "notices");
        });
        r.add(HandlerType.POST, "/photos/{id}/undo", Role.EDITOR, ctx -> {
            service.undo(server.user(ctx), id(ctx), intParam(ctx.formParam("edit")));
            backToPhoto(ctx, "history");
        });
        r.add(HandlerType.GET, "/galleries", Role.VIEWER, this::galleries);
        r.add(HandlerType.POST, "/galleries", Role.EDITOR, ctx -> {
            var g = service.createGallery(server.user(ctx), ctx.formParam("title"), ctx.formParam("slug"),
                    ctx.formParam("intro"), ctx.formParam("event"));
            ctx.redirect("/galleries/" + g.id());
        });
        r.add(HandlerType.GET, "/galleries/{id}", Role.VIEWER, this::gallery);
        r.add(HandlerType.GET, "/galleries/{id}/preview", Role.VIEWER, ctx -> galleryPage(ctx, "gallery-preview.jte"));
        r.add(HandlerType.GET, "/galleries/{id}/page", Role.VIEWER, this::publishedPage);
        r.add(HandlerType.POST, "/galleries/{id}/add", Role.EDITOR, ctx -> {
            service.addToGallery(server.user(ctx), id(ctx), ids(ctx.formParam("ids")));
            ctx.redirect("/galleries/" + id(ctx));
        });
        r.add(HandlerType.POST, "/galleries/{id}/remove", Role.EDITOR, ctx -> {
            service.removeFromGallery(server.user(ctx), id(ctx), intParam(ctx.formParam("photo")),
                    revision(ctx.formParam("revision")));
            ctx.redirect("/galleries/" + id(ctx));
        });
        r.add(HandlerType.POST, "/galleries/quick", Role.EDITOR, this::quickGallery);
        r.add(HandlerType.POST, "/galleries/{id}/caption", Role.EDITOR, ctx -> {
            service.setGalleryCaption(server.user(ctx), id(ctx), intParam(ctx.formParam("photo")), ctx.formParam("caption"),
                    revision(ctx.formParam("revision")));
            ctx.redirect("/galleries/" + id(ctx));
        });
        r.add(HandlerType.POST, "/galleries/{id}/publish", Role.EDITOR, ctx -> {
            try {
                var g = service.publish(server.user(ctx), id(ctx), "true".equals(ctx.formParam("force")),
                        java.util.Optional.ofNullable(ctx.formParam("acknowledged")), revision(ctx.formParam("revision")));
                ctx.redirect("/galleries/" + g.id() + "?published=1");
            } catch (PublishRefusedException e) {
                ctx.redirect("/galleries/" + id(ctx) + "?refused=1#publish-confirm");
            } catch (DeskException e) {
                if (e.status() != 409 || !e.extensions().containsKey("blocking")) {
                    throw e;
                }
                ctx.redirect("/galleries/" + id(ctx) + "?blocked=1#checks");
            }
        });
        r.add(HandlerType.POST, "/galleries/{id}/unpublish", Role.EDITOR, ctx -> {
            service.unpublishGallery(server.user(ctx), id(ctx));
            ctx.redirect("/galleries/" + id(ctx) + "?unpublished=1");
        });
        r.add(HandlerType.POST, "/galleries/{id}/delete", Role.EDITOR, ctx -> {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                throw DeskException.badRequest("Tick 'delete this gallery' to confirm: deleting cannot be undone.");
            }
            service.deleteGallery(server.user(ctx), id(ctx));
            ctx.redirect("/galleries?deleted=1");
        });
        r.add(HandlerType.GET, "/admin/users", Role.ADMIN, ctx -> users(ctx, ""));
        r.add(HandlerType.POST, "/admin/users", Role.ADMIN, ctx -> userChange(ctx, () -> new Done("created",
                server.admin().create(actor(ctx), ctx.formParam("username"), ctx.formParam("password"),
                        Role.find(ctx.formParam("role")).orElse(Role.VIEWER)).username(), 0)));
        r.add(HandlerType.POST, "/admin/users/{name}/role", Role.ADMIN, ctx -> userChange(ctx, () -> {
            Role role = Role.find(ctx.formParam("role")).orElseThrow(() -> new AccountException(
                    AccountException.Kind.INVALID, "Role '" + ctx.formParam("role")
                            + "' does not exist: choose admin, editor or viewer."));
            return new Done("role", server.admin().setRole(actor(ctx), ctx.pathParam("name"), role).username(), 0);
        }));
        r.add(HandlerType.POST, "/admin/users/{name}/disable", Role.ADMIN, ctx -> userChange(ctx, () ->
                new Done("disabled", server.admin().disable(actor(ctx), ctx.pathParam("name")).username(), 0)));
        r.add(HandlerType.POST, "/admin/users/{name}/enable", Role.ADMIN, ctx -> userChange(ctx, () ->
                new Done("enabled", server.admin().enable(actor(ctx), ctx.pathParam("name")).username(), 0)));
        r.add(HandlerType.POST, "/admin/users/{name}/password", Role.ADMIN, ctx -> userChange(ctx, () ->
                new Done("password", server.admin().resetPassword(actor(ctx), ctx.pathParam("name"),
                        ctx.formParam("password")).username(), 0)));
        r.add(HandlerType.POST, "/admin/users/{name}/sessions/end", Role.ADMIN, ctx -> userChange(ctx, () -> {
            int ended = server.admin().endSessions(actor(ctx), ctx.pathParam("name"));
            return new Done("sessions", accounts.expect(ctx.pathParam("name")).username(), ended);
        }));
        r.add(HandlerType.GET, "/admin/audit", Role.ADMIN, this::audit);
    }

    /**
     * Makes a gallery in one step: from the selection ({@code from=selection}, the ids in {@code ids}) or from the
     * first {@value #QUICK_LIMIT} photos of the sheet's query ({@code from=query}, the sheet's own parameters).
     */
    private void quickGallery(Context ctx) {
        List<Long> ids = "query".equals(ctx.formParam("from"))
                ? service.sheet(new SheetQuery(ctx.formParam("q"), formFacets(ctx), sort(ctx.formParam("sort")), 0,
                        QUICK_LIMIT)).photos().stream().map(Photo::id).toList()
                : ids(ctx.formParam("ids"));
        if (ids.isEmpty()) {
            throw DeskException.badRequest("No photos to put in the gallery: select some on the contact sheet (Space),"
                    + " or search for them and choose 'New gallery from this search'.");
        }
        String title = ctx.formParam("title");
        var g = service.createGallery(server.user(ctx), title == null || title.isBlank()
                ? "Gallery of " + java.time.LocalDate.now(java.time.ZoneId.systemDefault()) : title, null, null, null);
        service.setGalleryPhotos(server.user(ctx), g.id(), ids, OptionalLong.of(g.revision()));
        ctx.redirect("/galleries/" + g.id());
    }

    /**
     * Saves the photo page's editor with its single Save: every field at once, refused when the photo changed since
     * the page showed version {@code version}; then the photo page again, or photo {@code next} (Ctrl+Enter).
     */
    private void saveFields(Context ctx) {
        var values = new LinkedHashMap<String, String>();
        for (String f : Fields.EDITABLE) {
            if (ctx.formParam(f) != null) {
                values.put(f, ctx.formParam(f));
            }
        }
        if (ctx.formParam("labels") != null) {
            values.put("labels", ctx.formParam("labels"));
        }
        String seen = ctx.formParam("version");
        service.editFields(server.user(ctx), id(ctx), values, seen == null || seen.isBlank()
                ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(intParam(seen)));
        String next = ctx.formParam("next");
        if (next != null && next.matches("\\d{1,18}")) {
            ctx.redirect("/photos/" + next + "#edit");
        } else {
            ctx.redirect("/photos/" + id(ctx) + "?saved=1#edit");
        }
    }

    /** The most photos a gallery made from a query takes: the first page of the sheet. */
    static final int QUICK_LIMIT = PAGE_SIZE;

    private static Map<String, List<String>> formFacets(Context ctx) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        SheetQuery.FACETS.forEach(f -> facets.put(f, ctx.formParams(f)));
        return facets;
    }

    /** What an admin's change of an account did, for the notice on the users page: a code, whom, how many. */
    private record Done(String what, String username, int count) {}

    private String actor(Context ctx) {
        return server.user(ctx).username();
    }

    /**
     * Runs an admin's change of an account and shows the users page again: with a notice of what was done (after a
     * redirect, so that reloading does not post again), or with what was refused and why.
     */
    private void userChange(Context ctx, java.util.function.Supplier<Done> change) {
        Done done;
        try {
            done = change.get();
        } catch (AccountException e) {
            ctx.status(DeskServer.status(e));
            users(ctx, e.getMessage());
            return;
        }
        ctx.redirect("/admin/users?done=" + done.what() + "&user=" + done.username() + "&n=" + done.count()
                + "#user-" + done.username());
    }

    /** The notice for a change done, from the query string; the text is ours, only the name comes from there. */
    private String notice(Context ctx) {
        String user = ctx.queryParam("user") == null ? "" : ctx.queryParam("user");
        if (!user.matches("[A-Za-z0-9._-]{1,40}")) {
            return "";
        }
        var u = accounts.find(user);
        String n = ctx.queryParam("n") == null ? "0" : ctx.queryParam("n");
        return switch (ctx.queryParam("done") == null ? "" : ctx.queryParam("done")) {
            case "created" -> u.map(x -> "Created " + x.username() + ", " + article(x.role()) + ".").orElse("");
            case "role" -> u.map(x -> x.username() + " is now " + article(x.role()) + ".").orElse("");
            case "disabled" -> user + " is disabled and logged out everywhere.";
            case "enabled" -> user + " is enabled again.";
            case "password" -> user + " has a new password and is logged out everywhere.";
            case "sessions" -> user + " is logged out everywhere (" + (n.matches("\\d{1,6}") ? n : "0")
                    + ("1".equals(n) ? " session" : " sessions") + " ended).";
            default -> "";
        };
    }

    private static String article(Role role) {
        return (role == Role.ADMIN ? "an " : "a ") + role.id();
    }

    private void users(Context ctx, String error) {
        int status = ctx.statusCode();
        server.render(ctx, "users.jte", Map.of("page", server.page(ctx, "Users", "users"), "users", accounts.list(),
                "me", actor(ctx), "error", error, "done", error.isEmpty() ? notice(ctx) : ""));
        ctx.status(status);
    }

    /** The audit log, newest first: the newest 500 entries, or those since a time and of a target when asked. */
    private void audit(Context ctx) {
        String since = ctx.queryParam("since") == null ? "" : ctx.queryParam("since").strip();
        String target = ctx.queryParam("target") == null ? "" : ctx.queryParam("target").strip();
        String error = "";
        List<AuditLog.Entry> entries;
        try {
            entries = since.isEmpty() ? audit.recent(target.isEmpty() ? null : target, 500)
                    : audit.since(Since.parse(since, server.now()), target.isEmpty() ? null : target, 500);
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
            entries = List.of();
            ctx.status(400);
        }
        int status = ctx.statusCode();
        server.render(ctx, "audit.jte", Map.of("page", server.page(ctx, "Audit log", "audit"), "entries", entries,
                "since", since, "target", target, "error", error));
        ctx.status(status);
    }

    private void sheet(Context ctx) {
        DeskService.Sheet sheet = service.sheet(sheetQuery(ctx));
        List<Long> ids = sheet.photos().stream().map(Photo::id).toList();
        server.render(ctx, "sheet.jte", Map.of("page", server.page(ctx, "Contact sheet", "sheet"), "sheet", sheet,
                "galleries", service.ports().galleries().list(),
                "noticed", service.ports().store().withPendingNotices(ids), "stacks", service.ports().stacks().of(ids)));
    }

    /** The sheet asked for by the query string: {@code q}, facet values, {@code sort} and {@code offset}. */
    static SheetQuery sheetQuery(Context ctx) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        SheetQuery.FACETS.forEach(f -> facets.put(f, ctx.queryParams(f)));
        return new SheetQuery(ctx.queryParam("q"), facets, sort(ctx.queryParam("sort")), intParam(ctx.queryParam("offset")), PAGE_SIZE);
    }

    static SearchRequest.Sort sort(String text) {
        return Arrays.stream(SearchRequest.Sort.values()).filter(s -> s.name().equalsIgnoreCase(text)).findFirst()
                .orElse(SearchRequest.Sort.INGESTED);
    }

    private void cards(Context ctx) {
        List<Photo> photos = service.listed(ids(ctx.queryParam("ids")));
        List<Long> shown = photos.stream().map(Photo::id).toList();
        server.render(ctx, "cards.jte", Map.of("photos", photos,
                "noticed", service.ports().store().withPendingNotices(shown), "stacks", service.ports().stacks().of(shown)));
    }

    private void photo(Context ctx) {
        long id = id(ctx);
        Photo photo = service.photo(id);
        server.render(ctx, "photo.jte", Map.of("page", server.page(ctx, "Photo " + id, "photo"), "photo", photo,
                "edits", service.ports().editing().edits(id).reversed(), "versions", service.ports().store().history(id),
                "notices", service.notices(id)));
    }

    private void galleries(Context ctx) {
        server.render(ctx, "galleries.jte", Map.of("page", server.page(ctx, "Galleries", "galleries"),
                "galleries", service.ports().galleries().list(), "imported", intParam(ctx.queryParam("imported")),
                "deleted", "1".equals(ctx.queryParam("deleted"))));
    }

    private void gallery(Context ctx) {
        galleryPage(ctx, "gallery.jte");
    }

    private void galleryPage(Context ctx, String template) {
        Galleries.Gallery g = service.gallery(id(ctx));
        List<Photo> photos = service.photos(g.items().stream().map(Galleries.Item::photoId).toList());
        var checks = service.ports().galleries().check(g.id());
        server.render(ctx, template, Map.ofEntries(Map.entry("page", server.page(ctx, g.title(), "galleries")),
                Map.entry("gallery", g), Map.entry("outgoing", service.ports().galleries().outgoing(g.id())),
                Map.entry("photos", photos), Map.entry("checks", checks),
                Map.entry("acknowledged", Galleries.fingerprint(checks)),
                Map.entry("published", "1".equals(ctx.queryParam("published"))),
                Map.entry("imported", "1".equals(ctx.queryParam("imported"))),
                Map.entry("refused", "1".equals(ctx.queryParam("refused"))),
                Map.entry("blocked", "1".equals(ctx.queryParam("blocked"))),
                Map.entry("unpublished", "1".equals(ctx.queryParam("unpublished")))));
    }

    /**
     * The page publishing the gallery now would write, with the desk's pictures, under the published pages' policy
     * (their own inline style, no script; framed by the desk only): the gallery editor's phone preview shows it.
     */
    private void publishedPage(Context ctx) {
        Galleries.Gallery g = service.gallery(id(ctx));
        String html = service.ports().galleries().page(g.id()).orElseThrow(() -> DeskException.notFound(
                "Gallery " + g.id() + " has no page to preview here: publish it, or open its preview."));
        ctx.header("Content-Security-Policy", PublishedFiles.PUBLISHED_POLICY);
        ctx.html(html);
    }

    /** The edit revision a form or request says its editor saw: empty when not given. */
    static OptionalLong revision(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long r = Long.parseLong(text.strip());
            if (r >= 0) {
                return OptionalLong.of(r);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw DeskException.badRequest("Revision '" + text + "' is not valid: send the whole number 'revision' of the "
                + "gallery as you read it (GET /api/galleries/{id}), or leave it out.");
    }

    private void image(Context ctx, String kind) throws IOException {
        Photo photo = service.photo(id(ctx));
        Optional<byte[]> rendition = "original".equals(kind) ? Optional.empty()
                : service.ports().renditions().rendition(photo.sha256(), kind);
        // Keyed by the photo's id, which an agency re-send keeps. Like every authenticated answer it is not stored
        // (Cache-Control: no-store, see DeskServer), but a client that kept it may revalidate: the tag (the
        // content's SHA-256) answers 304 until the picture itself changes.
        String tag = "\"" + photo.sha256() + "-" + kind + "\"";
        ctx.header("ETag", tag);
        if (tag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        if (rendition.isPresent()) {
            ctx.contentType("image/jpeg");
            ctx.result(rendition.get());
            return;
        }
        ctx.contentType(photo.mediaType() == null ? "application/octet-stream" : photo.mediaType());
        try (InputStream in = service.ports().blobs().open(photo.sha256())) {
            ctx.result(in.readAllBytes());
        }
    }

    private static void backToPhoto(Context ctx, String anchor) {
        ctx.redirect("/photos/" + id(ctx) + "#" + anchor);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw DeskException.notFound("'" + ctx.pathParam("id") + "' is not a number: ids are whole numbers such as 12.");
        }
    }

    /** A whole-number path parameter, such as a notice's id. */
    static long longPath(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw DeskException.notFound("'" + ctx.pathParam(name) + "' is not a number: " + name
                    + " ids are whole numbers such as 3.");
        }
    }

    static int intParam(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw DeskException.badRequest("'" + text + "' is not a whole number.");
        }
    }

    /** Ids from a comma-separated list such as {@code 3,7,12}; at most 500. */
    static List<Long> ids(String text) {
        var out = new ArrayList<Long>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank() && out.size() < 500) {
                try {
                    out.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    throw DeskException.badRequest("'" + part + "' is not a photo id: send ids such as 3,7,12.");
                }
            }
        }
        return out;
    }
}
