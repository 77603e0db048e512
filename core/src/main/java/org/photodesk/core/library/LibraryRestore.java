package org.photodesk.core.library;

import java.util.List;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;

/**
 * The port through which {@code photodesk migrate} writes another library's records into a store as they are: the
 * same ids (galleries, events and the audit name photos by id), versions, times, history, edits, notices and kills.
 * Each call is atomic and may be repeated, so that an interrupted copy can be run again. Backends that can take a copy
 * offer one through {@link Backends#openRestore()}.
 */
public interface LibraryRestore extends AutoCloseable {

    /**
     * Stores {@code photo} with its id, version, times, rating and labels, its identity (it is found by its item ids),
     * provenance, perceptual hash and kill, its earlier versions (their originals stay duplicates of it), its edits and
     * the notices re-sends left (with their ids and resolutions), replacing a photo of the same id, and logs one change
     * for it.
     *
     * @param sizeBytes the size of its current original
     */
    void putPhoto(Photo photo, long sizeBytes, List<PhotoVersion> history, List<PhotoEdit> edits,
            List<ResendNotice> notices);

    /** Stores {@code gallery} with its id, items, revision and edit revision, replacing one of the same id or slug. */
    void putGallery(Gallery gallery);

    /** Appends {@code entry} with its id and time, unless an entry with its id is there. */
    void putAudit(AuditLog.Entry entry);

    /** Moves the store's id counters past every id copied, so that records made afterwards get new ids. */
    void finish();

    @Override
    void close();
}
