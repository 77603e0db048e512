package org.photodesk.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;

/**
 * Which photo the library holds a file re-sends, if any: the same agency and the same pixels, or the same agency and
 * an agency item id with the evidence the id's kind needs (docs/identity.md). Never IPTC 2:103, the Job Id one
 * assignment shares.
 *
 * <p>The per-picture ids ({@code plus:ImageSupplierImageID}, {@code Iptc4xmpExt:DigImageGUID},
 * {@code Iptc4xmpExt:RegistryId}) match unless the two files say, to the second, that they were taken at different
 * times (a template copied the id). {@code xmpMM:DocumentID} is one id for all versions <em>and renditions</em> of a
 * document, and Photoshop templates and camera presets copy it into every frame: it matches only when both files
 * number their versions ({@code xmpMM:VersionID}) and the numbers differ, which is XMP's own way of saying "another
 * version of this document". A DocumentID alone, shared by different pixels, never merges two pictures.
 *
 * <p>Candidates are looked at oldest first, all of them (up to {@link #CANDIDATES}), so the photo found does not
 * depend on which other photos carrying the same id happened to be stored last: a burst whose files finish hashing
 * in any order gives the same photos.
 */
final class ResendIdentity {

    /** How many photos sharing one pixel hash or one item id are looked at. */
    static final int CANDIDATES = 200;

    private static final String DOCUMENT_ID = "xmpMM:DocumentID=";

    private ResendIdentity() {}

    /** The photo {@code record} re-sends, looked up in {@code store}, or empty when it is a picture of its own. */
    static Optional<Photo> find(PhotoStore store, PhotoRecord record) {
        Optional<Photo> byPixels = store.findAllByPixelHash(record.pixelHash(), CANDIDATES).stream()
                .filter(p -> sameAgency(p, record)).findFirst();
        if (byPixels.isPresent()) {
            return byPixels;
        }
        for (String id : record.identity().ids()) {
            Optional<Photo> byId = store.findAllByItemId(id, CANDIDATES).stream()
                    .filter(p -> sameItem(p, record, id)).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return Optional.empty();
    }

    /**
     * The oldest photo of the same agency that carries one of {@code record}'s per-picture ids but was taken at
     * another time, with that id: the id was copied, and the desk is told.
     */
    static Optional<Shared> sharedId(PhotoStore store, PhotoRecord record) {
        for (String id : record.identity().ids()) {
            if (id.startsWith(DOCUMENT_ID)) {
                continue;   // copied into every frame of a template as a matter of course: no note for each
            }
            Optional<Photo> other = store.findAllByItemId(id, CANDIDATES).stream()
                    .filter(p -> sameAgency(p, record) && takenApart(p, record)).findFirst();
            if (other.isPresent()) {
                return Optional.of(new Shared(other.get(), id));
            }
        }
        return Optional.empty();
    }

    /** A photo that carries the same agency item id as a file but is another picture. */
    record Shared(Photo photo, String id) {}

    /** Whether the shared {@code id} makes {@code record} a version of {@code held}. */
    static boolean sameItem(Photo held, PhotoRecord record, String id) {
        if (!sameAgency(held, record) || takenApart(held, record)) {
            return false;
        }
        return !id.startsWith(DOCUMENT_ID) || versionsApart(held.identity(), record.identity());
    }

    /** Both carry a version ({@code xmpMM:VersionID}) and they differ. */
    private static boolean versionsApart(ItemIdentity a, ItemIdentity b) {
        return a.version() != null && b.version() != null && !a.version().equals(b.version());
    }

    static boolean sameAgency(Photo photo, PhotoRecord record) {
        return Objects.equals(lower(photo.agency()), lower(record.agency()));
    }

    /** True when both say, to the second, when they were taken, and the times differ: not the same picture. */
    static boolean takenApart(Photo photo, PhotoRecord record) {
        var a = photo.embedded().dateCreated();
        var b = record.embedded().dateCreated();
        return a != null && b != null && a.time() != null && b.time() != null
                && !(a.date().equals(b.date()) && a.time().equals(b.time()));
    }

    /** The pool pictures: photos of other agencies with the very same pixels, oldest first. */
    static List<Photo> otherAgencies(PhotoStore store, PhotoRecord record) {
        return store.findAllByPixelHash(record.pixelHash(), CANDIDATES).stream()
                .filter(p -> !sameAgency(p, record)).toList();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
