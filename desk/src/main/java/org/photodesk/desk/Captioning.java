package org.photodesk.desk;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.library.Library;
import org.photodesk.core.template.RosterCodes;
import org.photodesk.core.template.TemplateStore;

/**
 * What the desk's captioning works from besides the photos: the library's caption templates and the events'
 * rosters, whose short codes ({@code \mm3\}) expand while an editor types.
 *
 * @param roster every roster name of every event, read on each call
 */
public record Captioning(TemplateStore templates, Supplier<List<RosterName>> roster) {

    public Captioning {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(roster, "roster");
    }

    /** No templates and no rosters. */
    public static Captioning none() {
        return new Captioning(TemplateStore.NONE, List::of);
    }

    /** The templates and rosters of {@code library}. */
    public static Captioning of(Library library) {
        return new Captioning(library.templates(), () -> library.events().roster());
    }

    /** The roster codes for a photo of event {@code event} (that event's codes win a clash; may be null). */
    public RosterCodes codes(String event) {
        return RosterCodes.of(roster.get(), event);
    }
}
