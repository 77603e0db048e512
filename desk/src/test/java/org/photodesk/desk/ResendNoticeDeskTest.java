package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.provenance.C2paSamples;
import org.photodesk.core.publish.TestJpegs;

/**
 * An agency correction on the desk: the photo page shows the notice with a word diff over the editor's edit, and the
 * editor keeps the edit or takes the agency's text (form with CSRF, or API); Content Credentials on the sheet and
 * the photo page, and the {@code c2pa:} filter.
 */
class ResendNoticeDeskTest {

    @TempDir
    Path dir;
    DeskHarness desk;
    HttpSession editor;
    HttpSession viewer;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir, new DeskServer.Settings(20_000_000, 5, Duration.ofMinutes(1), false));
        editor = new HttpSession(desk.base);
        assertThat(editor.login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
        viewer = new HttpSession(desk.base);
        assertThat(viewer.login("viewer", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private long upload(byte[] bytes) {
        JsonNode answer = HttpSession.tree(editor.upload("photo.jpg", bytes));
        return answer.get("photoId").asLong();
    }

    /** A photo the editor edited, then its agency's correction: returns the photo's id. */
    private long correctedOverAnEdit() throws IOException {
        byte[] v1 = desk.jpeg("Fans gather at the Stade de France before the final.", "Laura Benning", "AP", "Paris");
        long id = upload(v1);
        assertThat(editor.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "caption",
                "value", "Fans gather at the Stade de France before the men's final.")).statusCode()).isEqualTo(200);
        byte[] v2 = TestJpegs.withTags(v1, dir, "-IPTC:Caption-Abstract=Fans gather at the Stade Velodrome before the"
                + " final.", "-XMP-dc:Description=Fans gather at the Stade Velodrome before the final.",
                "-IPTC:SpecialInstructions=CORRECTS NAME OF VENUE <script>alert(1)</script>");
        JsonNode resent = HttpSession.tree(editor.upload("photo-corrected.jpg", v2));
        assertThat(resent.get("outcome").asText()).isEqualTo("updated");
        assertThat(resent.get("photoId").asLong()).isEqualTo(id);
        return id;
    }

    @Test
    void thePhotoPageShowsTheCorrectionWithAWordDiffAndTheEditorTakesTheAgencysText() throws IOException {
        long id = correctedOverAnEdit();

        String page = editor.get("/photos/" + id).body();
        assertThat(page).contains("id=\"notices\"", "Correction", "CORRECTS NAME OF VENUE",
                "<del>de France </del>", "<ins>Velodrome </ins>", "The desk's edit stands",
                "name=\"choice\" value=\"keep\"", "name=\"choice\" value=\"take\"")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(editor.get("/").body()).contains("class=\"notice-badge\"");
        long notice = HttpSession.tree(editor.getJson("/api/photos/" + id + "/notices")).get(0).get("id").asLong();

        assertThat(editor.form("/photos/" + id + "/notices/" + notice, Map.of("choice", "take")).statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(viewer.form("/photos/" + id + "/notices/" + notice, Map.of("_csrf", viewer.csrf, "choice", "take"))
                .statusCode()).as("a viewer may not choose").isEqualTo(403);
        var chosen = editor.form("/photos/" + id + "/notices/" + notice, Map.of("_csrf", editor.csrf, "choice", "take"));

        assertThat(chosen.statusCode()).isIn(200, 302, 303);
        assertThat(desk.find(id).metadata().caption()).isEqualTo("Fans gather at the Stade Velodrome before the final.");
        assertThat(editor.get("/photos/" + id).body()).contains("Took the agency's text", "editor")
                .doesNotContain("name=\"choice\"");
        assertThat(editor.get("/").body()).doesNotContain("class=\"notice-badge\"");
        assertThat(desk.server.audit().recent("photo/" + id, 10)).extracting(AuditLog.Entry::action)
                .contains("notice.resolve");
        assertThat(editor.json("POST", "/api/photos/" + id + "/notices/" + notice, Map.of("choice", "keep"))
                .statusCode()).as("resolved already").isEqualTo(409);
    }

    @Test
    void theApiListsTheNoticeWithItsDiffAndKeepsTheDesksEdit() throws IOException {
        long id = correctedOverAnEdit();

        JsonNode notices = HttpSession.tree(editor.getJson("/api/photos/" + id + "/notices"));
        assertThat(notices).hasSize(1);
        JsonNode n = notices.get(0);
        assertThat(n.get("kind").asText()).isEqualTo("correction");
        assertThat(n.get("resolution").asText()).isEqualTo("pending");
        assertThat(n.get("conflicts").asBoolean()).isTrue();
        JsonNode caption = n.get("changes").get(0);
        assertThat(caption.get("field").asText()).isEqualTo("caption");
        assertThat(caption.get("diff").findValuesAsText("op")).containsExactly("same", "removed", "added", "same");

        var bad = editor.json("POST", "/api/photos/" + id + "/notices/" + n.get("id").asLong(), Map.of("choice", "maybe"));
        assertThat(bad.statusCode()).isEqualTo(400);
        var kept = editor.json("POST", "/api/photos/" + id + "/notices/" + n.get("id").asLong(), Map.of("choice", "keep"));

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(kept).get("resolution").asText()).isEqualTo("kept-desk");
        assertThat(desk.find(id).metadata().caption()).isEqualTo("Fans gather at the Stade de France before the men's final.");
    }

    @Test
    void contentCredentialsShowOnTheSheetAndThePhotoPageAndFilterTheSheet() {
        C2paSamples samples = new C2paSamples();
        long ai = upload(samples.aiGenerated(desk.jpeg("A storm that never was.", "Nobody", "AP", "Paris")));
        long plain = upload(desk.jpeg("Rain on the square in Paris.", "Laura Benning", "AP", "Paris"));

        assertThat(editor.get("/").body()).contains("c2pa-badge c2pa-claimed c2pa-ai", "C2PA claimed · AI");
        assertThat(editor.get("/photos/" + ai).body()).contains("id=\"provenance\"", "Content Credentials claimed",
                "Photodesk Test Generator 1.0", "Photodesk Test Newsroom", "declared AI-generated", "AI-generated");
        assertThat(editor.get("/photos/" + plain).body()).contains("No Content Credentials");
        JsonNode found = HttpSession.tree(editor.getJson("/api/photos?q=c2pa:ai"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(ai);
        assertThat(found.get("items").get(0).get("c2pa").asText()).isEqualTo("claimed");
        assertThat(HttpSession.tree(editor.getJson("/api/photos?c2pa=none")).get("total").asLong()).isEqualTo(1);
        assertThat(HttpSession.tree(editor.getJson("/api/photos/" + ai)).get("provenance").get("generator").asText())
                .isEqualTo("Photodesk Test Generator 1.0");
    }
}
