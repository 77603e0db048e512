package org.photodesk.desk;

import org.photodesk.core.ingest.IngestOutcome;

/**
 * What the desk needs to take an uploaded file into the library; the composition root passes
 * {@code library.ingestor()::ingest}. The name is only a label: it is never used as a path.
 */
@FunctionalInterface
public interface Uploads {

    IngestOutcome ingest(String name, byte[] bytes);
}
