package org.photodesk.core.publish;

import java.util.Objects;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * What a published JPEG says about itself, the same in its IIM, XMP and EXIF: the photo's IPTC fields with the
 * gallery's caption, credit line and alt text, the usage terms as one statement, and the house's licence page. The
 * agency's instructions (IPTC Special Instructions: embargo text, notes to editors) and the transmission reference
 * (its Job Id) are never here: {@link #of} drops them.
 *
 * @param metadata the fields to write
 * @param license the licence's URL (XMP {@code xmpRights:WebStatement}), or null
 * @param acquireLicensePage where the picture is licensed (XMP {@code plus:Licensor/LicensorURL}), or null
 */
public record PublishedFields(PhotoMetadata metadata, String license, String acquireLicensePage) {

    public PublishedFields {
        Objects.requireNonNull(metadata, "metadata");
        metadata = metadata.toBuilder().instructions(null).transmissionReference(null).build();
        license = license == null || license.isBlank() ? null : license.strip();
        acquireLicensePage = acquireLicensePage == null || acquireLicensePage.isBlank() ? null
                : acquireLicensePage.strip();
    }

    /**
     * The fields of a photo shown with {@code caption}, {@code credit} and {@code altText}, under
     * {@code copyright} and {@code usageTerms} (each null to leave out).
     */
    public static PublishedFields of(PhotoMetadata photo, String caption, String credit, String copyright,
            String altText, String usageTerms, String license, String acquireLicensePage) {
        PhotoMetadata m = photo.toBuilder().caption(caption).credit(credit).copyright(copyright).altText(altText)
                .usageTerms(usageTerms).build();
        return new PublishedFields(m, license, acquireLicensePage);
    }
}
