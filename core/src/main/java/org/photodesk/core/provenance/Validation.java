package org.photodesk.core.provenance;

import java.util.Objects;

/**
 * What the checks of a C2PA manifest came to: {@code Verified} (every check passed and the signer chains to a
 * configured trust anchor), {@code Claimed} (nothing failed, but the signer could not be checked against a trust
 * list here, or a binding could not be checked), {@code Invalid} (a check failed: the file or its manifest was
 * changed after signing, or the manifest is unreadable) or {@code Absent} (the file carries no manifest).
 */
public sealed interface Validation {

    /** One sentence for the desk saying what the state means for this file. */
    String summary();

    /** Every check passed and the signing certificate chains to {@code anchor}, a configured trust anchor. */
    record Verified(String anchor) implements Validation {
        public Verified {
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String summary() {
            return "Content Credentials verified: signed by a certificate that chains to " + anchor;
        }
    }

    /** Nothing failed, but {@code reason} says what could not be checked here (usually the signer's trust). */
    record Claimed(String reason) implements Validation {
        public Claimed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String summary() {
            return "Content Credentials claimed, not verified: " + reason;
        }
    }

    /** A check failed; {@code reason} says which and what it means. */
    record Invalid(String reason) implements Validation {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String summary() {
            return "Content Credentials invalid: " + reason;
        }
    }

    /** The file carries no C2PA manifest. */
    record Absent() implements Validation {
        @Override
        public String summary() {
            return "No Content Credentials";
        }
    }
}
