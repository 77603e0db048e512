package org.photodesk.app;

import org.photodesk.core.ingest.IngestLimits;

/**
 * How to open a library: the ingest limits and whether renditions are made at ingest (else deferred).
 */
public record LibraryOptions(long maxFileBytes, double maxMegapixels, boolean renditionsAtIngest) {

    /** The defaults: {@link IngestLimits#DEFAULT}, renditions at ingest. */
    public static final LibraryOptions DEFAULT =
            new LibraryOptions(IngestLimits.DEFAULT.maxFileBytes(), IngestLimits.DEFAULT.maxMegapixels(), true);

    public IngestLimits limits() {
        return new IngestLimits(maxFileBytes, maxMegapixels);
    }
}
