package org.photodesk.core.library;

import java.time.Instant;
import java.util.Objects;

/**
 * What one backup of a library holds, written beside it as {@code backup.json}.
 *
 * @param format the backup's layout and version, such as {@code photodesk-embedded/1}: which backends can restore it
 * @param takenAt when the store's state was copied
 * @param photos photos in the store
 * @param galleries galleries
 * @param accounts desk accounts
 * @param auditEntries entries of the audit log
 * @param originals original files copied (current and earlier versions)
 * @param renditions rendition files copied
 * @param publishedFiles files of the published site copied
 * @param bytes the size of all files copied
 * @param problems originals that could not be copied intact (missing or damaged), listed by {@code verify}; 0 for a
 *     sound library
 */
public record BackupManifest(String format, Instant takenAt, long photos, long galleries, long accounts,
        long auditEntries, long originals, long renditions, long publishedFiles, long bytes, long problems) {

    public BackupManifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
