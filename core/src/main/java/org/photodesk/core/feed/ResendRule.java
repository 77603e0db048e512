package org.photodesk.core.feed;

import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Orders an agency re-send against what the library holds, by the agency's own GUID and version (never by IPTC 2:103,
 * the Job Id one assignment shares).
 *
 * <p>Versions compare as numbers when both are numbers (NewsML-G2), else by when each version was created, else as
 * equal when the texts are equal, or when neither side carries a version or a date at all (a feed polled again
 * repeats such items unchanged). When none of these can order them (one side has a version the other lacks), the
 * incoming item is taken as the newer: an agency re-sends to change something. An older or equal version changes nothing, not even a kill: a late kill of
 * version 2 does not undo a usable version 3 (IPTC: the latest version's pubStatus is the item's status).
 */
public final class ResendRule {

    private ResendRule() {}

    /** What to do with {@code incoming}, given what the library holds under its GUID (empty when nothing). */
    public static Resend decide(Optional<KnownItem> stored, FeedItem incoming) {
        Optional<ItemId> id = incoming.findId();
        if (id.isEmpty()) {
            return new Resend.New(null);
        }
        Optional<KnownItem> same = stored.filter(s -> s.id().guid().equals(id.get().guid()));
        if (same.isEmpty()) {
            return incoming.isKill() ? new Resend.Kill(null, id.get(), killReason(incoming)) : new Resend.New(id.get());
        }
        ItemId held = same.get().id();
        if (compare(same.get(), incoming).orElse(1) <= 0) {
            return new Resend.SameOrOlder(held, id.get());
        }
        if (incoming.isKill()) {
            return new Resend.Kill(held, id.get(), killReason(incoming));
        }
        return incoming.findSignal(Signal.Kind.CORRECTION)
                .<Resend>map(s -> new Resend.Correction(held, id.get(), correctionText(s, incoming),
                        incoming.signals()))
                .orElseGet(() -> new Resend.NewerVersion(held, id.get(), incoming.signals()));
    }

    /**
     * How the incoming version compares with the held one: positive when newer, zero when the same, negative when
     * older; empty when nothing orders them.
     */
    static OptionalInt compare(KnownItem held, FeedItem incoming) {
        ItemId a = held.id();
        ItemId b = incoming.id();
        if (a.versionNumber().isPresent() && b.versionNumber().isPresent()) {
            return OptionalInt.of(Long.compare(b.versionNumber().getAsLong(), a.versionNumber().getAsLong()));
        }
        if (held.versionCreated() != null && incoming.dates().versionCreated() != null) {
            return OptionalInt.of(Comparator.<java.time.Instant>naturalOrder()
                    .compare(incoming.dates().versionCreated(), held.versionCreated()));
        }
        if (a.version() != null && a.version().equals(b.version())) {
            return OptionalInt.of(0);
        }
        if (a.version() == null && b.version() == null && held.versionCreated() == null
                && incoming.dates().versionCreated() == null) {
            return OptionalInt.of(0);
        }
        return OptionalInt.empty();
    }

    private static String killReason(FeedItem item) {
        return item.findSignal(Signal.Kind.KILL).map(Signal::text)
                .or(() -> Optional.ofNullable(item.edNote()))
                .orElse("the agency set the item's status to canceled");
    }

    private static String correctionText(Signal signal, FeedItem item) {
        return Optional.ofNullable(signal.text()).or(() -> Optional.ofNullable(item.edNote()))
                .orElse("the agency sent a correction without saying what it corrects");
    }
}
