package org.photodesk.desk;

import org.photodesk.core.account.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.photodesk.core.event.Event;

/** The desk's event pages (the events list and an event's sheet, with the editors' forms) and the article import form. */
final class EventPages {

    private final DeskServer server;
    private final EventActions actions;
    private final DeskService service;

    EventPages(DeskServer server, EventActions actions, DeskService service) {
        this.server = server;
        this.actions = actions;
        this.service = service;
    }

    void register(DeskServer.Router r) {
        r.add(HandlerType.GET, "/events", Role.VIEWER, this::list);
        r.add(HandlerType.GET, "/events/{id}", Role.VIEWER, this::sheet);
        r.add(HandlerType.POST, "/events/{id}/rename", Role.EDITOR, ctx ->
                toEvent(ctx, actions.rename(server.user(ctx), ctx.pathParam("id"), ctx.formParam("name"))));
        r.add(HandlerType.POST, "/events/{id}/merge", Role.EDITOR, ctx ->
                toEvent(ctx, actions.merge(server.user(ctx), ctx.pathParam("id"), ctx.formParam("other"))));
        r.add(HandlerType.POST, "/events/{id}/split", Role.EDITOR, ctx ->
                toEvent(ctx, actions.split(server.user(ctx), ctx.pathParam("id"), ctx.formParams("member"),
                        ctx.formParam("name"))));
        r.add(HandlerType.POST, "/articles", Role.EDITOR, this::importArticle);
    }

    private void list(Context ctx) {
        server.render(ctx, "events.jte", Map.of("page", server.page(ctx, "Events", "events"), "events", actions.list()));
    }

    private void sheet(Context ctx) {
        Event event = actions.event(ctx.pathParam("id"));
        var view = EventSheetView.of(event, actions.sheet(event.id()), actions.port());
        server.render(ctx, "event.jte", Map.of("page", server.page(ctx, event.name(), "events"), "view", view,
                "changed", ctx.queryParam("changed") != null, "photos", service.listed(photoIds(event, view))));
    }

    /** The event's photos for its sheet: its photo members, then the library photos its captions name, once each. */
    static List<Long> photoIds(Event event, EventSheetView view) {
        var ids = new java.util.LinkedHashSet<Long>();
        for (String member : event.memberIds()) {
            if (member.startsWith("photo:") && member.substring(6).matches("\\d{1,18}")) {
                ids.add(Long.parseLong(member.substring(6)));
            }
        }
        ids.addAll(view.photos().values());
        return List.copyOf(ids);
    }

    private void importArticle(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw DeskException.badRequest("Choose an article file to import (plain text, HTML or RSS).");
        }
        if (file.size() > EventActions.MAX_ARTICLE_BYTES) {
            throw EventActions.tooLarge(file.size());
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes((int) EventActions.MAX_ARTICLE_BYTES + 1);
        }
        if (bytes.length > EventActions.MAX_ARTICLE_BYTES) {
            throw EventActions.tooLarge(bytes.length);
        }
        List<Events.Imported> imported = actions.importArticle(server.user(ctx), file.filename(), bytes);
        ctx.redirect(imported.size() == 1 ? "/galleries/" + imported.getFirst().galleryId() + "?imported=1"
                : "/galleries?imported=" + imported.size());
    }

    private static void toEvent(Context ctx, Event e) {
        ctx.redirect("/events/" + URLEncoder.encode(e.id(), StandardCharsets.UTF_8) + "?changed=1");
    }
}
