package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.embedded.event.SeedFiles;

/** The events pages, their forms and API, and the article import, over a real library and HTTP. */
class EventDeskTest {

    /** The event the seeds make: its id comes from the seed imported first. */
    static final String SEEDS_EVENT = "ev-001-6499f0225b0dc24d-txt";
    static final String HOSTILE = """
            date 2024-05-04 <script>window.pwned=1</script> Harbour "><img src=x onerror=alert(1)> festival opens

            The harbour festival opened on Saturday on the Quai <script>alert(2)</script> in Brest, France, with over 300 boats.

            Singer Zaz <img src=x onerror=alert(3)> performs on the main stage in Brest, France, on Saturday. AP/Jane <i>Roe</i>
            """;

    @TempDir
    java.nio.file.Path dir;
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

    static byte[] seed(String name) {
        try {
            return Files.readAllBytes(SeedFiles.path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the AP seed, then the Reuters one, through the API. */
    void importSeeds() {
        for (String name : List.of(SeedFiles.AP, SeedFiles.REUTERS)) {
            var r = editor.postBytes("/api/articles?name=" + name, seed(name));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    @Test
    void theImportFormMakesADraftGalleryWhosePlaceholdersShowTheirImportedCaptions() {
        var r = editor.multipart("/articles", "file", SeedFiles.AP, seed(SeedFiles.AP), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/galleries/\\d+\\?imported=1");

        String page = editor.get(location).body();
        assertThat(page).contains("Waiting for a photo (24)", "id=\"imported-status\"", "24 places waiting for a photo",
                "class=\"ph-photographer\">Martin Meissner<", "class=\"ph-agency\">AP<", "No photo yet");
        assertThat(page.split("class=\"placeholder-item\"", -1)).hasSize(25);
        long galleryId = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        var audit = desk.server.audit().recent("gallery/" + galleryId, 5);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("article.import");
            assertThat(e.after()).isEqualTo(SeedFiles.AP);
            assertThat(e.username()).isEqualTo("editor");
        });
        var gallery = HttpSession.tree(editor.getJson("/api/galleries/" + galleryId));
        assertThat(gallery.get("placeholders")).hasSize(24);
        assertThat(gallery.get("placeholders").get(0).get("agency").asText()).isEqualTo("AP");
    }

    @Test
    void theSameFileAgainReturnsTheSameGalleryAndSaysSo() {
        var first = HttpSession.tree(editor.postBytes("/api/articles?name=a.txt", seed(SeedFiles.REUTERS)));
        var again = editor.postBytes("/api/articles?name=a.txt", seed(SeedFiles.REUTERS));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode body = HttpSession.tree(again);
        assertThat(body.get(0).get("created").asBoolean()).isFalse();
        assertThat(body.get(0).get("galleryId").asLong()).isEqualTo(first.get(0).get("galleryId").asLong());
        assertThat(body.get(0).get("placeholders").asInt()).isEqualTo(1);
    }

    @Test
    void theSeedsMakeOneEventListedWithDayPlaceAndCounts() {
        importSeeds();
        JsonNode events = HttpSession.tree(editor.getJson("/api/events"));
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("id").asText()).isEqualTo(SEEDS_EVENT);
        assertThat(e.get("dates").get(0).asText()).isEqualTo("2024-08-11");
        assertThat(e.get("venue").asText()).isEqualTo("Stade de France");
        assertThat(e.get("country").asText()).isEqualTo("France");
        assertThat(e.get("articles").asInt()).isEqualTo(2);

        String list = editor.get("/events").body();
        assertThat(list).contains("href=\"/events/" + SEEDS_EVENT + "\"", "2024-08-11", "Stade de France", "Saint-Denis",
                "class=\"num event-articles\">2<");
        assertThat(list.split("class=\"event-row\"", -1)).hasSize(2);
    }

    @Test
    void theSheetShowsSpellingsRolesFiguresComparedAndSources() {
        importSeeds();
        JsonNode sheet = HttpSession.tree(editor.getJson("/api/events/" + SEEDS_EVENT));
        assertThat(sheet.get("venue").get("name").asText()).isEqualTo("Stade de France");
        JsonNode phoenix = person(sheet, "Phoenix");
        assertThat(phoenix.get("spellings")).extracting(JsonNode::asText).contains("Phoenix", "Phonenix");
        JsonNode performers = comparison(sheet, "performers");
        assertThat(performers.get("verdict").asText()).isEqualTo("DIFFER");

        String page = editor.get("/events/" + SEEDS_EVENT).body();
        assertThat(page).contains("<strong class=\"place-name\">Stade de France</strong>", "also written State de France",
                "class=\"spelling variant\">Phonenix<", "class=\"spelling canonical\">Angèle<", "Tom Cruise",
                "verdict verdict-differ", "verdict verdict-not-comparable", "over 100 performers", "270 artists",
                "Martin Meissner", "id=\"rename-form\"", "id=\"split-form\"");
        String differ = page.substring(page.indexOf("verdict verdict-differ"));
        differ = differ.substring(0, differ.indexOf("</p>"));
        assertThat(differ).contains(">differ<", "over 100 performers", "270 artists");
        // a person's sources link to the source list, which links to the gallery made from the article
        assertThat(page).containsPattern("<li id=\"src-\\d\" class=\"source\" data-source=\"" + SeedFiles.AP.replace(".", "\\.")
                + "\">\\s*<span class=\"kind\">article</span>\\s*<a href=\"/galleries/\\d+\">");
        assertThat(page).contains("no photo yet");
    }

    @Test
    void aPhotoFillingAPlaceholderShowsAsTheThumbnailOfThePeopleItNames() throws Exception {
        importSeeds();
        JsonNode sheet = HttpSession.tree(editor.getJson("/api/events/" + SEEDS_EVENT));
        JsonNode ref = person(sheet, "Tom Cruise").get("photos").get(0);
        assertThat(ref.get("photo").asText()).contains("#");
        // a library photo whose caption is a placeholder's caption, by its photographer, fills that place
        var gallery = HttpSession.tree(editor.getJson("/api/galleries")).findValues("placeholders").stream()
                .flatMap(p -> { var l = new ArrayList<JsonNode>(); p.forEach(l::add); return l.stream(); })
                .filter(p -> p.get("caption").asText().contains("Tom Cruise") && !p.get("photographer").isNull())
                .findFirst().orElseThrow();
        long photoId = desk.photo(gallery.get("caption").asText(), gallery.get("photographer").asText(), "AP", "Saint-Denis").id();
        String page = editor.get("/events/" + SEEDS_EVENT).body();
        assertThat(page).contains("<a href=\"/photos/" + photoId + "\" class=\"thumb-link\"><img src=\"/photos/" + photoId + "/thumb\"");
    }

    @Test
    void editorsSplitRenameAndMergeThroughFormsAndApiAndEachIsAudited() {
        importSeeds();
        String reutersEvent = "ev-000-37131db28e5b8f27-txt";
        var split = editor.form("/events/" + SEEDS_EVENT + "/split",
                Map.of("_csrf", editor.csrf, "member", SeedFiles.REUTERS, "name", "Reuters <b>view</b>"));
        assertThat(split.statusCode()).as(split.body()).isEqualTo(302);
        assertThat(split.headers().firstValue("Location").orElseThrow()).isEqualTo("/events/" + reutersEvent + "?changed=1");
        assertThat(HttpSession.tree(editor.getJson("/api/events"))).extracting(n -> n.get("name").asText())
                .containsExactly("Ceremonies - Paris 2024 Closing Ceremony", "Reuters <b>view</b>")
                .hasSize(2);
        assertThat(editor.get("/events/" + reutersEvent + "?changed=1").body())
                .contains("Reuters &lt;b&gt;view&lt;/b&gt;", "id=\"event-changed\"");

        var rename = editor.json("POST", "/api/events/" + SEEDS_EVENT + "/rename", Map.of("name", "Closing night (AP)"));
        assertThat(rename.statusCode()).as(rename.body()).isEqualTo(200);
        assertThat(HttpSession.tree(rename).get("name").asText()).isEqualTo("Closing night (AP)");

        var merge = editor.form("/events/" + SEEDS_EVENT + "/merge", Map.of("_csrf", editor.csrf, "other", reutersEvent));
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(302);
        JsonNode events = HttpSession.tree(editor.getJson("/api/events"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("name").asText()).isEqualTo("Closing night (AP)");
        assertThat(events.get(0).get("articles").asInt()).isEqualTo(2);

        var apiSplit = editor.json("POST", "/api/events/" + SEEDS_EVENT + "/split", Map.of("members", List.of(SeedFiles.REUTERS)));
        assertThat(apiSplit.statusCode()).as(apiSplit.body()).isEqualTo(201);
        assertThat(HttpSession.tree(apiSplit).get("members")).extracting(JsonNode::asText).containsExactly(SeedFiles.REUTERS);

        assertThat(desk.server.audit().recent(null, 10)).extracting(AuditLog.Entry::action)
                .containsSubsequence("event.split", "event.merge", "event.rename", "event.split");
        assertThat(desk.server.audit().recent("event/" + SEEDS_EVENT, 10)).extracting(AuditLog.Entry::after)
                .contains("Closing night (AP)");
        assertThat(desk.library.events().decisions()).hasSize(4);
    }

    @Test
    void refusedDecisionsSayWhyAndChangeNothing() {
        importSeeds();
        var unknown = editor.getJson("/api/events/ev-nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(HttpSession.tree(unknown).get("detail").asText()).contains("ev-nope", "/events");
        assertThat(editor.get("/events/ev-nope").statusCode()).isEqualTo(404);
        var self = editor.json("POST", "/api/events/" + SEEDS_EVENT + "/merge", Map.of("other", SEEDS_EVENT));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(self).get("detail").asText()).contains("itself");
        var all = editor.json("POST", "/api/events/" + SEEDS_EVENT + "/split",
                Map.of("members", List.of(SeedFiles.AP, SeedFiles.REUTERS)));
        assertThat(all.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(all).get("detail").asText()).contains("rename it instead");
        var notMember = editor.json("POST", "/api/events/" + SEEDS_EVENT + "/split", Map.of("members", List.of("photo:99")));
        assertThat(notMember.statusCode()).isEqualTo(400);
        var blank = editor.form("/events/" + SEEDS_EVENT + "/rename", Map.of("_csrf", editor.csrf, "name", "  "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(editor.getJson("/api/events"))).hasSize(1);
        assertThat(desk.server.audit().recent(null, 20)).extracting(AuditLog.Entry::action).doesNotContain(
                "event.merge", "event.split", "event.rename");
    }

    @Test
    void viewersReadButCannotChangeOrImportAndFormsNeedTheCsrfToken() {
        importSeeds();
        var viewer = new HttpSession(desk.base);
        viewer.login("viewer", DeskHarness.PASSWORD);
        assertThat(viewer.get("/events").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/events").body()).doesNotContain("id=\"import-article\"");
        String sheet = viewer.get("/events/" + SEEDS_EVENT).body();
        assertThat(sheet).contains("Stade de France").doesNotContain("id=\"rename-form\"", "id=\"merge-form\"", "id=\"split-form\"");
        assertThat(viewer.getJson("/api/events/" + SEEDS_EVENT).statusCode()).isEqualTo(200);
        assertThat(viewer.form("/events/" + SEEDS_EVENT + "/rename", Map.of("_csrf", viewer.csrf, "name", "Mine")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.json("POST", "/api/events/" + SEEDS_EVENT + "/rename", Map.of("name", "Mine")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.postBytes("/api/articles?name=x.txt", HOSTILE.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        assertThat(viewer.multipart("/articles", "file", "x.txt", HOSTILE.getBytes(StandardCharsets.UTF_8), true).statusCode())
                .isEqualTo(403);

        assertThat(editor.form("/events/" + SEEDS_EVENT + "/rename", Map.of("name", "No token")).statusCode()).isEqualTo(403);
        assertThat(editor.multipart("/articles", "file", "x.txt", HOSTILE.getBytes(StandardCharsets.UTF_8), false).statusCode())
                .isEqualTo(403);
        assertThat(new HttpSession(desk.base).getJson("/api/events").statusCode()).isEqualTo(401);
        assertThat(new HttpSession(desk.base).get("/events").statusCode()).isEqualTo(302);
        assertThat(HttpSession.tree(editor.getJson("/api/events")).get(0).get("name").asText())
                .isEqualTo("Ceremonies - Paris 2024 Closing Ceremony");
    }

    @Test
    void anRssFeedOfTwoItemsMakesTwoGalleriesAndTheFormSaysHowMany() {
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Desk feed</title>
                <item><guid>feed-1</guid><title>Lantern night</title><pubDate>Sat, 10 Feb 2024 20:00:00 GMT</pubDate>
                  <description>Thousands walked the river banks of Hoi An, Vietnam, on Saturday.</description>
                  <media:content url="https://example.org/1.jpg"><media:description>Lanterns float on the river in Hoi An, Vietnam.</media:description><media:credit>AP/Jane Roe</media:credit></media:content>
                </item>
                <item><guid>feed-2</guid><title>Snow closes the pass</title><pubDate>Sat, 02 Mar 2024 08:00:00 GMT</pubDate>
                  <description>A late storm shut the mountain road for a day.</description>
                </item></channel></rss>
                """;
        var r = editor.multipart("/articles", "file", "feed.xml", rss.getBytes(StandardCharsets.UTF_8), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/galleries?imported=2");
        String page = editor.get("/galleries?imported=2").body();
        assertThat(page).contains("Imported 2 articles as draft galleries.", "Lantern night", "Snow closes the pass",
                "1 waiting for a photo");
        assertThat(desk.server.audit().recent(null, 5)).extracting(AuditLog.Entry::after).contains("feed-1", "feed-2");
    }

    @Test
    void importsThatAreEmptyOrTooLargeAreRefused() {
        var empty = editor.postBytes("/api/articles?name=empty.txt", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(empty).get("detail").asText()).contains("empty");
        byte[] big = new byte[(int) EventActions.MAX_ARTICLE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        var tooBig = new HttpSession(desk.base);
        tooBig.login("editor", DeskHarness.PASSWORD);
        refusedAsTooLarge(() -> tooBig.postBytes("/api/articles?name=big.txt", big), true);
        refusedAsTooLarge(() -> tooBig.multipart("/articles", "file", "big.txt", big, true), false);
        assertThat(HttpSession.tree(editor.getJson("/api/galleries"))).isEmpty();
    }

    /** Asserts a 413 that says the limit (the requests expect 100-continue, so the answer comes before the body). */
    private static void refusedAsTooLarge(java.util.function.Supplier<java.net.http.HttpResponse<String>> send,
            boolean json) {
        var response = send.get();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json ? HttpSession.tree(response).get("detail").asText() : response.body())
                .contains("the limit is 5 MB");
    }

    @Test
    void hostileArticleTextIsEscapedEverywhereTheDeskShowsIt() {
        var r = editor.multipart("/articles", "file", "<b>evil</b>.txt", HOSTILE.getBytes(StandardCharsets.UTF_8), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String gallery = editor.get(r.headers().firstValue("Location").orElseThrow()).body();
        JsonNode events = HttpSession.tree(editor.getJson("/api/events"));
        assertThat(events).hasSize(1);
        String id = events.get(0).get("id").asText();
        String list = editor.get("/events").body();
        String sheet = editor.get("/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).body();
        String galleries = editor.get("/galleries").body();
        for (String page : List.of(gallery, list, sheet, galleries)) {
            assertThat(page).doesNotContain("<script>window.pwned", "<script>alert", "<img src=x", "<i>Roe</i>");
        }
        assertThat(list).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
        assertThat(sheet).contains("&lt;script&gt;alert(2)&lt;/script&gt;", "Brest");
        assertThat(gallery).contains("&lt;img src=x onerror=alert(3)&gt;");
        assertThat(desk.server.audit().recent(null, 5)).extracting(AuditLog.Entry::action).contains("article.import");
    }

    private static JsonNode person(JsonNode sheet, String name) {
        for (JsonNode p : sheet.get("people")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no person " + name + " in " + sheet.get("people"));
    }

    private static JsonNode comparison(JsonNode sheet, String measure) {
        for (JsonNode c : sheet.get("comparisons")) {
            if (c.get("measure").asText().equals(measure)) {
                return c;
            }
        }
        throw new AssertionError("no comparison of " + measure);
    }
}
