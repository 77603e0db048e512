package org.photodesk.core.ingest;

import java.util.List;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/**
 * The ingest stage that understands what a file's metadata says: cleans credits and bylines, names the agency,
 * and runs the caption checks. The file's own metadata is always kept apart, untouched.
 */
@FunctionalInterface
public interface MetadataEnricher {

    Enrichment enrich(PhotoMetadata embedded);

    /**
     * Loads what the first {@link #enrich} would otherwise load while a burst waits (tables, the name book); called
     * once on a background thread when a pipeline starts. Does nothing by default.
     */
    default void warmUp() {}

    /** The cleaned metadata, the agency it names (null when unknown) and what the checks found. */
    record Enrichment(PhotoMetadata metadata, String agency, List<Problem> problems) {
        public Enrichment {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /** Keeps the metadata as it is and takes the Credit field as the agency. */
    MetadataEnricher NONE = m -> new Enrichment(m, m.credit(), List.of());
}
