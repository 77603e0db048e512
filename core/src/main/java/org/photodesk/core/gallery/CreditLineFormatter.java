package org.photodesk.core.gallery;

import org.photodesk.core.photo.PhotoMetadata;

/**
 * Writes a photo's credit line in the house style. The caption package provides the real one; {@link #DEFAULT} is a
 * plain fallback: {@code Photographer/Agency}, as most agencies print it (for example {@code Angèle Roux/AFP}).
 */
@FunctionalInterface
public interface CreditLineFormatter {

    /** The credit line for {@code m}, supplied by {@code agency} (may be null); null when nothing is known. */
    String creditLine(PhotoMetadata m, String agency);

    /** {@code Byline/Agency}; the byline alone, or the agency, credit or source alone when that is all there is. */
    CreditLineFormatter DEFAULT = (m, agency) -> {
        String names = m.byline().isEmpty() ? null : String.join(", ", m.byline());
        String house = Texts.firstNonBlank(agency, m.credit(), m.source());
        if (names == null) {
            return house;
        }
        return house == null || house.equalsIgnoreCase(names) ? names : names + "/" + house;
    };
}
