package org.photodesk.desk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.photodesk.core.account.User;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.photo.MetadataFields;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.template.FieldRule;
import org.photodesk.core.template.FillMode;
import org.photodesk.core.template.RosterCodes;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateApplier;
import org.photodesk.core.template.TemplateText;

/**
 * The desk's caption templates: keep them (audited as {@code template.save} and {@code template.delete}), preview
 * one on a photo, and apply one to a selection ({@code template.apply}), each field it changes an ordinary edit
 * through the domain editor (audited as {@code edit}, undoable in the photo's history); a whole batch can be reverted at once while nobody
 * has changed its fields since.
 */
final class TemplateDesk {

    /** The most photos one apply takes. */
    static final int MAX_PHOTOS = 1000;

    /** A rule as the API sends it. */
    record RuleBody(String field, String mode, String text) {}

    /** A template as the API sends it; {@code original} renames the template of that name. */
    record TemplateBody(String name, List<RuleBody> rules, String original) {}

    /** One field one template application changed on one photo. */
    record Change(long photoId, String field, String before, String after) {}

    /**
     * What applying (or, with {@code dryRun}, planning) a template to photos did: the photos asked for, how many
     * it changes and how many fields, every change, and what the photos lacked.
     */
    record Batch(String template, boolean dryRun, int photos, int photosChanged, int fieldsChanged,
            List<Change> changes, List<String> warnings, List<Long> missing) {}

    /** A template's effect on one photo, with the problems of its text. */
    record Preview(long photoId, List<Change> changes, List<String> warnings, List<TemplateText.Problem> problems,
            Map<String, String> fields) {}

    /** What reverting a batch did: fields put back, and fields left alone because they changed since. */
    record Reverted(int reverted, int skipped) {}

    private final DeskService service;
    private final AuditLog audit;

