package org.photodesk.desk;

import java.nio.file.Path;

/**
 * Watches a hot folder while the desk runs: files dropped there are ingested, and the change feed shows them on
 * every open contact sheet; the composition root adapts the library's {@code HotFolder}.
 */
@FunctionalInterface
public interface HotFolders {

    /** Starts watching {@code dir} in the background; closing the result stops it. */
    AutoCloseable watch(Path dir);

    /** No hot folder support: asking for one is an error that says so. */
    static HotFolders none() {
        return dir -> {
            throw new IllegalStateException("this library cannot watch hot folders: start the desk with 'photodesk serve'");
        };
    }
}
