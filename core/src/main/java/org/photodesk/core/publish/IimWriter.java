package org.photodesk.core.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.JpegPhotoshopMetadata;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcParser;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Writes a JPEG's IPTC IIM afresh with commons-imaging (UTF-8, declared by dataset 1:90): every dataset from the
 * published fields and nothing else from the original, so no Special Instructions (2:40), Job Id (2:103), contact
 * (2:118) or release date reaches readers. The Photoshop block keeps only the resolution resource (0x03ED) of the
 * original and gets a fresh IPTC digest (0x0425, the MD5 of the IIM block as written), so that readers following the
 * Metadata Working Group rule see IIM and XMP as in step.
 */
final class IimWriter {

    /** Photoshop image resource: MD5 digest of the IIM block. */
    static final int IPTC_DIGEST = 0x0425;
    /** Photoshop image resource: resolution info, kept from the original. */
    private static final int RESOLUTION_INFO = 0x03ED;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    /**
     * {@code jpeg} (which has no Photoshop block left) with the IIM of {@code m} and the Photoshop resources
     * {@code kept} from its original ({@link #kept}).
     */
    byte[] write(byte[] jpeg, PhotoMetadata m, List<IptcBlock> kept) throws IOException {
        List<IptcRecord> records = records(m);
        var blocks = new ArrayList<IptcBlock>(kept);
        blocks.add(new IptcBlock(IPTC_DIGEST, new byte[0], digest(records)));
        var out = new ByteArrayOutputStream(jpeg.length + 4096);
        new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, blocks, true));
        return out.toByteArray();
    }

    /** The IIM datasets of {@code m}, in dataset order. */
    static List<IptcRecord> records(PhotoMetadata m) {
        var r = new ArrayList<IptcRecord>();
        add(r, IptcTypes.OBJECT_NAME, m.title());
        m.keywords().forEach(k -> add(r, IptcTypes.KEYWORDS, k));
        DateCreated d = m.dateCreated();
        if (d != null) {
            add(r, IptcTypes.DATE_CREATED, DATE.format(d.date()));
            if (d.time() != null) {
                String offset = d.offset() == null ? "" : d.offset().getId().replace("Z", "+00:00").replace(":", "");
                add(r, IptcTypes.TIME_CREATED, TIME.format(d.time()) + offset);
            }
        }
        m.byline().forEach(b -> add(r, IptcTypes.BYLINE, b));
        add(r, IptcTypes.BYLINE_TITLE, m.bylineTitle());
        add(r, IptcTypes.CITY, m.city());
        add(r, IptcTypes.SUBLOCATION, m.sublocation());
        add(r, IptcTypes.PROVINCE_STATE, m.state());
        add(r, IptcTypes.COUNTRY_PRIMARY_LOCATION_CODE, m.countryCode());
        add(r, IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME, m.country());
        add(r, IptcTypes.HEADLINE, m.headline());
        add(r, IptcTypes.CREDIT, m.credit());
        add(r, IptcTypes.SOURCE, m.source());
        add(r, IptcTypes.COPYRIGHT_NOTICE, m.copyright());
        add(r, IptcTypes.CAPTION_ABSTRACT, m.caption());
        return r;
    }

    private static void add(List<IptcRecord> records, IptcTypes type, String value) {
        if (value != null && !value.isBlank()) {
            records.add(new IptcRecord(type, value));
        }
    }

    /** The MD5 of the IIM block as {@link JpegIptcRewriter} writes it for {@code records} (UTF-8 forced). */
    static byte[] digest(List<IptcRecord> records) throws IOException {
        try {
            return MessageDigest.getInstance("MD5").digest(new IptcParser().writeIptcBlock(records, true));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5, which the IPTC digest needs", e);
        }
    }

    /** The Photoshop resources of {@code jpeg} a published file keeps: its resolution, when it has one. */
    static List<IptcBlock> kept(byte[] jpeg) {
        try {
            JpegPhotoshopMetadata m = new JpegImageParser()
                    .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
            return m == null ? List.of() : m.photoshopApp13Data.getNonIptcBlocks().stream()
                    .filter(b -> b.getBlockType() == RESOLUTION_INFO).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
