package org.photodesk.core.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.JpegPhotoshopMetadata;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcType;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Writes a caption, credit, byline, copyright, headline and alt text into a JPEG's IPTC IIM (UTF-8, declared by
 * dataset 1:90) and XMP, so that a published file carries its own description wherever it is copied.
 *
 * <p>IIM: the file's other IIM datasets are kept (commons-imaging's {@code writeIptc} replaces the whole set, so
 * they are merged first); the Photoshop IPTC digest (resource 0x0425) is dropped because the IIM changed. XMP: the
 * packet is replaced by one holding these fields, in the properties the IPTC Photo Metadata Standard maps them to.
 */
public final class JpegCaptionWriter {

    /** Photoshop image resource holding the MD5 digest of the IIM block, stale once the IIM changes. */
    private static final int IPTC_DIGEST = 0x0425;
    private static final Set<IptcType> REPLACED = Set.of(IptcTypes.CAPTION_ABSTRACT, IptcTypes.CREDIT,
            IptcTypes.BYLINE, IptcTypes.COPYRIGHT_NOTICE, IptcTypes.HEADLINE);

    /** {@code jpeg} with {@code fields} written into its IIM and XMP. */
    public byte[] write(byte[] jpeg, CaptionFields fields) throws IOException {
        return writeXmp(writeIptc(jpeg, fields), fields);
    }

    private static byte[] writeIptc(byte[] jpeg, CaptionFields f) throws IOException {
        var records = new ArrayList<IptcRecord>();
        var blocks = new ArrayList<IptcBlock>();
        PhotoshopApp13Data existing = existing(jpeg);
        if (existing != null) {
            existing.getRecords().stream().filter(r -> !REPLACED.contains(r.iptcType)).forEach(records::add);
            existing.getNonIptcBlocks().stream().filter(b -> b.getBlockType() != IPTC_DIGEST).forEach(blocks::add);
        }
        f.byline().forEach(name -> records.add(new IptcRecord(IptcTypes.BYLINE, name)));
        add(records, IptcTypes.HEADLINE, f.headline());
        add(records, IptcTypes.CREDIT, f.credit());
        add(records, IptcTypes.COPYRIGHT_NOTICE, f.copyright());
        add(records, IptcTypes.CAPTION_ABSTRACT, f.caption());
        var out = new ByteArrayOutputStream(jpeg.length + 4096);
        new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, blocks, true));
        return out.toByteArray();
    }

    private static PhotoshopApp13Data existing(byte[] jpeg) throws IOException {
        try {
            JpegPhotoshopMetadata m = new JpegImageParser()
                    .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
            return m == null ? null : m.photoshopApp13Data;
        } catch (ImagingException e) {
            // Unreadable IIM in an untrusted file: start from an empty set rather than refuse to publish.
            return null;
        }
    }

    private static void add(List<IptcRecord> records, IptcType type, String value) {
        if (value != null && !value.isBlank()) {
            records.add(new IptcRecord(type, value));
        }
    }

    private static byte[] writeXmp(byte[] jpeg, CaptionFields f) throws IOException {
        var out = new ByteArrayOutputStream(jpeg.length + 4096);
        new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp(f));
        return out.toByteArray();
    }

    /** The XMP packet for {@code f}. */
    static String xmp(CaptionFields f) {
        var x = new StringBuilder(1024);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\"\n");
        x.append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        x.append("    xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"\n");
        x.append("    xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">\n");
        alt(x, "dc:description", f.caption());
        if (!f.byline().isEmpty()) {
            x.append("   <dc:creator><rdf:Seq>");
            f.byline().forEach(n -> x.append("<rdf:li>").append(escape(n)).append("</rdf:li>"));
            x.append("</rdf:Seq></dc:creator>\n");
        }
        alt(x, "dc:rights", f.copyright());
        simple(x, "photoshop:Credit", f.credit());
        simple(x, "photoshop:Headline", f.headline());
        alt(x, "Iptc4xmpCore:AltTextAccessibility", f.altText());
        x.append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static void alt(StringBuilder x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.append("   <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                    .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
        }
    }

    private static void simple(StringBuilder x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.append("   <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    /** XML text escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        var out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (ok) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
