package org.photodesk.drop;

import java.nio.file.Path;

/**
 * What becomes of a file once a sender has finished uploading it: the composition root hands it to the same ingest
 * pipeline as the hot folder and uploads. The handler owns the file from then on (moves or deletes it).
 */
@FunctionalInterface
public interface DropHandler {

    /** {@code file}, complete, was sent by {@code sender}. */
    void dropped(String sender, Path file);
}
