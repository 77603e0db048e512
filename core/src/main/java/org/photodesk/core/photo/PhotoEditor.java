package org.photodesk.core.photo;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The domain rules of changing a stored photo, over any {@link PhotoStore}: an editor's edit of a metadata field,
 * the desk's own rating (0 to 5 stars) and labels, and an agency re-send, on which the latest edit of each field is
 * applied again on top of the new embedded metadata (editors' work survives corrections) and rating and labels are
 * kept. Each change is decided from the photo as read and written only if nobody changed it meanwhile; otherwise it
 * is decided again.
 */
public final class PhotoEditor {

    /** The desk's own fields, kept by the store but not part of the file's metadata. */
    public static final String RATING = "rating";
    public static final String LABELS = "labels";

    private static final Logger LOG = LoggerFactory.getLogger(PhotoEditor.class);
    private static final int ATTEMPTS = 8;

    private final PhotoStore store;
    private final Clock clock;

    public PhotoEditor(PhotoStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@code field} can be edited: a {@link MetadataFields} name, {@code rating} or {@code labels}. */
    public static boolean isEditable(String field) {
        return RATING.equals(field) || LABELS.equals(field) || MetadataFields.isField(field);
    }

    /**
     * Sets {@code field} of photo {@code id} to {@code text} for {@code user}: records the edit and keeps the
     * previous version (rating and labels are recorded, but keep no version). An edit that changes nothing is not
     * recorded.
     *
     * @param text the new text (lists comma-separated); null or blank clears the field
     * @throws IllegalArgumentException when there is no photo {@code id}, the field is unknown, the text is not a
     *     valid value for it, or no user is given
     */
    public Photo edit(long id, String field, String text, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("edit of " + field + " has no user: say who made it");
        }
        if (!isEditable(field)) {
            throw new IllegalArgumentException("unknown metadata field '" + field + "': use one of "
                    + String.join(", ", MetadataFields.names()) + ", rating or labels");
        }
        return retrying(id, () -> editOnce(expect(id), field, text, user));
    }

    /**
     * As {@link #edit(long, String, String, String)}, decided only from the photo at version {@code asVersion} (the
     * version the editor read): when someone changed the photo since, nothing is written and the editor must read it
     * again, rather than have the edit land on text they never saw. An edit that changes nothing returns the photo.
     *
     * @throws PhotoChangedException when the photo is at another version
     */
    public Photo edit(long id, String field, String text, String user, int asVersion) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("edit of " + field + " has no user: say who made it");
        }
        if (!isEditable(field)) {
            throw new IllegalArgumentException("unknown metadata field '" + field + "': use one of "
                    + String.join(", ", MetadataFields.names()) + ", rating or labels");
        }
        Photo old = expect(id);
        if (old.version() != asVersion) {
            throw new PhotoChangedException(id, asVersion, old.version());
        }
        return editOnce(old, field, text, user);
    }

    /**
     * Stores {@code record} (an agency re-send) as the next version of photo {@code id}: the editors' latest edit
     * of each field is applied again on top of its metadata; rating and labels are kept. The desk gets a notice
     * when the agency changed a field or said why it re-sent.
     *
     * @throws IllegalArgumentException when there is no photo {@code id}
     * @throws IllegalStateException when another photo already has (or had) the record's SHA-256
     */
    public Photo resend(long id, PhotoRecord record) {
        return resend(id, record, ResendNotice.Kind.RESEND, null);
    }

    /**
     * As {@link #resend(long, PhotoRecord)}, for a re-send of {@code kind} in the agency's words {@code note}: the
     * notice lists each field the agency changed with a word diff, and the desk's text for each field an editor had
     * edited (the edit stands until an editor takes the agency's text, see {@link #resolve}). A correction or update
     * leaves a notice even when no field changed.
     */
    public Photo resend(long id, PhotoRecord record, ResendNotice.Kind kind, String note) {
        Objects.requireNonNull(kind, "kind");
        return retrying(id, () -> {
            Photo old = expect(id);
            List<PhotoEdit> edits = store.edits(id);
            PhotoMetadata metadata = withEdits(edits, record.metadata());
            List<ResendNotice.FieldChange> changes = changes(old.embedded(), record.embedded(), edits, metadata);
            Instant at = clock.instant();
            Optional<ResendNotice> notice = changes.isEmpty() && kind == ResendNotice.Kind.RESEND ? Optional.empty()
                    : Optional.of(ResendNotice.draft(id, old.version() + 1, kind, note, changes, at));
            return store.update(new PhotoChange(id, old.version(), PhotoChange.Kind.RESEND, at,
                    Optional.of(record), metadata, old.rating(), old.labels(), Optional.empty(), notice));
        });
    }

    /** The fields whose agency text changed from {@code before} to {@code after}, with the desk's text over each. */
    static List<ResendNotice.FieldChange> changes(PhotoMetadata before, PhotoMetadata after, List<PhotoEdit> edits,
            PhotoMetadata shown) {
        Map<String, PhotoEdit> latest = latest(edits);
        var changes = new java.util.ArrayList<ResendNotice.FieldChange>();
        for (String field : MetadataFields.names()) {
            String was = MetadataFields.get(before, field);
            String now = MetadataFields.get(after, field);
            if (!Objects.equals(was, now)) {
                PhotoEdit edit = latest.get(field);
                boolean deskEdited = edit != null && !edit.followsAgency();
                changes.add(new ResendNotice.FieldChange(field, was, now, deskEdited,
                        deskEdited ? MetadataFields.get(shown, field) : null));
            }
        }
        return changes;
    }

    /**
     * Resolves notice {@code noticeId} of photo {@code id} as {@code user} chose: {@code KEPT_DESK} leaves every
     * edit standing; {@code TOOK_AGENCY} gives each field the notice shows an editor's edit over back to the agency
     * (recorded as an edit, so it can be undone), with the agency's current text. Each field taken is its own
     * change; the notice is resolved last, so a notice still pending after a failure can be resolved again.
     *
     * @throws IllegalArgumentException when there is no such photo or notice, or the choice is {@code PENDING}
     * @throws IllegalStateException when the notice is resolved already
     */
    public ResendNotice resolve(long id, long noticeId, ResendNotice.Resolution choice, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("resolving notice " + noticeId + " needs a user: say who chose");
        }
        if (choice == null || choice == ResendNotice.Resolution.PENDING) {
            throw new IllegalArgumentException("choose to keep the desk's edits or take the agency's text, not "
                    + choice);
        }
        ResendNotice notice = store.notices(id).stream().filter(n -> n.id() == noticeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("photo " + id + " has no notice " + noticeId
                        + ": list its notices first"));
        if (!notice.pending()) {
            throw new IllegalStateException("notice " + noticeId + " of photo " + id + " was resolved already ("
                    + notice.resolution().word() + " by " + notice.resolvedBy() + ")");
        }
        if (choice == ResendNotice.Resolution.TOOK_AGENCY) {
            notice.changes().stream().filter(ResendNotice.FieldChange::deskEdited)
                    .forEach(c -> retrying(id, () -> giveBack(expect(id), c.field(), user)));
        }
        return store.resolveNotice(id, noticeId, choice, user, clock.instant());
    }

    /**
     * Gives {@code field} back to the agency: the field shows the current original's text now (as the file has it)
     * and what the agency sends from then on.
     */
    private Photo giveBack(Photo old, String field, String user) {
        PhotoEdit latest = latest(store.edits(old.id())).get(field);
        if (latest == null || latest.followsAgency()) {
            return old;
        }
        String agency = MetadataFields.get(old.embedded(), field);
        PhotoMetadata metadata = MetadataFields.set(old.metadata(), field, agency);
        return store.update(new PhotoChange(old.id(), old.version(), PhotoChange.Kind.EDIT, clock.instant(),
                Optional.empty(), metadata, old.rating(), old.labels(), Optional.of(new PhotoChange.Edit(field,
                        MetadataFields.get(old.metadata(), field), agency, user, true))));
    }

    private static Map<String, PhotoEdit> latest(List<PhotoEdit> edits) {
        Map<String, PhotoEdit> latest = new LinkedHashMap<>();
        for (PhotoEdit e : edits) {
            latest.remove(e.field());
            latest.put(e.field(), e);
        }
        return latest;
    }

    /**
     * {@code metadata} with the latest edit of each metadata field applied, in the order of those edits; a field
     * whose latest edit gave it back to the agency keeps {@code metadata}'s text.
     */
    public static PhotoMetadata withEdits(List<PhotoEdit> edits, PhotoMetadata metadata) {
        PhotoMetadata out = metadata;
        for (PhotoEdit e : latest(edits).values()) {
            if (e.followsAgency()) {
                continue;
            }
            if (MetadataFields.isField(e.field())) {
                out = MetadataFields.set(out, e.field(), e.after());
            } else if (!isEditable(e.field())) {
                LOG.warn("ignoring a stored edit of unknown metadata field '{}'", e.field());
            }
        }
        return out;
    }

    private Photo editOnce(Photo old, String field, String text, String user) {
        return switch (field) {
            case RATING -> desk(old, field, Integer.toString(old.rating()), Integer.toString(stars(text)), user);
            case LABELS -> desk(old, field, String.join(", ", old.labels()), String.join(", ", labels(text)), user);
            default -> metadata(old, field, text, user);
        };
    }

    private Photo metadata(Photo old, String field, String text, String user) {
        PhotoMetadata metadata = MetadataFields.set(old.metadata(), field, text);
        String before = MetadataFields.get(old.metadata(), field);
        String after = MetadataFields.get(metadata, field);
        if (Objects.equals(before, after)) {
            return old;
        }
        return store.update(new PhotoChange(old.id(), old.version(), PhotoChange.Kind.EDIT, clock.instant(),
                Optional.empty(), metadata, old.rating(), old.labels(),
                Optional.of(new PhotoChange.Edit(field, before, after, user))));
    }

    private Photo desk(Photo old, String field, String before, String after, String user) {
        if (before.equals(after)) {
            return old;
        }
        int rating = RATING.equals(field) ? Integer.parseInt(after) : old.rating();
        List<String> labels = LABELS.equals(field) ? labels(after) : old.labels();
        return store.update(new PhotoChange(old.id(), old.version(), PhotoChange.Kind.DESK, clock.instant(),
                Optional.empty(), old.metadata(), rating, labels,
                Optional.of(new PhotoChange.Edit(field, before, after, user))));
    }

    /** Stars from {@code text}: a whole number 0 to 5; blank is 0. */
    static int stars(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int stars = Integer.parseInt(t);
            if (stars >= 0 && stars <= 5) {
                return stars;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("rating '" + t + "' is not 0 to 5 stars: give a whole number from 0 to 5");
    }

    /** Labels from comma-separated {@code text}: stripped, without blanks or repeats, in order. */
    static List<String> labels(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    private Photo expect(long id) {
        return store.findById(id).orElseThrow(() -> new IllegalArgumentException(
                "no photo with id " + id + ": look it up with findBySha256 or page first"));
    }

    private static Photo retrying(long id, Supplier<Photo> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (PhotoChangedException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("photo " + id + " kept changing under " + ATTEMPTS
                            + " attempts to change it; try again", e);
                }
                LOG.debug("photo {} changed meanwhile; deciding again", id);
            }
        }
    }
}
