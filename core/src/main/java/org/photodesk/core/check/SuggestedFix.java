package org.photodesk.core.check;

import org.photodesk.core.photo.MetadataFields;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;

/**
 * The edit that applies a problem's suggested fix: the field the problem is in, and that field's text with the
 * fix put over the span the problem covers (or the fix alone when it covers no span).
 *
 * @param problem the problem fixed
 * @param field the {@link MetadataFields} name of the field to edit
 * @param text the field's text after the fix
 */
public record SuggestedFix(Problem problem, String field, String text) {

    /**
     * The fix of problem number {@code index} (0 first) of {@code photo}, whose problems must be current (see
     * {@link CurrentProblems}).
     *
     * @throws IllegalArgumentException when there is no such problem, or it suggests no fix
     * @throws IllegalStateException when the field changed since the problem was found (its span no longer fits)
     */
    public static SuggestedFix of(Photo photo, int index) {
        if (index < 0 || index >= photo.problems().size()) {
            throw new IllegalArgumentException("photo " + photo.id() + " has no problem number " + (index + 1)
                    + (photo.problems().isEmpty() ? ": it has no problems" : ": it has " + photo.problems().size()
                    + " (see 'photodesk show " + photo.id() + "')"));
        }
        Problem p = photo.problems().get(index);
        if (p.fix() == null || p.field() == null || !MetadataFields.isField(p.field())) {
            throw new IllegalArgumentException("problem '" + p.code() + "' has no suggested fix: edit the field by hand");
        }
        String current = MetadataFields.get(photo.metadata(), p.field());
        return new SuggestedFix(p, p.field(), p.span() == null ? p.fix() : apply(current == null ? "" : current,
                p.span(), p.fix()));
    }

    /**
     * {@code text} with {@code fix} put over {@code span}.
     *
     * @throws IllegalStateException when the span reaches past the text (it changed since the problem was found)
     */
    public static String apply(String text, Problem.Span span, String fix) {
        if (span.end() > text.length()) {
            throw new IllegalStateException("the field changed since the problem was found: check the photo again");
        }
        return text.substring(0, span.start()) + fix + text.substring(span.end());
    }
}
