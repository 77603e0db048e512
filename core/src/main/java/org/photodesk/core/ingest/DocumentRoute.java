package org.photodesk.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A route for files that describe pictures instead of being one (agency feed documents: NewsML-G2, ninjs), so that
 * every route that takes files (the hot folder, {@code ingest}) takes them too. Installed on the {@link Ingestor} by
 * the composition root; {@link #NONE} refuses nothing and takes nothing.
 */
@FunctionalInterface
public interface DocumentRoute {

    /** Takes no document: every file is offered to ingest as a picture. */
    DocumentRoute NONE = (source, folder, bytes) -> Optional.empty();

    /**
     * The outcomes of the pictures the document in {@code bytes} describes (never empty: a document with nothing to
     * take is one {@link IngestOutcome.Rejected}), or empty when the bytes are not a document this route reads.
     * {@code folder} is where the document lies, for pictures it names by relative path (null for an upload).
     */
    Optional<List<IngestOutcome>> take(String source, Path folder, byte[] bytes);
}
