package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Rights travel with each picture: ninjs, Media RSS and the page's JSON-LD carry what the publisher resolved. */
class RightsRenderingTest {

    private static final EntryRights RIGHTS = new EntryRights("EDITORIAL USE ONLY. NO SALES.", true,
            Instant.parse("2024-08-13T00:01:00Z"), "https://news.example/licence", "https://news.example/licensing",
            true);

    private static RenderableGallery gallery() {
        return new GalleryAssembler(TestGalleries.lookup(TestGalleries.photos()), CreditLineFormatter.DEFAULT,
                RenditionPlanner.STANDARD, p -> p.id() == 11 ? RIGHTS : EntryRights.NONE)
                .assemble(TestGalleries.marathon(), "https://news.example/galleries");
    }

    private static JsonNode picture(JsonNode associations, String id) {
        for (JsonNode a : associations) {
            if (a.path("altIds").get(0).path("value").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no picture " + id);
    }

    @Test
    void ninjsCarriesUsageTermsEmbargoLicenceAndTheRemovedCredentials() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new NinjsGalleryRenderer().render(gallery()));
        JsonNode restricted = picture(root.path("associations"), "11");
        JsonNode free = picture(root.path("associations"), "12");

        assertThat(restricted.path("usageTerms").asText()).isEqualTo("EDITORIAL USE ONLY. NO SALES.");
        assertThat(restricted.path("embargoedUntil").asText()).isEqualTo("2024-08-13T00:01:00Z");
        assertThat(restricted.path("rightsInfo").path("linkedRights").asText()).isEqualTo("https://news.example/licence");
        assertThat(restricted.path("descriptions").toString()).contains("\"provenance\"", "C2PA");
        assertThat(free.has("usageTerms")).isFalse();
        assertThat(free.has("embargoedUntil")).isFalse();
        assertThat(free.path("descriptions").toString()).doesNotContain("provenance");
    }

    @Test
    void mediaRssCarriesCopyrightLicenceAndRestriction() {
        String rss = new MediaRssGalleryRenderer().render(gallery());
        var doc = Jsoup.parse(rss, "", org.jsoup.parser.Parser.xmlParser());
        var restricted = doc.select("item").stream().filter(i -> i.selectFirst("guid").text().endsWith("photo-11"))
                .findFirst().orElseThrow();
        var free = doc.select("item").stream().filter(i -> i.selectFirst("guid").text().endsWith("photo-12"))
                .findFirst().orElseThrow();

        assertThat(restricted.selectFirst("media|copyright").attr("url")).isEqualTo("https://news.example/licensing");
        assertThat(restricted.selectFirst("media|copyright").text()).isEqualTo("Copyright 2024 The Associated Press");
        assertThat(restricted.selectFirst("media|license").attr("href")).isEqualTo("https://news.example/licence");
        assertThat(restricted.selectFirst("media|restriction").attr("type")).isEqualTo("sharing");
        assertThat(restricted.selectFirst("media|restriction").attr("relationship")).isEqualTo("deny");
        assertThat(free.select("media|restriction")).isEmpty();
    }

    @Test
    void theJsonLdOfThePageCarriesLicenceAcquirePageAndCopyrightNotice() throws Exception {
        String html = new HtmlGalleryRenderer().render(gallery());
        String ld = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
        JsonNode media = new ObjectMapper().readTree(ld).path("associatedMedia");
        JsonNode restricted = null;
        for (JsonNode m : media) {
            if (m.path("contentUrl").asText().contains("/11-")) {
                restricted = m;
            }
        }

        assertThat(restricted).isNotNull();
        assertThat(restricted.path("license").asText()).isEqualTo("https://news.example/licence");
        assertThat(restricted.path("acquireLicensePage").asText()).isEqualTo("https://news.example/licensing");
        assertThat(restricted.path("copyrightNotice").asText()).isEqualTo("Copyright 2024 The Associated Press");
        assertThat(html).doesNotContain("EMBARGO");
    }
}