    TemplateDesk(DeskService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    private Captioning captioning() {
        return service.ports().captioning();
    }

    List<Template> list() {
        return captioning().templates().list();
    }

    Template template(String name) {
        return captioning().templates().find(name).orElseThrow(() -> DeskException.notFound("There is no template "
                + "named '" + name + "': see the templates page for the ones there are."));
    }

    /** {@code body} as a template, refused (400) with every problem of its text. */
    static Template template(TemplateBody body) {
        if (body == null || body.name() == null || body.name().isBlank()) {
            throw DeskException.badRequest("The template has no name: give it one, such as 'Match final'.");
        }
        try {
            List<FieldRule> rules = new ArrayList<>();
            for (RuleBody r : body.rules() == null ? List.<RuleBody>of() : body.rules()) {
                if (r != null && r.field() != null && r.mode() != null && !r.mode().isBlank()) {
                    rules.add(new FieldRule(r.field(), FillMode.of(r.mode()), limited(r.text())));
                }
            }
            return new Template(body.name(), rules);
        } catch (IllegalArgumentException e) {
            throw DeskException.badRequest("The template was not saved: " + e.getMessage() + ".");
        }
    }

    private static String limited(String text) {
        if (text != null && text.length() > DeskService.MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("a rule's text is " + text.length() + " characters long: keep it under "
                    + DeskService.MAX_FIELD_LENGTH);
        }
        return text;
    }

    /** Saves the template {@code body} gives (replacing one of its name, or renaming {@code original}). */
    Template save(User user, TemplateBody body) {
        DeskService.requireEditor(user);
        Template t = template(body);
        if (t.rules().isEmpty()) {
            throw DeskException.badRequest("Template '" + t.name() + "' fills no field: choose a mode for at least one.");
        }
        List<TemplateText.Problem> problems = t.problems();
        if (!problems.isEmpty()) {
            throw DeskException.badRequest("Template '" + t.name() + "' was not saved: " + String.join("; ",
                    problems.stream().map(TemplateText.Problem::message).toList()) + ".");
        }
        var store = captioning().templates();
        store.save(t);
        String original = body.original() == null ? "" : body.original().strip();
        if (!original.isEmpty() && !original.equals(t.name())) {
            store.remove(original);
        }
        audit.record(user.username(), "template.save", "template/" + t.name(), null, null,
                org.photodesk.core.template.TemplateJson.write(t.rules()));
        return t;
    }

    /** Deletes template {@code name}. */
    void delete(User user, String name) {
        DeskService.requireEditor(user);
        Template t = template(name);
        captioning().templates().remove(t.name());
        audit.record(user.username(), "template.delete", "template/" + t.name(), null,
                org.photodesk.core.template.TemplateJson.write(t.rules()), null);
    }

    /** What {@code body} (saved or not) would do to photo {@code photoId}. */
    Preview preview(TemplateBody body, long photoId) {
        Template t = template(body);
        Photo photo = service.photo(photoId);
        var plan = TemplateApplier.plan(t, photo, codes(photo));
        return new Preview(photoId, changes(plan), plan.warnings(), t.problems(),
                TemplateApplier.variables(photo));
    }

    /** Applies template {@code name} to {@code ids} as {@code user}; with {@code dryRun}, only says what it would do. */
    Batch apply(User user, String name, List<Long> ids, boolean dryRun) {
        if (!dryRun) {
            DeskService.requireEditor(user);
        }
        Template t = template(name);
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids == null ? List.of() : ids));
        if (wanted.isEmpty()) {
            throw DeskException.badRequest("No photos to apply template '" + t.name() + "' to: select some first.");
        }
        if (wanted.size() > MAX_PHOTOS) {
            throw DeskException.badRequest("Template '" + t.name() + "' was asked for " + wanted.size()
                    + " photos: apply it to at most " + MAX_PHOTOS + " at a time.");
        }
        List<Photo> photos = service.ports().store().findByIds(wanted);
        List<Long> missing = new ArrayList<>(wanted);
        missing.removeAll(photos.stream().map(Photo::id).toList());
        List<Change> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int changed = 0;
        for (Photo p : photos) {
            var plan = TemplateApplier.plan(t, p, codes(p));
            warnings.addAll(plan.warnings());
            if (!plan.unchanged()) {
                changed++;
                changes.addAll(dryRun ? changes(plan) : made(user, plan));
            }
        }
        if (!dryRun && !changes.isEmpty()) {
            audit.record(user.username(), "template.apply", "template/" + t.name(), null, null,
                    changes.size() + " fields on " + changed + " photos");
        }
        return new Batch(t.name(), dryRun, photos.size(), changed, changes.size(), changes, warnings, missing);
    }

    /** Makes the changes of {@code plan}: one audited edit per field, then the photo re-indexed. */
    private List<Change> made(User user, TemplateApplier.PhotoPlan plan) {
        for (var c : plan.changes()) {
            service.ports().editing().edit(plan.photoId(), c.field(), c.after(), user.username());
            audit.record(user.username(), "edit", "photo/" + plan.photoId(), c.field(), c.before(), c.after());
        }
        service.ports().reindex().accept(plan.photoId());
        return changes(plan);
    }

    /** Puts back the text each of {@code changes} replaced, where the field still has the text it was given. */
    Reverted revert(User user, List<Change> changes) {
        DeskService.requireEditor(user);
        int reverted = 0;
        int skipped = 0;
        var touched = new LinkedHashSet<Long>();
        for (Change c : changes == null ? List.<Change>of() : changes) {
            if (c == null || !FieldRule.FIELDS.contains(c.field())) {
                skipped++;
                continue;
            }
            var photo = service.ports().store().findById(c.photoId());
            if (photo.isEmpty() || !Objects.equals(MetadataFields.get(photo.get().metadata(), c.field()), c.after())) {
                skipped++;
                continue;
            }
            service.ports().editing().edit(c.photoId(), c.field(), c.before(), user.username());
            audit.record(user.username(), "edit", "photo/" + c.photoId(), c.field(), c.after(), c.before());
            touched.add(c.photoId());
            reverted++;
        }
        touched.forEach(id -> service.ports().reindex().accept(id));
        return new Reverted(reverted, skipped);
    }

    /** The roster codes for photo {@code id}, code to name. */
    Map<String, String> codes(long id) {
        return codes(service.photo(id)).asMap();
    }

    private RosterCodes codes(Photo p) {
        return captioning().codes(p.metadata().event());
    }

    private static List<Change> changes(TemplateApplier.PhotoPlan plan) {
        return plan.changes().stream().map(c -> new Change(plan.photoId(), c.field(), c.before(), c.after())).toList();
    }
}
