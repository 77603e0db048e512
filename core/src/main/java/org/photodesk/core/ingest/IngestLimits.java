package org.photodesk.core.ingest;

/**
 * The limits a file must stay within to be ingested, so that one hostile file cannot exhaust the machine.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxMegapixels the largest image accepted, in millions of pixels as its header claims them; checked before
 *     any pixel memory is taken
 */
public record IngestLimits(long maxFileBytes, double maxMegapixels) {

    /** 200 MB files, 250 megapixels: above any camera or scanner an agency uses, far below a decompression bomb. */
    public static final IngestLimits DEFAULT = new IngestLimits(200L * 1024 * 1024, 250);

    public IngestLimits {
        if (maxFileBytes <= 0 || maxMegapixels <= 0) {
            throw new IllegalArgumentException("limits must be positive, got " + maxFileBytes + " bytes and "
                    + maxMegapixels + " megapixels");
        }
    }
}
