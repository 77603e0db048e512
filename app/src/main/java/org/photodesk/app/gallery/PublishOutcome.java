package org.photodesk.app.gallery;

import java.nio.file.Path;
import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.Gallery;

/** What became of a request to publish a gallery: {@code Published | Refused | NotFound}. */
public sealed interface PublishOutcome {

    /** Written to {@code folder}; {@code report} lists what was forced past (empty when the checks passed). */
    record Published(Gallery gallery, Path folder, int photos, CheckReport report) implements PublishOutcome {}

    /** Not published because the checks found problems and publishing was not forced. */
    record Refused(Gallery gallery, CheckReport report) implements PublishOutcome {}

    /** No gallery has this slug. */
    record NotFound(String slug) implements PublishOutcome {}
}
