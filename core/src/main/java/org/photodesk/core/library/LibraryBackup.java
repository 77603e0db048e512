package org.photodesk.core.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The port to a consistent copy of a whole library, taken while it is in use, and to a new library made from one.
 * A backup is a folder: what it holds is the backends' own affair (the embedded backends copy their SQLite file,
 * blob folder and site; shared servers would use their own dump tools), but every backup carries a
 * {@link BackupManifest} and a checksum of each of its files, so a copy can be checked before it is trusted.
 */
public interface LibraryBackup {

    /**
     * Copies the library into {@code destination} (a new folder; it must not exist or be empty) while other
     * processes may go on writing: the store as it was at one instant, every original and rendition that state uses,
     * and the published site. The folder appears complete or not at all.
     *
     * @throws IOException when the copy cannot be written (nothing is left at {@code destination} then)
     */
    BackupManifest backup(Path destination) throws IOException;

    /**
     * Makes the library here (where there must be none yet) from the backup in {@code source}, after checking every
     * file of it against its checksum; the search index is rebuilt from the restored store.
     *
     * @throws IOException when the backup is incomplete, damaged or unreadable, or the library cannot be written
     */
    BackupManifest restore(Path source) throws IOException;
}
