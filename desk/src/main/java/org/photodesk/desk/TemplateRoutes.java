package org.photodesk.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photodesk.core.account.Role;
import org.photodesk.core.template.FieldRule;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateText;

/**
 * The desk's caption template routes: the templates page (its forms work without scripts; {@code templates.js}
 * adds the live preview) and the JSON API under {@code /api/templates} and {@code /api/roster-codes}.
 */
final class TemplateRoutes {

    /** An apply: the template's name, the photos, and whether only to say what it would do. */
    record ApplyBody(String name, List<Long> photoIds, Boolean dryRun) {}

    /** A preview of a template (saved or being edited) on one photo. */
    record PreviewBody(String name, List<TemplateDesk.RuleBody> rules, Long photoId) {}

    /** The changes of an applied batch to put back. */
    record RevertBody(List<TemplateDesk.Change> changes) {}

    /** A template as the API answers it. */
    record TemplateJson(String name, List<TemplateDesk.RuleBody> rules) {
        static TemplateJson of(Template t) {
            return new TemplateJson(t.name(), t.rules().stream()
                    .map(r -> new TemplateDesk.RuleBody(r.field(), r.mode().word(), r.text())).toList());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DeskServer server;
    private final DeskService service;
    private final TemplateDesk templates;

    TemplateRoutes(DeskServer server, DeskService service) {
        this.server = server;
        this.service = service;
        this.templates = new TemplateDesk(service, server.audit());
    }

    void register(DeskServer.Router r) {
        r.add(HandlerType.GET, "/templates", Role.VIEWER, this::page);
        r.add(HandlerType.POST, "/templates", Role.EDITOR, this::saveForm);
        r.add(HandlerType.POST, "/templates/delete", Role.EDITOR, ctx -> {
            templates.delete(server.user(ctx), ctx.formParam("name"));
            ctx.redirect("/templates?deleted=1");
        });
        r.add(HandlerType.GET, "/api/templates", Role.VIEWER, ctx ->
                ctx.json(templates.list().stream().map(TemplateJson::of).toList()));
        r.add(HandlerType.POST, "/api/templates", Role.EDITOR, ctx -> {
            var body = body(ctx, TemplateDesk.TemplateBody.class);
            boolean existed = body.name() != null && service.ports().captioning().templates().find(body.name())
                    .isPresent();
            ctx.status(existed ? 200 : 201).json(TemplateJson.of(templates.save(server.user(ctx), body)));
        });
        r.add(HandlerType.DELETE, "/api/templates", Role.EDITOR, ctx -> {
            templates.delete(server.user(ctx), ctx.queryParam("name"));
            ctx.status(204);
        });
        r.add(HandlerType.POST, "/api/templates/preview", Role.VIEWER, this::preview);
        r.add(HandlerType.POST, "/api/templates/apply", Role.EDITOR, ctx -> {
            ApplyBody b = body(ctx, ApplyBody.class);
            ctx.json(templates.apply(server.user(ctx), b.name(), b.photoIds(), Boolean.TRUE.equals(b.dryRun())));
        });
        r.add(HandlerType.POST, "/api/templates/revert", Role.EDITOR, ctx ->
                ctx.json(templates.revert(server.user(ctx), body(ctx, RevertBody.class).changes())));
        r.add(HandlerType.GET, "/api/roster-codes", Role.VIEWER, ctx -> {
            long photo = Pages.intParam(ctx.queryParam("photo"));
            ctx.json(Map.of("codes", photo > 0 ? templates.codes(photo)
                    : org.photodesk.core.template.RosterCodes.of(service.ports().captioning().roster().get(), null)
                            .asMap()));
        });
    }

    private void preview(Context ctx) {
        PreviewBody b = body(ctx, PreviewBody.class);
        if (b.photoId() == null) {
            throw DeskException.badRequest("Say which photo to preview the template on: photoId.");
        }
        List<TemplateDesk.RuleBody> rules = b.rules();
        if (rules == null) {
            rules = TemplateJson.of(templates.template(b.name())).rules();
        }
        String name = b.name() == null || b.name().isBlank() ? "preview" : b.name();
        ctx.json(templates.preview(new TemplateDesk.TemplateBody(name, rules, null), b.photoId()));
    }

    private void page(Context ctx) {
        String edit = ctx.queryParam("edit");
        Template editing = edit == null || edit.isBlank() ? null : templates.template(edit);
        Map<String, FieldRule> rules = new HashMap<>();
        if (editing != null) {
            editing.rules().forEach(rule -> rules.put(rule.field(), rule));
        }
        long sample = Pages.intParam(ctx.queryParam("photo"));
        if (sample <= 0) {
            sample = service.ports().store().page(0, 1).stream().findFirst().map(p -> p.id()).orElse(0L);
        }
        var model = new HashMap<String, Object>();
        model.put("page", server.page(ctx, "Templates", "templates"));
        model.put("templates", templates.list());
        model.put("editing", editing);
        model.put("rules", rules);
        model.put("sample", sample);
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("deleted", ctx.queryParam("deleted") != null);
        model.put("modes", modes());
        model.put("variables", variables());
        server.render(ctx, "templates.jte", model);
    }

    private void saveForm(Context ctx) {
        List<TemplateDesk.RuleBody> rules = new ArrayList<>();
        for (String field : FieldRule.FIELDS) {
            String mode = ctx.formParam("mode-" + field);
            if (mode != null && !mode.isBlank()) {
                rules.add(new TemplateDesk.RuleBody(field, mode, ctx.formParam("text-" + field)));
            }
        }
        Template t = templates.save(server.user(ctx), new TemplateDesk.TemplateBody(ctx.formParam("name"), rules,
                ctx.formParam("original")));
        ctx.redirect("/templates?saved=1&edit=" + URLEncoder.encode(t.name(), StandardCharsets.UTF_8));
    }

    /** How the page names a rule's mode. */
    static Map<String, String> modes() {
        var m = new LinkedHashMap<String, String>();
        m.put("", "leave alone");
        m.put("replace", "replace");
        m.put("append", "append");
        m.put("if-empty", "only if empty");
        return m;
    }

    /** The variables, as the page lists them. */
    static String variables() {
        return String.join(" ", TemplateText.VARIABLES.stream().map(v -> "{" + v + "}").toList());
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            T value = JSON.readValue(ctx.body(), type);
            if (value == null) {
                throw DeskException.badRequest("The request body is empty: send a JSON object.");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw DeskException.badRequest("The request body is not the JSON expected (" + type.getSimpleName()
                    + "): " + e.getOriginalMessage());
        }
    }
}
