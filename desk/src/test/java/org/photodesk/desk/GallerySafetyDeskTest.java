package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.embedded.event.SeedFiles;

/**
 * Publishing a gallery with problems needs an explicit force, and a write based on a revision someone else has
 * since changed is refused: through the API and the desk's forms, over a real library and HTTP.
 */
class GallerySafetyDeskTest {

    /** A caption the house checks find nothing wrong with (with its byline and agency). */
    private static final String CLEAN =
            "Artists perform by the river in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)";

    @TempDir
    Path dir;
    DeskHarness desk;
    HttpSession editor;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir, new DeskServer.Settings(20_000_000, 5, Duration.ofMinutes(1), false));
        editor = new HttpSession(desk.base);
        assertThat(editor.login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    /** A new gallery showing {@code photoIds}; returns its id. */
    private long gallery(String title, List<Long> photoIds) {
        long id = HttpSession.tree(editor.json("POST", "/api/galleries", Map.of("title", title))).get("id").asLong();
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", photoIds)).statusCode())
                .isEqualTo(200);
        return id;
    }

    private JsonNode read(long id) {
        return HttpSession.tree(editor.getJson("/api/galleries/" + id));
    }

    private List<String> audit(long id) {
        return desk.server.audit().recent("gallery/" + id, 20).stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void theApiRefusesToPublishAGalleryWithProblemsListingThemPerItemAndWritesNothingUntilForced() {
        long clean = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long wrong = desk.photo("Crowds", "Max Muster", "EPA", "Berlin").id();
        long id = gallery("Crowds and artists", List.of(clean, wrong));

        var refused = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode body = HttpSession.tree(refused);
        assertThat(body.get("title").asText()).isEqualTo("Not published");
        assertThat(body.get("detail").asText()).contains("publish anyway").contains("\"force\": true");
        assertThat(body.get("revision").asLong()).isEqualTo(read(id).get("revision").asLong());
        assertThat(body.get("items")).hasSize(1);
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("photoId").asLong()).isEqualTo(wrong);
        assertThat(item.get("position").asInt()).isEqualTo(2);
        assertThat(item.get("problems")).isNotEmpty();
        assertThat(item.get("problems").get(0).get("code").asText()).isNotBlank();
        assertThat(published("crowds-and-artists")).isFalse();
        assertThat(new HttpSession(desk.base).get("/published/crowds-and-artists/").statusCode()).isEqualTo(404);
        assertThat(read(id).get("publishedAt").isNull()).isTrue();
        assertThat(audit(id)).noneMatch(a -> a.startsWith("gallery.publish"));

        var forced = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true));
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        assertThat(HttpSession.tree(forced).get("publishedAt").isNull()).isFalse();
        assertThat(new HttpSession(desk.base).get("/published/crowds-and-artists/").body()).contains("Crowds");
        assertThat(audit(id)).contains("gallery.publish.forced").doesNotContain("gallery.publish");
        var entry = desk.server.audit().recent("gallery/" + id, 1).getFirst();
        assertThat(entry.after()).contains("despite").contains("problem");
    }

    @Test
    void aForcedPublishGoesPastOnlyTheProblemsTheEditorConfirmed() {
        long clean = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long wrong = desk.photo("Crowds", "Max Muster", "EPA", "Berlin").id();
        long id = gallery("Confirmed problems", List.of(clean, wrong));
        var refused = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        String confirmed = HttpSession.tree(refused).get("acknowledged").asText();
        assertThat(confirmed).hasSize(16);
        assertThat(HttpSession.tree(refused).get("detail").asText()).contains(confirmed);

        // After the editor saw the list, a colleague adds a photo with a problem of its own...
        long another = desk.photo("More crowds", "Erika Muster", "EPA", "Munich").id();
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(clean, wrong, another)))
                .statusCode()).isEqualTo(200);

        // ...so "publish anyway" past the problems confirmed earlier is refused, with the list as it is now.
        var stale = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true, "acknowledged", confirmed));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(HttpSession.tree(stale).get("items")).hasSize(2);
        String now = HttpSession.tree(stale).get("acknowledged").asText();
        assertThat(now).isNotEqualTo(confirmed);
        assertThat(read(id).get("publishedAt").isNull()).isTrue();

        var forced = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true, "acknowledged", now));
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        assertThat(audit(id)).contains("gallery.publish.forced");
    }

    @Test
    void aCleanGalleryPublishesInOneClickFromTheDesk() {
        long clean = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long id = gallery("River artists", List.of(clean));
        String page = editor.get("/galleries/" + id).body();
        assertThat(page).contains("No problems found.").contains("id=\"publish\"").doesNotContain("Publish anyway");

        var r = editor.form("/galleries/" + id + "/publish", Map.of("_csrf", editor.csrf,
                "revision", read(id).get("revision").asText()));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/galleries/" + id + "?published=1");
        assertThat(audit(id)).contains("gallery.publish").doesNotContain("gallery.publish.forced");
        assertThat(published("river-artists")).as("published on the site").isTrue();
    }

    @Test
    void theDeskShowsTheProblemsAndPublishesOnlyWhenTheEditorChoosesPublishAnyway() {
        long wrong = desk.photo("Crowds", "Max Muster", "EPA", "Berlin").id();
        long id = gallery("Crowds", List.of(wrong));
        String revision = read(id).get("revision").asText();

        var first = editor.form("/galleries/" + id + "/publish", Map.of("_csrf", editor.csrf, "revision", revision));
        assertThat(first.statusCode()).isEqualTo(302);
        String confirm = first.headers().firstValue("Location").orElseThrow();
        assertThat(confirm).isEqualTo("/galleries/" + id + "?refused=1#publish-confirm");
        assertThat(published("crowds")).isFalse();

        String page = editor.get(confirm.replace("#publish-confirm", "")).body();
        assertThat(page).contains("id=\"publish-confirm\"", "Publish anyway", "name=\"force\" value=\"true\"", "name=\"acknowledged\"",
                "name=\"_csrf\"");
        assertThat(page).contains(problemCodes(id));

        var withoutToken = editor.form("/galleries/" + id + "/publish", Map.of("force", "true", "revision", revision));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        var anyway = editor.form("/galleries/" + id + "/publish",
                Map.of("_csrf", editor.csrf, "force", "true", "revision", revision));
        assertThat(anyway.statusCode()).isEqualTo(302);
        assertThat(anyway.headers().firstValue("Location").orElseThrow()).isEqualTo("/galleries/" + id + "?published=1");
        assertThat(audit(id)).contains("gallery.publish.forced");
    }

    /** The codes of the problems the checks find in gallery {@code id}, as the confirmation shows them. */
    private String[] problemCodes(long id) {
        var out = new ArrayList<String>();
        HttpSession.tree(editor.getJson("/api/galleries/" + id + "/checks"))
                .forEach(p -> out.add("<span class=\"code\">" + p.get("code").asText() + "</span>"));
        assertThat(out).isNotEmpty();
        return out.toArray(String[]::new);
    }

    @Test
    void aWriteBasedOnAnOlderRevisionIsRefusedWith409AndChangesNothing() {
        long a = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        long b = desk.photo("Crowds", "Max Muster", "EPA", "Berlin").id();
        long id = gallery("Two", List.of(a, b));
        var opened = editor.getJson("/api/galleries/" + id);
        long seen = HttpSession.tree(opened).get("revision").asLong();
        assertThat(opened.headers().firstValue("ETag")).contains("\"" + seen + "\"");

        // A colleague reorders first...
        var theirs = editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(b, a), "revision", seen));
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        assertThat(HttpSession.tree(theirs).get("revision").asLong()).isEqualTo(seen + 1);
        JsonNode after = read(id);

        // ...then this editor's writes, based on what they opened, are refused whatever form they take.
        var stale = editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(a), "revision", seen));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(HttpSession.tree(stale).get("detail").asText())
                .contains("changed by someone else since you opened it").contains("reload to see the changes");
        assertThat(HttpSession.tree(stale).get("revision").asLong()).isEqualTo(seen + 1);
        var staleHeader = editor.json("PUT", "/api/galleries/" + id + "/captions/" + a, Map.of("caption", "Mine"),
                "If-Match", "\"" + seen + "\"");
        assertThat(staleHeader.statusCode()).isEqualTo(409);
        var staleForm = editor.form("/galleries/" + id + "/caption",
                Map.of("_csrf", editor.csrf, "photo", Long.toString(a), "caption", "Mine", "revision", Long.toString(seen)));
        assertThat(staleForm.statusCode()).isEqualTo(409);
        assertThat(staleForm.body()).contains("changed by someone else since you opened it")
                .as("the refusal page leads back to the gallery as it is now")
                .contains("<a href=\"/galleries/" + id + "\">Open the gallery again, as it is now</a>");
        var stalePublish = editor.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true, "revision", seen));
        assertThat(stalePublish.statusCode()).isEqualTo(409);
        assertThat(read(id)).as("nothing changed").isEqualTo(after);
        assertThat(published("two")).isFalse();

        var current = editor.json("PUT", "/api/galleries/" + id + "/captions/" + a, Map.of("caption", "Mine"),
                "If-Match", "\"" + (seen + 1) + "\"");
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(current.headers().firstValue("ETag")).contains("\"" + (seen + 2) + "\"");
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(a), "revision", -1))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aPlaceholderFilledDuringAnEditorsSessionIsKeptAndTheEditorsStaleReorderIsRefused() {
        var imported = editor.postBytes("/api/articles?name=" + SeedFiles.AP, EventDeskTest.seed(SeedFiles.AP));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long id = HttpSession.tree(imported).get(0).get("galleryId").asLong();
        long kept = desk.photo(CLEAN, "Jane Roe", "AP", "Paris").id();
        assertThat(editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(kept))).statusCode())
                .isEqualTo(200);
        JsonNode opened = read(id);
        long seen = opened.get("revision").asLong();
        JsonNode place = null;
        for (JsonNode p : opened.get("placeholders")) {
            if (place == null && !p.get("photographer").isNull()) {
                place = p;
            }
        }
        assertThat(place).isNotNull();

        // An agency photo arrives whose caption is the placeholder's: the ingest fills that place.
        long arrived = desk.photo(place.get("caption").asText(), place.get("photographer").asText(), "AP", "Saint-Denis").id();
        JsonNode linked = read(id);
        assertThat(linked.get("items")).extracting(i -> i.get("photoId").asLong()).contains(arrived);
        assertThat(linked.get("revision").asLong()).isGreaterThan(seen);

        var stale = editor.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", List.of(kept), "revision", seen));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(HttpSession.tree(stale).get("detail").asText()).contains("reload to see the changes");
        assertThat(read(id)).as("the link is kept").isEqualTo(linked);
    }

    /** Whether gallery {@code slug} is on the published site, whatever it is kept in. */
    private boolean published(String slug) {
        try {
            return desk.library.site().find(slug + "/index.html").isPresent();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
