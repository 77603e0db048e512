package org.photodesk.core.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegRewriter;

/**
 * Drops from a JPEG every metadata segment a published file must not carry over from its original, with
 * commons-imaging's segment reader and writer: comments, XMP (the main packet and ExtendedXMP), the Photoshop IIM
 * block, multi-picture and maker segments (APP3 to APP13, APP15, APP2 other than ICC), leaving the image, JFIF
 * (APP0), EXIF (APP1, filtered apart by {@link ExifWriter}), ICC profiles (APP2) and Adobe's colour transform
 * (APP14). The caption writer then adds fresh EXIF, IIM and XMP.
 */
final class PublicSegments extends JpegRewriter {

    private static final int APP0 = 0xFFE0;
    private static final int APP1 = 0xFFE1;
    private static final int APP2 = 0xFFE2;
    private static final int APP14 = 0xFFEE;
    private static final int APP15 = 0xFFEF;
    private static final int COM = 0xFFFE;
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    /** {@code jpeg} with only the segments listed above. */
    byte[] keep(byte[] jpeg) throws IOException {
        JFIFPieces pieces = analyzeJfif(ByteSource.array(jpeg));
        List<JFIFPiece> kept = pieces.pieces.stream().filter(PublicSegments::isPublic).toList();
        var out = new ByteArrayOutputStream(jpeg.length);
        writeSegments(out, kept);
        return out.toByteArray();
    }

    private static boolean isPublic(JFIFPiece piece) {
        if (!(piece instanceof JFIFPieceSegment segment)) {
            return true;
        }
        int marker = segment.marker;
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return switch (marker) {
            case APP0, APP14 -> true;
            case APP1 -> segment.isExifSegment();
            case APP2 -> startsWith(segment.getSegmentData(), ICC);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
