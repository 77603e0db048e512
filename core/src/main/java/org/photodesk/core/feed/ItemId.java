package org.photodesk.core.feed;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An agency's own identity for an item: its globally unique id (NewsML-G2 {@code guid}, ninjs {@code uri}) and the
 * version the agency gave it (null when the item carries none).
 *
 * <p>This is the only identity a re-send is matched on: IPTC 2:103 (Original Transmission Reference, "Job Id" in IPTC
 * Core) is shared by every frame of one assignment and never identifies a picture.
 */
public record ItemId(String guid, String version) {

    public ItemId {
        Objects.requireNonNull(guid, "guid");
        guid = guid.strip();
        if (guid.isEmpty()) {
            throw new IllegalArgumentException("an item id needs a non-blank guid");
        }
        version = version == null || version.isBlank() ? null : version.strip();
    }

    /** The version as a number, when it is one (NewsML-G2 versions are positive integers; ninjs's are strings). */
    public OptionalLong versionNumber() {
        if (version == null || version.length() > 18 || !version.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(version));
    }

    @Override
    public String toString() {
        return version == null ? guid : guid + " v" + version;
    }
}
