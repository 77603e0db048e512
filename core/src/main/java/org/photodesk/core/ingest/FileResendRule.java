package org.photodesk.core.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.photodesk.core.feed.EdNoteSignals;
import org.photodesk.core.feed.Signal;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;

/**
 * Orders a file that re-sends a photo the library holds (same agency and pixels, or the same agency item id) against
 * that photo, in the spirit of {@link org.photodesk.core.feed.ResendRule} for feed items: a newer version wins, an
 * older one or the same again changes nothing.
 *
 * <p>In order: the same pixels and the same metadata are the same version; versions that are both numbers
 * ({@code xmpMM:VersionID}) order by number; versions that both carry a time ({@code xmp:MetadataDate}, else IIM
 * Date and Time Sent) order by time; a file whose metadata repeats an earlier version of the photo is that older
 * version arriving late; anything else is taken as newer, since an agency re-sends to change something (unlike a
 * feed, a file that differs in its bytes is never a plain repeat). Equal numbers or times do not decide: the rule
 * goes on to the next test.
 */
final class FileResendRule {

    /** What to do with the file: {@code Newer | Same | Older}. */
    sealed interface Decision {

        /** A newer version: apply it, and tell the desk why the agency sent it ({@code note}, may be null). */
        record Newer(ResendNotice.Kind kind, String note) implements Decision {}

        /** The version the library holds, again: change nothing. */
        record Same(String reason) implements Decision {}

        /** An older version arriving after a newer one: change nothing (never overwrite newer). */
        record Older(String reason) implements Decision {}
    }

    private FileResendRule() {}

    static Decision decide(Photo held, List<PhotoVersion> history, PhotoRecord incoming) {
        if (held.pixelHash() != null && held.pixelHash().equals(incoming.pixelHash())
                && held.embedded().equals(incoming.embedded())) {
            return new Decision.Same("the same picture with the same metadata as photo " + held.id()
                    + ": nothing changed");
        }
        ItemIdentity a = held.identity();
        ItemIdentity b = incoming.identity();
        OptionalLong va = a.versionNumber();
        OptionalLong vb = b.versionNumber();
        if (va.isPresent() && vb.isPresent() && va.getAsLong() != vb.getAsLong()) {
            return vb.getAsLong() > va.getAsLong() ? newer(incoming)
                    : older(held, "version " + b.version() + " of the item, older than version " + a.version());
        }
        Instant ta = a.versionCreated();
        Instant tb = b.versionCreated();
        if (ta != null && tb != null && !ta.equals(tb)) {
            return tb.isAfter(ta) ? newer(incoming)
                    : older(held, "a version made " + tb + ", before the one held (" + ta + ")");
        }
        Optional<PhotoVersion> repeated = history.reversed().stream()
                .filter(v -> v.embedded().equals(incoming.embedded()))
                .findFirst();
        if (repeated.isPresent()) {
            return older(held, "a copy of version " + repeated.get().version() + ", which a newer one replaced");
        }
        return newer(incoming);
    }

    private static Decision older(Photo held, String what) {
        return new Decision.Older(what + ": photo " + held.id() + " keeps version " + held.version()
                + "; nothing changed");
    }

    /** A newer version, of the kind the agency's words (instructions, else Edit Status) say. */
    static Decision.Newer newer(PhotoRecord incoming) {
        Optional<Signal> signal = EdNoteSignals.infer(incoming.embedded().instructions())
                .or(() -> EdNoteSignals.infer(incoming.identity().editStatus()))
                .or(() -> editStatus(incoming.identity().editStatus()));
        return signal.map(s -> new Decision.Newer(kind(s.kind()), s.text()))
                .orElseGet(() -> new Decision.Newer(ResendNotice.Kind.RESEND, null));
    }

    /** IIM Edit Status is often one word in any case ("Correction", "update"). */
    private static Optional<Signal> editStatus(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String upper = status.toUpperCase(java.util.Locale.ROOT);
        return Objects.equals(upper, status) ? Optional.empty() : EdNoteSignals.infer(upper)
                .map(s -> new Signal(s.kind(), s.code(), status));
    }

    private static ResendNotice.Kind kind(Signal.Kind kind) {
        return switch (kind) {
            case CORRECTION -> ResendNotice.Kind.CORRECTION;
            case UPDATE, KILL -> ResendNotice.Kind.UPDATE;
            case OTHER -> ResendNotice.Kind.RESEND;
        };
    }
}
