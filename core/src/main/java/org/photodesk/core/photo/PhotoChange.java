package org.photodesk.core.photo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One atomic change of a stored photo, decided by the domain ({@link PhotoEditor}) and written by a
 * {@link PhotoStore}: the photo's new state, what it came from, and the edit to record. The store writes it only
 * while the photo is still at {@link #expectedVersion()}, and moves the version one up.
 *
 * @param kind why the photo changes; a {@link Kind#RESEND} or {@link Kind#EDIT} keeps the previous version in the
 *     photo's history, a {@link Kind#DESK} change (rating, labels) does not, being no metadata of the file
 * @param original the new original and its embedded metadata, for a {@link Kind#RESEND} only
 * @param metadata the photo's metadata after the change (edits applied)
 * @param edit the editor's edit to record, if any
 * @param notice the notice to keep for the desk, for a {@link Kind#RESEND} only (its version and id are the store's
 *     to set)
 */
public record PhotoChange(long photoId, int expectedVersion, Kind kind, Instant at, Optional<PhotoRecord> original,
        PhotoMetadata metadata, int rating, List<String> labels, Optional<Edit> edit, Optional<ResendNotice> notice) {

    /** A change that leaves the desk no notice. */
    public PhotoChange(long photoId, int expectedVersion, Kind kind, Instant at, Optional<PhotoRecord> original,
            PhotoMetadata metadata, int rating, List<String> labels, Optional<Edit> edit) {
        this(photoId, expectedVersion, kind, at, original, metadata, rating, labels, edit, Optional.empty());
    }

    /** Why a stored photo changes. */
    public enum Kind {
        /** The agency sent the photo again (a correction or a new version). */
        RESEND,
        /** An editor changed a metadata field. */
        EDIT,
        /** An editor changed the desk's own rating or labels. */
        DESK;

        /** The word kept in the change log and the history, such as {@code resend}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An edit to record: who set which field from what to what (texts as {@link MetadataFields} reads them), and
     * whether it gives the field back to the agency (see {@link PhotoEdit#followsAgency()}).
     */
    public record Edit(String field, String before, String after, String user, boolean followsAgency) {

        /** An editor's own text for the field. */
        public Edit(String field, String before, String after, String user) {
            this(field, before, after, user, false);
        }

        public Edit {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(user, "user");
        }
    }

    public PhotoChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(notice, "notice");
        if (notice.isPresent() && kind != Kind.RESEND) {
            throw new IllegalArgumentException("only a re-send leaves the desk a notice, not a " + kind.word());
        }
        labels = List.copyOf(labels);
        if (original.isPresent() != (kind == Kind.RESEND)) {
            throw new IllegalArgumentException("a photo change carries a new original exactly when it is a re-send, "
                    + "not for a " + kind.word());
        }
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("rating " + rating + " is not 0 to 5 stars");
        }
    }

    /** Whether the previous version goes to the photo's history. */
    public boolean keepsVersion() {
        return kind != Kind.DESK;
    }
}
