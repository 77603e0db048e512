package org.photodesk.core.feed;

import java.util.List;
import java.util.Objects;

/**
 * What to do with an incoming agency item given what the library holds under the same GUID:
 * {@code New | NewerVersion | SameOrOlder | Kill | Correction}. Decided by {@link ResendRule}.
 */
public sealed interface Resend {

    /** The incoming item's id (null only for {@link New} of an item that carries none). */
    ItemId incoming();

    /** An item the library has never held: ingest it (with no id, it can only ever be matched by its pixels). */
    record New(ItemId incoming) implements Resend {}

    /**
     * A newer version (an update or refile): replace the agency's metadata in place, keep the desk's edits, and show
     * the change in the photo's history.
     */
    record NewerVersion(ItemId stored, ItemId incoming, List<Signal> signals) implements Resend {
        public NewerVersion {
            Objects.requireNonNull(stored, "stored");
            signals = List.copyOf(signals);
        }
    }

    /** The same version again, or an older one arriving late: change nothing (never overwrite newer). */
    record SameOrOlder(ItemId stored, ItemId incoming) implements Resend {}

    /**
     * The agency withdrew the item (status canceled, or a kill signal): take it out of search and galleries, keep it
     * for audit. {@code stored} is null when the kill arrives before (or instead of) the item itself: remember it, so
     * that a late usable copy is refused.
     */
    record Kill(ItemId stored, ItemId incoming, String reason) implements Resend {
        public Kill {
            Objects.requireNonNull(incoming, "incoming");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A newer version that corrects the held one: apply it like {@link NewerVersion}, and show the desk a notice with
     * the agency's words and the difference, even when an editor changed the caption.
     */
    record Correction(ItemId stored, ItemId incoming, String text, List<Signal> signals) implements Resend {
        public Correction {
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(text, "text");
            signals = List.copyOf(signals);
        }
    }
}
