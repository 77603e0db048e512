package org.photodesk.core.gallery;

import java.time.Instant;

/**
 * What a published photo tells readers and partners about its rights, beside its copyright notice: the usage terms
 * (IPTC usage terms and the agency's restrictions), whether it is restricted, when its embargo lifted, the house's
 * licence and licensing pages, and whether the original's C2PA Content Credentials were removed because the
 * published file was modified. Never the agency's instructions or embargo words.
 *
 * @param usageTerms one statement of the usage terms, or null (ninjs {@code usageTerms})
 * @param restricted whether the terms limit use (Media RSS {@code media:restriction})
 * @param embargoedUntil when the photo's embargo lifted, or null (ninjs {@code embargoedUntil})
 * @param license the URL of the licence that applies (schema.org {@code license}, ninjs {@code rightsInfo}), or null
 * @param acquireLicensePage the URL of the page to license the photo (schema.org {@code acquireLicensePage}), or null
 * @param credentialsRemoved whether the original carried a C2PA manifest store that publishing removed
 */
public record EntryRights(String usageTerms, boolean restricted, Instant embargoedUntil, String license,
        String acquireLicensePage, boolean credentialsRemoved) {

    /** Nothing to say. */
    public static final EntryRights NONE = new EntryRights(null, false, null, null, null, false);

    public EntryRights {
        usageTerms = Texts.blankToNull(usageTerms);
        license = Texts.blankToNull(license);
        acquireLicensePage = Texts.blankToNull(acquireLicensePage);
    }
}
