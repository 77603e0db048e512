package org.photodesk.core.photo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the desk is told when an agency re-sends a photo it holds (a correction, a refile or update, or a plain new
 * version): the agency's words, each field that changed with a word diff, and, for each field an editor had
 * edited, the desk's text that still stands over the agency's; it stays pending until an editor resolves it.
 *
 * @param id the store's number for the notice, 0 before it is stored
 * @param version the photo's version that the re-send made
 * @param note the agency's words that signal it (its instructions or edit status, such as "CORRECTS NAME OF
 *     VENUE"), or null
 * @param changes the fields whose agency text changed, in {@link MetadataFields} order
 * @param resolution {@link Resolution#PENDING} until an editor chooses
 * @param resolvedBy who resolved it, or null while pending
 * @param resolvedAt when, or null while pending
 */
public record ResendNotice(long id, long photoId, int version, Kind kind, String note, List<FieldChange> changes,
        Instant at, Resolution resolution, String resolvedBy, Instant resolvedAt) {

    /** Why the agency re-sent the photo, as its words say. */
    public enum Kind {
        /** The agency corrects the earlier version ("CORRECTS ...", IIM Edit Status "CORRECTION"). */
        CORRECTION,
        /** The agency updates or refiles it ("REFILE", "UPDATE", "REPLACES"). */
        UPDATE,
        /** A newer version without a word on why. */
        RESEND;

        /** The kind's word, such as {@code correction}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an editor chose. */
    public enum Resolution {
        /** Nobody has chosen yet. */
        PENDING,
        /** The desk's edits stand (or, with no edit in the way, the notice was read). */
        KEPT_DESK,
        /** The agency's text replaced the desk's edits of the changed fields, which follow the agency again. */
        TOOK_AGENCY;

        /** The resolution's word, such as {@code took-agency}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The resolution a word names ({@code keep}, {@code kept-desk}, {@code take}, {@code took-agency}). */
        public static java.util.Optional<Resolution> find(String word) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            return switch (w) {
                case "keep", "kept-desk", "kept_desk", "desk" -> java.util.Optional.of(KEPT_DESK);
                case "take", "took-agency", "took_agency", "agency" -> java.util.Optional.of(TOOK_AGENCY);
                default -> java.util.Optional.empty();
            };
        }
    }

    /**
     * One field the agency changed.
     *
     * @param field a {@link MetadataFields} name
     * @param before the agency's text before the re-send, or null when absent
     * @param after the agency's text now, or null when absent
     * @param deskEdited true when an editor's edit of the field stands over the agency's text
     * @param desk the desk's text that stands (meaningful when {@code deskEdited}), or null
     */
    public record FieldChange(String field, String before, String after, boolean deskEdited, String desk) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }

        /** The word diff from the agency's text before to its text now. */
        public List<WordDiff.Part> diff() {
            return WordDiff.of(before, after);
        }
    }

    public ResendNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        changes = changes == null ? List.of() : List.copyOf(changes);
        resolution = resolution == null ? Resolution.PENDING : resolution;
    }

    /** A notice not yet stored nor resolved. */
    public static ResendNotice draft(long photoId, int version, Kind kind, String note, List<FieldChange> changes,
            Instant at) {
        return new ResendNotice(0, photoId, version, kind, note, changes, at, Resolution.PENDING, null, null);
    }

    /** True until an editor resolves it. */
    public boolean pending() {
        return resolution == Resolution.PENDING;
    }

    /** True when an editor's edit stands over a field the agency changed: the editor must choose. */
    public boolean conflicts() {
        return changes.stream().anyMatch(FieldChange::deskEdited);
    }

    /** This notice as resolved by {@code user} at {@code when}. */
    public ResendNotice resolved(Resolution choice, String user, Instant when) {
        return new ResendNotice(id, photoId, version, kind, note, changes, at, choice, user, when);
    }

    /** This notice with the store's number. */
    public ResendNotice withId(long newId) {
        return new ResendNotice(newId, photoId, version, kind, note, changes, at, resolution, resolvedBy, resolvedAt);
    }
}
