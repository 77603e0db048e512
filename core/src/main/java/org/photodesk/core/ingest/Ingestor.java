package org.photodesk.core.ingest;

import java.nio.file.Path;

/**
 * The ingest pipeline: read bytes (with limits), hash, read metadata, clean credits, check captions, store the
 * original and the record, then index. Never throws for a bad file: a bad file is a {@link IngestOutcome.Rejected}.
 */
public final class Ingestor {

    /** Ingests one file from disk. */
    public IngestOutcome ingest(Path file) {
        throw new UnsupportedOperationException("not yet written");
    }

    /** Ingests bytes received under {@code name} (an upload). */
    public IngestOutcome ingest(String name, byte[] bytes) {
        throw new UnsupportedOperationException("not yet written");
    }
}
