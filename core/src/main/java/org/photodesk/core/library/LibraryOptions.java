package org.photodesk.core.library;

import org.photodesk.core.ingest.IngestLimits;

/**
 * How to open a library: the ingest limits, whether renditions are made at ingest (else deferred), and the name the
 * house's own staff photos are credited to (null when none).
 */
public record LibraryOptions(long maxFileBytes, double maxMegapixels, boolean renditionsAtIngest, String houseName) {

    /** The defaults: {@link IngestLimits#DEFAULT}, renditions at ingest, no house name. */
    public static final LibraryOptions DEFAULT =
            new LibraryOptions(IngestLimits.DEFAULT.maxFileBytes(), IngestLimits.DEFAULT.maxMegapixels(), true, null);

    /** The same options with renditions made at ingest or deferred. */
    public LibraryOptions withRenditions(boolean atIngest) {
        return new LibraryOptions(maxFileBytes, maxMegapixels, atIngest, houseName);
    }

    public IngestLimits limits() {
        return new IngestLimits(maxFileBytes, maxMegapixels);
    }
}
