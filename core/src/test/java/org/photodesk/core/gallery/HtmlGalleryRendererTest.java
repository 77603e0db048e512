package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlGalleryRendererTest {

    private static final Pattern IMG = Pattern.compile("<img [^>]*>");
    private static final String LD_OPEN = "<script type=\"application/ld+json\">";

    private final HtmlGalleryRenderer renderer = new HtmlGalleryRenderer();

    private String marathon() {
        return renderer.render(TestGalleries.renderable(TestGalleries.marathon(), TestGalleries.photos()));
    }

    private static String jsonLd(String html) {
        int start = html.indexOf(LD_OPEN) + LD_OPEN.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    @Test
    void matchesTheGoldenFile() {
        Golden.assertMatches("index.html", marathon());
    }

    @Test
    void figuresFollowGalleryOrderAndOnlyTheFirstImageIsEager() {
        String html = marathon();
        assertThat(html.indexOf("id=\"photo-12\"")).isLessThan(html.indexOf("id=\"photo-11\""));
        assertThat(html.indexOf("id=\"photo-11\"")).isLessThan(html.indexOf("id=\"photo-13\""));
        Matcher m = IMG.matcher(html);
        int count = 0;
        while (m.find()) {
            assertThat(m.group().contains("loading=\"lazy\"")).as(m.group()).isEqualTo(count > 0);
            count++;
        }
        assertThat(count).isEqualTo(3);
    }

    @Test
    void imagesHaveSrcsetSizesAndAltTextFromIptcWhenPresent() {
        String html = marathon();
        assertThat(html).contains("srcset=\"images/12-thumbnail.jpg 400w, images/12-preview.jpg 1600w, "
                + "images/12-original.jpg 3000w\"");
        assertThat(html).contains("alt=\"Runners beside a lake at dawn\"");
        assertThat(html).contains("alt=\"Angèle Roux of France crosses the finish line of the Zürich marathon");
        assertThat(html).doesNotContain("alt=\"Angèle Roux of France crosses the finish line of the Zürich marathon "
                + "in Zürich, Switzerland, on Sunday, Aug. 11, 2024. (AP");
        assertThat(html).contains("<span class=\"credit\">Jonas Keller/AP</span>");
    }

    @Test
    void hasOpenGraphTagsAndImageGalleryJsonLd() throws Exception {
        String html = marathon();
        assertThat(html).contains("<meta property=\"og:title\" content=\"Zürich Marathon\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:description\" content=\"Angèle Roux wins in Zürich.\">",
                "<meta property=\"og:image\" content=\"https://news.example/galleries/zurich-marathon-2024/"
                        + "images/12-preview.jpg\">");
        JsonNode ld = new ObjectMapper().readTree(jsonLd(html));
        assertThat(ld.path("@type").asText()).isEqualTo("ImageGallery");
        JsonNode media = ld.path("associatedMedia");
        assertThat(media).hasSize(3);
        JsonNode second = media.get(1);
        assertThat(second.path("@type").asText()).isEqualTo("ImageObject");
        assertThat(second.path("creditText").asText()).isEqualTo("Jonas Keller/AP");
        assertThat(second.path("creator").path("@type").asText()).isEqualTo("Person");
        assertThat(second.path("creator").path("name").asText()).isEqualTo("Jonas Keller");
        assertThat(second.path("copyrightNotice").asText()).isEqualTo("Copyright 2024 The Associated Press");
        assertThat(second.path("caption").asText()).startsWith("Angèle Roux");
        assertThat(second.path("contentUrl").asText()).endsWith("/images/11-original.jpg");
    }

    @Test
    void hostileTextComesOutInert() throws Exception {
        String html = renderer.render(TestGalleries.hostile());
        String ld = jsonLd(html);
        assertThat(html.replace(ld, "")).doesNotContain("<script>", "\" onerror", "alert(1)</script>");
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html.split("</figcaption>", -1)).hasSize(3);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=alert(1) x=&quot;");
        assertThat(ld).doesNotContain("<", ">").contains("\\u003Cscript\\u003E");
        JsonNode media = new ObjectMapper().readTree(ld).path("associatedMedia");
        assertThat(media.get(0).path("caption").asText()).isEqualTo(TestGalleries.HOSTILE);
        assertThat(media.get(0).path("creditText").asText()).isEqualTo(TestGalleries.HOSTILE);
        assertThat(media.get(1).path("caption").asText()).isEqualTo(TestGalleries.HOSTILE);
    }

    @Test
    void dropsControlCharactersThatHtmlCannotCarry() {
        assertThat(Markup.escape("a\u0000b\u0007c\u009fd\te\uD83D\uDCF7")).isEqualTo("abcd\te\uD83D\uDCF7");
        assertThat(Markup.escape("x\uD800y")).isEqualTo("xy");
    }
}
