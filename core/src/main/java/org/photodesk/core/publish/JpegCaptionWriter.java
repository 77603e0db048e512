package org.photodesk.core.publish;

import java.io.IOException;
import java.util.Objects;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.photodesk.core.provenance.C2paStripper;

/**
 * Writes what a published JPEG says about itself, the same in IPTC IIM, XMP and EXIF, and removes what it must not
 * carry over from the agency's original: the C2PA manifest store (a claim about the original that the modified file
 * no longer matches), every private segment ({@link PublicSegments}), private EXIF (GPS, serial numbers, owner,
 * maker notes: all but the {@link ExifKeepList}), and every IIM dataset and XMP property but the published fields
 * (so never the agency's Special Instructions). IIM is written in UTF-8 with a fresh Photoshop IPTC digest; EXIF
 * ImageDescription, Artist and Copyright repeat the caption, byline and copyright.
 */
public final class JpegCaptionWriter {

    private final ExifWriter exif;
    private final IimWriter iim = new IimWriter();
    private final XmpWriter xmp = new XmpWriter();

    /** With the {@link ExifKeepList#DEFAULT} keep list. */
    public JpegCaptionWriter() {
        this(ExifKeepList.DEFAULT);
    }

    public JpegCaptionWriter(ExifKeepList keep) {
        this.exif = new ExifWriter(Objects.requireNonNull(keep, "keep"));
    }

    /** {@code jpeg} carrying {@code fields} and nothing private of its original. */
    public byte[] write(byte[] jpeg, PublishedFields fields) throws IOException {
        java.util.List<IptcBlock> kept = IimWriter.kept(jpeg);
        byte[] clean = new PublicSegments().keep(C2paStripper.strip(jpeg));
        byte[] withExif = exif.write(clean, fields.metadata());
        byte[] withIim = iim.write(withExif, fields.metadata(), kept);
        return xmp.write(withIim, fields);
    }
}
