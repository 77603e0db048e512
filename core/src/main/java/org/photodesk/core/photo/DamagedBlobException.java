package org.photodesk.core.photo;

import java.io.IOException;

/** Thrown when a stored original no longer hashes to its name: it was changed on disk or cut short. */
public final class DamagedBlobException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String sha256;

    /** The blob {@code sha256}, whose bytes were found as {@code found} describes. */
    public DamagedBlobException(String sha256, String found) {
        super("the stored original " + sha256 + " is " + found + ": re-ingest the original file to restore it "
                + "(see 'photodesk verify')");
        this.sha256 = sha256;
    }

    /** The name of the damaged blob. */
    public String sha256() {
        return sha256;
    }
}
