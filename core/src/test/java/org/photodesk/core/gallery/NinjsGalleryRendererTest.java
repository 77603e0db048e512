package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsGalleryRendererTest {

    private final NinjsGalleryRenderer renderer = new NinjsGalleryRenderer();

    private String marathon() {
        return renderer.render(TestGalleries.renderable(TestGalleries.marathon(), TestGalleries.photos()));
    }

    private static String role(JsonNode descriptions, String role) {
        for (JsonNode d : descriptions) {
            if (d.path("role").asText().equals(role)) {
                return d.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void matchesTheGoldenFile() {
        Golden.assertMatches("gallery.json", marathon());
    }

    @Test
    void isACompositeWithOrderedPictureAssociations() throws Exception {
        JsonNode root = new ObjectMapper().readTree(marathon());
        assertThat(root.path("type").asText()).isEqualTo("composite");
        assertThat(root.path("uri").asText()).isEqualTo("https://news.example/galleries/zurich-marathon-2024/");
        assertThat(root.path("version").asText()).isEqualTo("1");
        assertThat(root.path("firstCreated").asText()).isEqualTo("2024-08-11T08:30:00Z");
        assertThat(root.path("versionCreated").asText()).isEqualTo("2024-08-11T19:45:12Z");
        assertThat(root.path("standard").path("version").asText()).isEqualTo("3.0");
        assertThat(root.path("headlines").get(0).path("value").asText()).isEqualTo("Zürich Marathon");
        assertThat(role(root.path("descriptions"), "summary")).isEqualTo("Angèle Roux wins in Zürich.");
        JsonNode assoc = root.path("associations");
        assertThat(assoc.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        assoc.forEach(a -> ids.add(a.path("altIds").get(0).path("value").asText()));
        assertThat(ids).containsExactly("12", "11", "13");
        JsonNode second = assoc.get(1);
        assertThat(second.path("name").asText()).isEqualTo("photo-2");
        assertThat(second.path("type").asText()).isEqualTo("picture");
        assertThat(second.path("by").asText()).isEqualTo("Jonas Keller");
        assertThat(second.path("copyrightNotice").asText()).isEqualTo("Copyright 2024 The Associated Press");
        assertThat(role(second.path("descriptions"), "caption")).startsWith("Angèle Roux of France");
        assertThat(role(second.path("descriptions"), "creditline")).isEqualTo("Jonas Keller/AP");
        JsonNode renditions = second.path("renditions");
        assertThat(renditions).hasSize(3);
        assertThat(renditions.get(0).path("name").asText()).isEqualTo("thumbnail");
        assertThat(renditions.get(0).path("width").asInt()).isEqualTo(400);
        assertThat(renditions.get(0).path("height").asInt()).isEqualTo(267);
        assertThat(renditions.get(0).path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(renditions.get(2).path("href").asText())
                .isEqualTo("https://news.example/galleries/zurich-marathon-2024/images/11-original.jpg");
    }

    @Test
    void hostileTextRoundTripsAndCannotOpenATag() throws Exception {
        String json = renderer.render(TestGalleries.hostile());
        assertThat(json).doesNotContain("<", ">");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("headlines").get(0).path("value").asText()).isEqualTo(TestGalleries.HOSTILE);
        JsonNode first = root.path("associations").get(0);
        assertThat(role(first.path("descriptions"), "caption")).isEqualTo(TestGalleries.HOSTILE);
        assertThat(role(first.path("descriptions"), "creditline")).isEqualTo(TestGalleries.HOSTILE);
        assertThat(first.path("by").asText()).isEqualTo(TestGalleries.HOSTILE);
    }
}
