package org.photodesk.core.photo;

/** What reading one stored original back and hashing it found: {@code Intact | Missing | Damaged}. */
public sealed interface BlobCheck {

    /** The blob is there and its bytes hash to its name. */
    record Intact() implements BlobCheck {}

    /** There is no blob under the name. */
    record Missing() implements BlobCheck {}

    /** The blob's bytes hash to {@code actualSha256}, not to its name: they were changed or cut short. */
    record Damaged(String actualSha256, long size) implements BlobCheck {}

    /** Whether the blob is there and sound. */
    default boolean intact() {
        return this instanceof Intact;
    }

    /** A few words for a report: {@code intact}, {@code missing}, or what the damaged bytes hash to. */
    default String describe() {
        return switch (this) {
            case Intact i -> "intact";
            case Missing m -> "missing";
            case Damaged d -> "damaged: " + d.size() + " bytes whose SHA-256 is " + d.actualSha256();
        };
    }
}
