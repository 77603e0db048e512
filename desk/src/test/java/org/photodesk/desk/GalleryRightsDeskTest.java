package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.audit.AuditLog;

/**
 * Galleries leave the site from the desk and the API (unpublish, delete, audited), and a picture under embargo
 * blocks publishing whatever force says: over a real library and HTTP.
 */
class GalleryRightsDeskTest {

    private static final String CLEAN =
            "Artists perform by the river in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)";

    @TempDir
    Path dir;
    DeskHarness desk;
    HttpSession editor;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir);
        editor = new HttpSession(desk.base);
        assertThat(editor.login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private long published(String title, List<Long> photoIds) {
        long id = HttpSession.tree(editor.json("POST", "/api/galleries", Map.of("title", title))).get("id").asLong();
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", photoIds)).statusCode())
                .isEqualTo(200);
        var r = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    private List<String> audit(long id) {
        return desk.server.audit().recent("gallery/" + id, 20).stream().map(AuditLog.Entry::action).toList();
    }

    /** The files of gallery {@code slug}'s live release, read through the desk library's site (on any backends). */
    private List<String> liveFiles(String slug) {
        try {
            return desk.library.site().files(slug);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theApiUnpublishesAndDeletesAGalleryAndAuditsBoth() {
        long photo = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long id = published("River artists", List.of(photo));
        assertThat(liveFiles("river-artists")).contains("index.html");

        var unpublished = editor.json("POST", "/api/galleries/" + id + "/unpublish", Map.of());

        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
        JsonNode g = HttpSession.tree(unpublished);
        assertThat(g.get("live").asBoolean()).isFalse();
        assertThat(g.get("publishedAt").isNull()).as("when it was last published is kept").isFalse();
        assertThat(liveFiles("river-artists")).isEmpty();
        assertThat(new HttpSession(desk.base).get("/published/river-artists/").statusCode()).isEqualTo(404);
        assertThat(audit(id)).contains("gallery.unpublish");

        var deleted = editor.json("DELETE", "/api/galleries/" + id, Map.of());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(editor.getJson("/api/galleries/" + id).statusCode()).isEqualTo(404);
        assertThat(audit(id)).contains("gallery.delete");
        assertThat(desk.find(photo)).as("the photos stay").isNotNull();
    }

    @Test
    void theDeskFormsTakeAGalleryOffTheSiteAndDeleteItOnlyWhenConfirmed() {
        long photo = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long id = published("River artists", List.of(photo));
        assertThat(editor.get("/galleries/" + id).body()).contains("id=\"unpublish\"", "id=\"delete\"");

        var off = editor.form("/galleries/" + id + "/unpublish", Map.of("_csrf", editor.csrf));
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(liveFiles("river-artists")).isEmpty();
        assertThat(editor.get("/galleries/" + id).body()).contains("taken off the site").doesNotContain("id=\"unpublish\"");
        assertThat(editor.get("/galleries").body()).contains("taken off the site");

        var unconfirmed = editor.form("/galleries/" + id + "/delete", Map.of("_csrf", editor.csrf));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        var confirmed = editor.form("/galleries/" + id + "/delete", Map.of("_csrf", editor.csrf, "confirm", "yes"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).isEqualTo("/galleries?deleted=1");
        assertThat(editor.getJson("/api/galleries/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPictureUnderEmbargoCannotBePublishedEvenWithForce() {
        long photo = desk.photo("Ministers meet in Paris, France. EMBARGOED UNTIL 0001 GMT JAN 15, 2099.",
                "Jane Roe", "AP", "Paris").id();
        long id = HttpSession.tree(editor.json("POST", "/api/galleries", Map.of("title", "Summit"))).get("id").asLong();
        editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(photo)));

        var forced = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true));

        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(409);
        JsonNode body = HttpSession.tree(forced);
        assertThat(body.get("title").asText()).isEqualTo("Cannot be published");
        assertThat(body.get("blocking").toString()).contains("rights.embargoed", "2099-01-15T00:01:00Z");
        assertThat(liveFiles("summit")).isEmpty();
        assertThat(audit(id)).noneMatch(a -> a.startsWith("gallery.publish"));

        String page = editor.get("/galleries/" + id).body();
        assertThat(page).contains("Cannot be published", "rights.embargoed").doesNotContain("id=\"publish\"")
                .doesNotContain("Publish anyway");
        var form = editor.form("/galleries/" + id + "/publish", Map.of("_csrf", editor.csrf, "force", "true"));
        assertThat(form.headers().firstValue("Location").orElseThrow()).isEqualTo("/galleries/" + id + "?blocked=1#checks");
    }

    @Test
    void aKilledPhotoLeavesTheContactSheetAndItsPageSaysSo() {
        long killed = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long other = desk.photo("Crowds gather in Lyon, France. (AP Photo/Max Muster)", "Max Muster", "AP", "Lyon")
                .id();
        desk.ports.store().setKill(killed, new org.photodesk.core.photo.PhotoKill(java.time.Instant.now(),
                "MANDATORY KILL", "agency", "AP"));
        desk.library.ingestor().reindex(killed);

        JsonNode sheet = HttpSession.tree(editor.getJson("/api/photos"));
        assertThat(sheet.get("items").findValuesAsText("id")).containsExactly(Long.toString(other));
        JsonNode found = HttpSession.tree(editor.getJson("/api/photos?q=status:killed"));
        assertThat(found.get("items").findValuesAsText("id")).containsExactly(Long.toString(killed));
        assertThat(editor.get("/photos/" + killed).body()).contains("id=\"killed\"", "MANDATORY KILL");
    }
}
