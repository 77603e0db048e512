package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MediaRssGalleryRendererTest {

    private static final String MEDIA = MediaRssGalleryRenderer.MEDIA_NS;

    private final MediaRssGalleryRenderer renderer = new MediaRssGalleryRenderer();

    private String marathon() {
        return renderer.render(TestGalleries.renderable(TestGalleries.marathon(), TestGalleries.photos()));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element media(Element item, String name) {
        return (Element) item.getElementsByTagNameNS(MEDIA, name).item(0);
    }

    @Test
    void matchesTheGoldenFile() {
        Golden.assertMatches("feed.xml", marathon());
    }

    @Test
    void isWellFormedRssWithOneMediaItemPerPhotoInOrder() throws Exception {
        Document doc = parse(marathon());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = doc.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(3);
        String[] links = new String[3];
        for (int i = 0; i < 3; i++) {
            links[i] = ((Element) items.item(i)).getElementsByTagName("link").item(0).getTextContent();
        }
        assertThat(links).containsExactly(
                "https://news.example/galleries/zurich-marathon-2024/#photo-12",
                "https://news.example/galleries/zurich-marathon-2024/#photo-11",
                "https://news.example/galleries/zurich-marathon-2024/#photo-13");
        Element second = (Element) items.item(1);
        Element content = media(second, "content");
        assertThat(content.getAttribute("url"))
                .isEqualTo("https://news.example/galleries/zurich-marathon-2024/images/11-preview.jpg");
        assertThat(content.getAttribute("medium")).isEqualTo("image");
        assertThat(content.getAttribute("width")).isEqualTo("1600");
        assertThat(content.getAttribute("height")).isEqualTo("1067");
        Element credit = media(second, "credit");
        assertThat(credit.getAttribute("role")).isEqualTo("photographer");
        assertThat(credit.getTextContent()).isEqualTo("Jonas Keller");
        Element description = media(second, "description");
        assertThat(description.getAttribute("type")).isEqualTo("plain");
        assertThat(description.getTextContent()).startsWith("Angèle Roux of France crosses");
        assertThat(media(second, "title").getTextContent()).isEqualTo("Switzerland Marathon");
        assertThat(doc.getElementsByTagName("pubDate").item(0).getTextContent())
                .isEqualTo("Sun, 11 Aug 2024 19:45:12 GMT");
    }

    @Test
    void hostileTextStaysText() throws Exception {
        String xml = renderer.render(TestGalleries.hostile());
        assertThat(xml).doesNotContain("<script>", "\" onerror");
        Document doc = parse(xml);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(TestGalleries.HOSTILE);
        Element first = (Element) doc.getElementsByTagName("item").item(0);
        assertThat(media(first, "description").getTextContent()).isEqualTo(TestGalleries.HOSTILE);
        assertThat(media(first, "credit").getTextContent()).isEqualTo(TestGalleries.HOSTILE);
        Element secondContent = media((Element) doc.getElementsByTagName("item").item(1), "content");
        assertThat(secondContent.getAttributes().getLength()).isEqualTo(5);
    }
}
