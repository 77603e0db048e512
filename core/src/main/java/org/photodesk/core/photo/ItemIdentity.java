package org.photodesk.core.photo;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The agency's own identity of a picture as its file carries it: the item ids it is known by, the version it says
 * it is and when that version was made. IPTC 2:103 (Original Transmission Reference, "Job Id" in IPTC Core) is never
 * one of the ids: one assignment shares it.
 *
 * @param ids the picture's unique ids, most trusted first, each written {@code scheme=value} such as
 *     {@code plus:ImageSupplierImageID=RTX9QK2F}; a re-send is matched on any of them
 * @param version the agency's version of the item ({@code xmpMM:VersionID}), or null
 * @param versionCreated when this version's metadata was made ({@code xmp:MetadataDate}, else IIM 1:70 and 1:80,
 *     Date and Time Sent), or null
 * @param editStatus the agency's words on the item's state (IIM 2:07 Edit Status, such as {@code CORRECTION}), or
 *     null
 */
public record ItemIdentity(List<String> ids, String version, Instant versionCreated, String editStatus) {

    /** A file that says nothing about its identity. */
    public static final ItemIdentity NONE = new ItemIdentity(List.of(), null, null, null);

    public ItemIdentity {
        ids = ids == null ? List.of() : ids.stream().filter(i -> i != null && !i.isBlank()).distinct().toList();
        version = version == null || version.isBlank() ? null : version.strip();
        editStatus = editStatus == null || editStatus.isBlank() ? null : editStatus.strip();
    }

    /** The version as a number, when it is one (a count such as 1, 2, 3, as {@code xmpMM:VersionID} advises). */
    public OptionalLong versionNumber() {
        if (version == null || version.length() > 18 || !version.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(version));
    }

    /** True when the file carries none of the fields this record reads. */
    public boolean none() {
        return ids.isEmpty() && version == null && versionCreated == null && editStatus == null;
    }
}
