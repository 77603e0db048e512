package org.photodesk.core.photo;

import java.time.Instant;

/**
 * One earlier state of a photo, kept when an agency re-send or an edit replaced it.
 *
 * @param reason why it was replaced, for example {@code resend} or {@code edit}
 */
public record PhotoVersion(long photoId, int version, String sha256, PhotoMetadata embedded, Instant replacedAt, String reason) {}
