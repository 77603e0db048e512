package org.photodesk.app.web;

import java.nio.file.Path;

/**
 * Opens the library in a data folder and adapts it to the desk's ports; the composition root (the CLI's main)
 * supplies it, so the desk does not depend on how the store, index and galleries are built.
 */
@FunctionalInterface
public interface DeskOpener {

    /** The desk's ports over the library in {@code dataDir}, created when empty. */
    DeskPorts open(Path dataDir);
}
