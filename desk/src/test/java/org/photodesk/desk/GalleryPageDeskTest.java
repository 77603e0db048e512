package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery page's preview of what goes out: the published caption column, and {@code /galleries/{id}/page} (the
 * page publishing would write, with the desk's pictures, under the published pages' policy), the same captions as
 * the page publishing then writes.
 */
class GalleryPageDeskTest {

    private static final String AP = "A runner stretches before the marathon in Paris, France, on Sunday, Aug. 11, 2024."
            + " (AP Photo/Jane Roe)";
    private static final String CLEANED = "A runner stretches before the marathon in Paris, France, on Sunday, Aug. 11,"
            + " 2024.";

    @TempDir
    Path dir;
    DeskHarness desk;
    HttpSession viewer;
    HttpSession editor;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir);
        viewer = new HttpSession(desk.base);
        assertThat(viewer.login("viewer", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
        editor = new HttpSession(desk.base);
        assertThat(editor.login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void thePagePreviewIsWhatPublishingWritesWithTheDesksPictures() throws Exception {
        long photo = desk.photo(AP, "Jane Roe", "AP", "Paris").id();
        long id = HttpSession.tree(editor.json("POST", "/api/galleries", Map.of("title", "Marathon"))).get("id").asLong();
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(photo)))
                .statusCode()).isEqualTo(200);

        var editorPage = viewer.get("/galleries/" + id);
        assertThat(editorPage.statusCode()).isEqualTo(200);
        assertThat(editorPage.body()).contains("<p class=\"caption outgoing\">" + CLEANED + "</p>")
                .contains("id=\"phone-preview-toggle\"").contains("/static/gallery-tools.js");

        var page = viewer.get("/galleries/" + id + "/page");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(PublishedFiles.PUBLISHED_POLICY);
        assertThat(page.body()).contains("<span class=\"caption\">" + CLEANED + "</span>")
                .contains("src=\"/photos/" + photo + "/preview\"").doesNotContain("(AP Photo/");

        var r = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // read as readers do, from the desk's /published/ (the site may be a folder or S3)
        String written = new HttpSession(desk.base).get("/published/marathon/").body();
        assertThat(written).contains("<span class=\"caption\">" + CLEANED + "</span>");
        assertThat(viewer.get("/galleries/999/page").statusCode()).isEqualTo(404);
        assertThat(new HttpSession(desk.base).get("/galleries/" + id + "/page").statusCode()).isNotEqualTo(200);
    }
}
