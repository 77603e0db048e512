package org.photodesk.app.web;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Opens the library in a data folder and adapts it to the desk's ports; the composition root (the CLI's main)
 * supplies it, so the desk does not depend on how the store, index and galleries are built.
 */
@FunctionalInterface
public interface DeskOpener {

    /**
     * The desk's ports over the library in {@code dataDir}, created when empty.
     *
     * @param publicUrl the absolute URL the published folder is served at (such as
     *     {@code https://news.example/published/}), asked for at each publication since the port may be known late
     */
    DeskPorts open(Path dataDir, Supplier<String> publicUrl);

    /** The ports with galleries published for {@code http://localhost:8080/published/}. */
    default DeskPorts open(Path dataDir) {
        return open(dataDir, () -> "http://localhost:8080/published/");
    }
}
