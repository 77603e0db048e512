package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.template.RosterCodes;

/**
 * Caption templates over HTTP: saving (with unknown variables refused by position), escaping on the templates page,
 * applying to photos as audited edits, reverting a batch without overwriting later edits, roles, and roster codes.
 */
class TemplateDeskTest {

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

    private static Map<String, Object> template(String name, String field, String mode, String text) {
        return Map.of("name", name, "rules", List.of(Map.of("field", field, "mode", mode, "text", text)));
    }

    @Test
    void anUnknownVariableIsRefusedWithItsPositionAndNothingIsSaved() {
        var r = editor.json("POST", "/api/templates", template("Bad", "caption", "append", "In {cty}"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(r).get("detail").asText()).contains("caption: unknown variable {cty} at character 4");
        assertThat(HttpSession.tree(editor.getJson("/api/templates"))).isEmpty();
    }

    @Test
    void aScriptInATemplateIsTextOnThePageAndInJson() {
        String name = "Match <script>alert(1)</script>";
        assertThat(editor.json("POST", "/api/templates", template(name, "headline", "replace",
                "<img src=x onerror=alert(2)> {city}")).statusCode()).isEqualTo(201);

        String html = editor.get("/templates?edit=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body();

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("Match &lt;script&gt;alert(1)&lt;/script&gt;").contains("value=\"&lt;img src=x onerror=alert(2)");
        assertThat(HttpSession.tree(editor.getJson("/api/templates")).get(0).get("name").asText()).isEqualTo(name);
    }

    @Test
    void applyMakesAuditedEditsAndRevertLeavesFieldsChangedSince() {
        long a = desk.photo("Fans wait.", "Jane Roe", "AP", "Paris").id();
        long b = desk.photo("Players warm up.", "Jane Roe", "AP", "Rome").id();
        editor.json("POST", "/api/templates", Map.of("name", "Final", "rules", List.of(
                Map.of("field", "caption", "mode", "append", "text", "{city}, {date}."),
                Map.of("field", "keywords", "mode", "append", "text", "final, {city}"))));

        JsonNode dry = HttpSession.tree(editor.json("POST", "/api/templates/apply",
                Map.of("name", "Final", "photoIds", List.of(a, b, 999_999), "dryRun", true)));
        assertThat(dry.get("fieldsChanged").asInt()).isEqualTo(4);
        assertThat(dry.get("missing").get(0).asLong()).isEqualTo(999_999);
        assertThat(desk.find(a).metadata().caption()).isEqualTo("Fans wait.");

        var applied = editor.json("POST", "/api/templates/apply", Map.of("name", "Final", "photoIds", List.of(a, b)));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(desk.find(a).metadata().caption()).isEqualTo("Fans wait. Paris, Aug. 11, 2024.");
        assertThat(desk.find(b).metadata().keywords()).containsExactly("final", "Rome");
        assertThat(desk.server.audit().recent("photo/" + a, 10)).extracting(e -> e.action() + " " + e.field())
                .containsExactlyInAnyOrder("edit caption", "edit keywords");

        // Someone edits b's caption after the template: undoing the batch leaves that edit alone.
        editor.json("POST", "/api/photos/" + b + "/edits", Map.of("field", "caption", "value", "Players warm up."
                + " Rome, Aug. 11, 2024. (AP)"));
        JsonNode reverted = HttpSession.tree(editor.json("POST", "/api/templates/revert",
                Map.of("changes", HttpSession.tree(applied).get("changes"))));

        assertThat(reverted.get("reverted").asInt()).isEqualTo(3);
        assertThat(reverted.get("skipped").asInt()).isEqualTo(1);
        assertThat(desk.find(a).metadata().caption()).isEqualTo("Fans wait.");
        assertThat(desk.find(a).metadata().keywords()).isEmpty();
        assertThat(desk.find(b).metadata().caption()).endsWith("(AP)");
    }

    @Test
    void viewersPreviewButNeitherSaveNorApply() {
        long a = desk.photo("Fans wait.", "Jane Roe", "AP", "Paris").id();
        editor.json("POST", "/api/templates", template("T", "headline", "if-empty", "Final in {city}"));

        JsonNode preview = HttpSession.tree(viewer.json("POST", "/api/templates/preview",
                Map.of("name", "T", "photoId", a)));

        assertThat(preview.get("changes").get(0).get("after").asText()).isEqualTo("Final in Paris");
        assertThat(preview.get("fields").get("date").asText()).isEqualTo("Aug. 11, 2024");
        assertThat(viewer.json("POST", "/api/templates", template("V", "city", "replace", "x")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.json("POST", "/api/templates/apply", Map.of("name", "T", "photoIds", List.of(a)))
                .statusCode()).isEqualTo(403);
        assertThat(desk.find(a).metadata().headline()).isNull();
        assertThat(editor.json("DELETE", "/api/templates?name=T", Map.of()).statusCode()).isEqualTo(204);
        assertThat(editor.json("DELETE", "/api/templates?name=T", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void rosterCodesPreferThePhotosEvent() {
        desk.library.events().put(new RosterName("Final", "Kylian Mbappé", List.of(RosterCodes.alias("k"))));
        desk.library.events().put(new RosterName("Derby", "Karl Klein", List.of(RosterCodes.alias("k"))));
        long a = desk.photo("Fans wait.", "Jane Roe", "AP", "Paris").id();
        long b = desk.photo("Fans wait.", "Jane Roe", "AP", "Rome").id();
        desk.library.editor().edit(a, "event", "Final", "editor");

        JsonNode codes = HttpSession.tree(viewer.getJson("/api/roster-codes?photo=" + a)).get("codes");
        JsonNode other = HttpSession.tree(viewer.getJson("/api/roster-codes?photo=" + b)).get("codes");

        assertThat(codes.get("k").asText()).isEqualTo("Kylian Mbappé");
        assertThat(other.get("k").asText()).as("no event: the first event by name").isEqualTo("Karl Klein");
    }
}
