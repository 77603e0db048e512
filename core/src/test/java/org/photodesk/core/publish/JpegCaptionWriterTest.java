package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class JpegCaptionWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script>\" onerror=alert(1) x=\" & Zürich\u0001";

    @Test
    void xmpPacketEscapesUntrustedTextAndStaysWellFormed() throws Exception {
        String xmp = JpegCaptionWriter.xmp(new CaptionFields(HOSTILE, "Angèle/AP", List.of(HOSTILE), null, null,
                "Runners"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        String clean = HOSTILE.replace("\u0001", "");
        assertThat(doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "description").item(0)
                .getTextContent()).isEqualTo(clean);
        assertThat(doc.getElementsByTagNameNS("http://ns.adobe.com/photoshop/1.0/", "Credit").item(0)
                .getTextContent()).isEqualTo("Angèle/AP");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void writesIntoAJpegThatImageIoStillReads() throws Exception {
        byte[] jpeg = TestJpegs.jpeg(320, 200, java.awt.Color.BLUE, java.awt.Color.YELLOW);
        byte[] out = new JpegCaptionWriter().write(jpeg, new CaptionFields("Zürich", "AP", List.of(), null, null,
                null));
        assertThat(JpegImages.size(out)).isEqualTo(new java.awt.Dimension(320, 200));
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("Zürich");
    }
}
