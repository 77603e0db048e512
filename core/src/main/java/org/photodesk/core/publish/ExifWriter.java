package org.photodesk.core.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Rewrites a JPEG's EXIF with commons-imaging's {@link TiffOutputSet}: a new set holding only the original's tags
 * that the {@link ExifKeepList} keeps (from IFD0 and the EXIF directory; the GPS directory only when the list says
 * GPS), then ImageDescription, Artist and Copyright set from the published fields, so that EXIF says what IIM and
 * XMP say (exiftool's MWG composite tags read EXIF first). The EXIF thumbnail (IFD1) and interoperability directory
 * are never carried over. EXIF that cannot be read is dropped rather than copied.
 */
final class ExifWriter {

    private final ExifKeepList keep;

    ExifWriter(ExifKeepList keep) {
        this.keep = keep;
    }

    /** {@code jpeg} with its EXIF replaced; without EXIF when there is nothing to say. */
    byte[] write(byte[] jpeg, PhotoMetadata m) throws IOException {
        TiffOutputSet old = existing(jpeg);
        TiffOutputSet set = new TiffOutputSet(old == null ? ByteOrder.BIG_ENDIAN : old.byteOrder);
        TiffOutputDirectory root = set.addRootDirectory();
        if (old != null) {
            copy(old.getRootDirectory(), root);
            if (old.getExifDirectory() != null) {
                copy(old.getExifDirectory(), set.getOrCreateExifDirectory());
            }
            if (keep.gps() && old.getGpsDirectory() != null) {
                old.getGpsDirectory().getFields().forEach(set.getOrCreateGpsDirectory()::add);
            }
        }
        ascii(root, TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, m.caption());
        ascii(root, TiffTagConstants.TIFF_TAG_ARTIST, m.byline().isEmpty() ? null : String.join("; ", m.byline()));
        ascii(root, TiffTagConstants.TIFF_TAG_COPYRIGHT, m.copyright());
        var out = new ByteArrayOutputStream(jpeg.length + 4096);
        if (root.getFields().isEmpty() && set.getExifDirectory() == null && set.getGpsDirectory() == null) {
            new ExifRewriter().removeExifMetadata(jpeg, out);
        } else {
            new ExifRewriter().updateExifMetadataLossy(jpeg, out, set);
        }
        return out.toByteArray();
    }

    private void copy(TiffOutputDirectory from, TiffOutputDirectory to) {
        if (from == null) {
            return;
        }
        for (TiffOutputField field : from.getFields()) {
            if (keep.keeps(field.tag)) {
                to.add(field);
            }
        }
    }

    private static void ascii(TiffOutputDirectory dir, TagInfoAscii tag, String value) throws ImagingException {
        dir.removeField(tag);
        if (value != null && !value.isBlank()) {
            dir.add(tag, value);
        }
    }

    /** The file's EXIF as an output set, or null when it has none or it cannot be read. */
    private static TiffOutputSet existing(byte[] jpeg) {
        try {
            ImageMetadata metadata = new JpegImageParser().getMetadata(ByteSource.array(jpeg),
                    new JpegImagingParameters());
            TiffImageMetadata exif = metadata instanceof JpegImageMetadata j ? j.getExif() : null;
            return exif == null ? null : exif.getOutputSet();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
