package org.photodesk.core.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.photodesk.core.photo.MetadataFields;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Applies a {@link Template} to photos: {@link #plan} decides, from each photo's own fields, the text each rule
 * gives (variables filled in, roster codes expanded) and which fields that changes; {@link #apply} makes those
 * changes as ordinary edits through the domain's {@link PhotoEditor}, so that each is in the photo's history, can be
 * undone, and survives agency re-sends like any editor's edit.
 *
 * <p>Modes: {@code replace} sets the field (a rule whose text comes out empty because the photo lacks its
 * variables leaves the field alone, with a warning); {@code if-empty} sets it only when blank; {@code append} adds
 * the text after a space (list fields: the items not there yet), and never adds it twice.
 */
public final class TemplateApplier {

    /** One field a template changes on one photo. */
    public record FieldChange(String field, String before, String after) {}

    /**
     * What a template does to one photo, decided at {@code version}.
     *
     * @param warnings what the photo lacked ("photo 12 has no city for {city}"), for the editor to check
     */
    public record PhotoPlan(long photoId, int version, List<FieldChange> changes, List<String> warnings) {
        public PhotoPlan {
            changes = List.copyOf(changes);
            warnings = List.copyOf(warnings);
        }

        /** Whether the template changes nothing on this photo. */
        public boolean unchanged() {
            return changes.isEmpty();
        }
    }

    private TemplateApplier() {}

    /** What {@code template} does to {@code photo}, with {@code codes} expanded in the text it sets. */
    public static PhotoPlan plan(Template template, Photo photo, RosterCodes codes) {
        Objects.requireNonNull(template, "template");
        Map<String, String> values = variables(photo);
        List<FieldChange> changes = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        PhotoMetadata metadata = photo.metadata();
        for (FieldRule rule : template.rules()) {
            String before = MetadataFields.get(metadata, rule.field());
            String text = render(TemplateText.parse(rule.text()), values, codes, photo.id(), warnings);
            String after = fill(rule, before, text, photo.id(), warnings);
            after = after == null || after.isBlank() ? null : after;
            if (!Objects.equals(blankToNull(before), after)) {
                metadata = MetadataFields.set(metadata, rule.field(), after);
                String stored = MetadataFields.get(metadata, rule.field());
                if (!Objects.equals(before, stored)) {
                    changes.add(new FieldChange(rule.field(), before, stored));
                }
            }
        }
        return new PhotoPlan(photo.id(), photo.version(), changes, List.copyOf(warnings));
    }

    /** The plans of {@code template} for each of {@code photos}, in order. */
    public static List<PhotoPlan> plan(Template template, List<Photo> photos, RosterCodes codes) {
        return photos.stream().map(p -> plan(template, p, codes)).toList();
    }

    /**
     * Makes the changes of {@code plan} as {@code user}'s edits, one per field, through {@code editor}; returns the
     * photo as it then is.
     */
    public static Photo apply(PhotoPlan plan, PhotoEditor editor, String user) {
        Photo photo = null;
        for (FieldChange c : plan.changes()) {
            photo = editor.edit(plan.photoId(), c.field(), c.after(), user);
        }
        return photo;
    }

    /**
     * The values of the variables for {@code photo}, from its current fields; absent values are missing from the map.
     * {@code {agency}} is the agency the photo came from as the desk knows it, else its source, else its credit.
     */
    public static Map<String, String> variables(Photo photo) {
        PhotoMetadata m = photo.metadata();
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "city", m.city());
        put(v, "state", m.state());
        put(v, "country", m.country());
        put(v, "sublocation", m.sublocation());
        if (m.dateCreated() != null) {
            put(v, "date", ApDates.date(m.dateCreated().date()));
            put(v, "weekday", ApDates.weekday(m.dateCreated().date()));
            put(v, "year", Integer.toString(m.dateCreated().date().getYear()));
        }
        put(v, "byline", m.byline() == null ? null : String.join(", ", m.byline()));
        put(v, "credit", m.credit());
        put(v, "agency", firstOf(photo.agency(), m.source(), m.credit()));
        put(v, "headline", m.headline());
        put(v, "event", m.event());
        return v;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void put(Map<String, String> v, String name, String value) {
        if (value != null && !value.isBlank()) {
            v.put(name, value.strip());
        }
    }

    /** The text of {@code parsed} for one photo: variables filled (missing ones blank), codes expanded, tidied. */
    static String render(TemplateText parsed, Map<String, String> values, RosterCodes codes, long photoId,
            Set<String> warnings) {
        StringBuilder out = new StringBuilder();
        boolean missing = false;
        for (TemplateText.Part part : parsed.parts()) {
            switch (part) {
                case TemplateText.Literal l -> out.append(l.text());
                case TemplateText.Variable var -> {
                    String value = values.get(var.name());
                    if (value == null) {
                        missing = true;
                        warnings.add("photo " + photoId + " has no " + describe(var.name()) + " for {" + var.name()
                                + "}: left blank");
                    } else {
                        out.append(value);
                    }
                }
            }
        }
        String text = codes.expand(out.toString());
        return missing ? tidy(text) : text.strip();
    }

    /** The field a variable comes from, for warnings. */
    private static String describe(String variable) {
        return switch (variable) {
            case "date", "weekday", "year" -> "date created";
            case "agency" -> "source or credit";
            default -> variable;
        };
    }

    /**
     * Text with the gaps a blank variable leaves closed: doubled spaces, a space before a comma, a doubled comma, a
     * comma before a dash, leading and trailing commas.
     */
    static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.;:])", "$1").replaceAll("([,;])(?:\\s*[,;])+", "$1")
                .replaceAll("[,;]\\s+([–—])", " $1")
                .replaceAll("^[\\s,;]+", "").replaceAll("[\\s,;]+$", "").strip();
    }

    private static String fill(FieldRule rule, String before, String text, long photoId, Set<String> warnings) {
        boolean empty = before == null || before.isBlank();
        return switch (rule.mode()) {
            case REPLACE -> {
                if (text.isEmpty() && !rule.text().isBlank()) {
                    warnings.add("photo " + photoId + ": the " + rule.field() + " came out empty, so it was kept");
                    yield before;
                }
                yield text;
            }
            case IF_EMPTY -> empty ? text : before;
            case APPEND -> empty ? text : append(rule, before, text);
        };
    }

    private static String append(FieldRule rule, String before, String text) {
        if (text.isEmpty()) {
            return before;
        }
        if (rule.isList()) {
            Set<String> items = new LinkedHashSet<>(items(before));
            items.addAll(items(text));
            return String.join(", ", items);
        }
        String b = before.stripTrailing();
        return b.endsWith(text) ? before : b + " " + text;
    }

    private static List<String> items(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
