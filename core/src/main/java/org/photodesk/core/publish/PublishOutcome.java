package org.photodesk.core.publish;

import org.photodesk.core.gallery.CheckReport;
import org.photodesk.core.gallery.Gallery;

/** What became of a request to publish a gallery: {@code Published | Refused | Blocked | NotFound}. */
public sealed interface PublishOutcome {

    /**
     * Live at {@code location} (a folder or an address, for messages); {@code report} lists what was forced past
     * (empty when the checks passed).
     */
    record Published(Gallery gallery, String location, int photos, CheckReport report) implements PublishOutcome {}

    /** Not published because the checks found problems and publishing was not forced. */
    record Refused(Gallery gallery, CheckReport report) implements PublishOutcome {}

    /**
     * Not published because a photo may not be published now or at all (a kill, an embargo that has not lifted):
     * {@link CheckReport#blocking()} says which; no force passes it.
     */
    record Blocked(Gallery gallery, CheckReport report) implements PublishOutcome {}

    /** No gallery has this slug. */
    record NotFound(String slug) implements PublishOutcome {}
}
