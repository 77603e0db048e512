package org.photodesk.core.rights;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an embargo phrase in an agency's words ("EMBARGOED UNTIL 0001 GMT AUG 13, 2024", "HOLD FOR RELEASE UNTIL
 * ...") and reads when it lifts. One small interface, so that a fuller phrase parser can replace
 * {@link #standard()} in one place.
 */
@FunctionalInterface
public interface EmbargoText {

    /** The first embargo phrase of {@code text}, or empty when it states none; never throws. */
    Optional<Phrase> find(String text);

    /**
     * An embargo phrase and when it lifts.
     *
     * @param words the phrase as written, for the desk only (never published)
     * @param until when the embargo lifts, or null when the phrase gives no time that could be read
     */
    record Phrase(String words, Instant until) {
        public Phrase {
            Objects.requireNonNull(words, "words");
        }
    }

    /** The reader in use: today the fallback over the caption package's date reading. */
    static EmbargoText standard() {
        return FallbackEmbargoText.INSTANCE;
    }
}
