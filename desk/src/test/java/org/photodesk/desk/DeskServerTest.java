package org.photodesk.desk;

import org.photodesk.core.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskServerTest {

    @TempDir
    Path dir;
    DeskHarness desk;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir, new DeskServer.Settings(1_000_000, 5, Duration.ofMinutes(1), false));
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void pagesNeedALoginAndTheApiSaysSoInJson() {
        var anon = new HttpSession(desk.base);
        assertThat(anon.get("/").statusCode()).isEqualTo(302);
        var api = anon.getJson("/api/photos");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(HttpSession.tree(api).get("detail").asText()).contains("log in");
        assertThat(anon.getJson("/api/openapi.json").statusCode()).isEqualTo(200);
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        var s = new HttpSession(desk.base);
        var r = s.login("admin", DeskHarness.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pd_session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void formLoginNeedsTheLoginPagesToken() {
        var s = new HttpSession(desk.base);
        var forged = s.form("/login", Map.of("username", "admin", "password", DeskHarness.PASSWORD, "_csrf", "guess"));
        assertThat(forged.statusCode()).isEqualTo(403);
        String page = s.get("/login").body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var ok = s.form("/login", Map.of("username", "admin", "password", DeskHarness.PASSWORD, "_csrf", token, "next", "/"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(s.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() throws Exception {
        long id = desk.photo("A caption", "Jane Roe", "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        var r = s.jsonNoCsrf("POST", "/api/photos/" + id + "/edits", Map.of("field", "caption", "value", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(HttpSession.tree(r).get("title").asText()).isEqualTo("Missing CSRF token");
        assertThat(desk.find(id).metadata().caption()).isEqualTo("A caption");
    }

    @Test
    void aLargeBodyIsRefusedEverywhereButOnTheFileRoutes() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        byte[] big = new byte[2 * 1024 * 1024];
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(desk.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(big)).build();

        var r = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("limited to 1024 KB");
    }

    @Test
    void fiveFailedLoginsAMinuteAreThenRefusedWith429() {
        var s = new HttpSession(desk.base);
        for (int i = 0; i < 5; i++) {
            assertThat(s.login("editor", "wrong password").statusCode()).isEqualTo(401);
        }
        var r = s.login("editor", DeskHarness.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(HttpSession.tree(r).get("detail").asText()).contains("wait a minute");
    }

    @Test
    void editorEditsAndUndoesWithHistoryAndAudit() {
        long id = desk.photo("Old caption", "Jane Roe", "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        var r = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "caption", "value", "New caption"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(r).get("metadata").get("caption").asText()).isEqualTo("New caption");
        var edits = HttpSession.tree(s.getJson("/api/photos/" + id + "/edits"));
        assertThat(edits.get(0).get("before").asText()).isEqualTo("Old caption");
        assertThat(edits.get(0).get("user").asText()).isEqualTo("editor");
        long editId = edits.get(0).get("id").asLong();
        var undo = s.json("POST", "/api/photos/" + id + "/edits/" + editId + "/undo", Map.of());
        assertThat(HttpSession.tree(undo).get("metadata").get("caption").asText()).isEqualTo("Old caption");
        var audit = desk.server.audit().recent("photo/" + id, 10);
        assertThat(audit).extracting(AuditLog.Entry::after).containsExactly("Old caption", "New caption");
        assertThat(audit).extracting(AuditLog.Entry::username).containsOnly("editor");
    }

    @Test
    void anEditIsSearchableAtOnceAndSurvivesInTheStore() {
        long id = desk.photo("Boats in the harbour", "Jane Roe", "AP", "Genoa").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        assertThat(HttpSession.tree(s.getJson("/api/photos?q=lighthouse")).get("total").asLong()).isZero();
        var r = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "caption", "value", "The lighthouse at dusk"));
        assertThat(r.statusCode()).isEqualTo(200);
        var found = HttpSession.tree(s.getJson("/api/photos?q=lighthouse"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(HttpSession.tree(s.getJson("/api/photos?q=boats")).get("total").asLong()).isZero();
        assertThat(desk.find(id).metadata().caption()).isEqualTo("The lighthouse at dusk");
        assertThat(desk.find(id).embedded().caption()).isEqualTo("Boats in the harbour");
        var people = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "people", "value", "Ana Lima; Bo Chen"));
        assertThat(HttpSession.tree(people).get("metadata").get("people")).extracting(n -> n.asText())
                .containsExactly("Ana Lima", "Bo Chen");
        var rating = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "rating", "value", "4"));
        assertThat(rating.statusCode()).isEqualTo(200);
        assertThat(desk.find(id).rating()).isEqualTo(4);
        var labels = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "labels", "value", "front page, select"));
        assertThat(labels.statusCode()).isEqualTo(200);
        assertThat(desk.find(id).labels()).containsExactly("front page", "select");
        var tooMany = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "rating", "value", "9"));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(HttpSession.tree(tooMany).get("detail").asText()).contains("0 to 5");
    }

    @Test
    void thumbnailsComeFromTheBlobStoreAndAreMadeWhenMissing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(org.photodesk.scale.testing.TestBackends.scale(),
                "deletes a thumbnail from the embedded blob folder; the blob ports have no delete");
        var p = desk.photo("A caption", "Jane Roe", "AP", "Paris");
        // where the embedded blob folder keeps a thumbnail
        Path thumb = desk.data.resolve("blobs/renditions/thumb/" + p.sha256().substring(0, 2) + "/" + p.sha256() + ".jpg");
        // renditions follow the upload's answer, on the pipeline's rendition threads
        for (int i = 0; i < 200 && !Files.exists(thumb); i++) {
            Thread.sleep(50);
        }
        assertThat(thumb).exists();
        Files.delete(thumb);
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        var r = s.getBytes("/photos/" + p.id() + "/thumb");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(thumb).exists();
        assertThat(r.body()).isEqualTo(Files.readAllBytes(thumb));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + p.sha256() + "-thumb\"");
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(s.getBytes("/photos/" + p.id() + "/thumb", etag).statusCode()).isEqualTo(304);
        assertThat(s.getBytes("/photos/" + p.id() + "/thumb", "\"an-older-picture-thumb\"").statusCode()).isEqualTo(200);
    }

    @Test
    void viewerMayReadButNotEdit() {
        long id = desk.photo("A caption", null, null, null).id();
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        assertThat(s.get("/photos/" + id).statusCode()).isEqualTo(200);
        var r = s.json("POST", "/api/photos/" + id + "/edits", Map.of("field", "caption", "value", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(HttpSession.tree(r).get("detail").asText()).contains("editor");
    }

    @Test
    void aProblemsFixReplacesOnlyItsSpan() {
        long id = desk.photo(
                "An artists perform at the Seine in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)", "Jane Roe",
                "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        var r = s.json("POST", "/api/photos/" + id + "/problems/0/fix", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(r).get("metadata").get("caption").asText())
                .isEqualTo("Artists perform at the Seine in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)");
        assertThat(HttpSession.tree(r).get("problems")).isEmpty();
    }

    @Test
    void theSheetAndTheListShowEachPhotosProblemsAsItIsNow() {
        String flawed = "An artists perform at the Seine in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)";
        long fixed = desk.photo(flawed, "Jane Roe", "AP", "Paris").id();
        long untouched = desk.photo(flawed.replace("Seine", "Louvre"), "Jane Roe", "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        Map<Long, Integer> before = problemCounts(s);
        assertThat(before.get(fixed)).isPositive();
        assertThat(before.get(untouched)).isPositive();

        assertThat(s.json("POST", "/api/photos/" + fixed + "/problems/0/fix", Map.of()).statusCode()).isEqualTo(200);

        Map<Long, Integer> after = problemCounts(s);
        assertThat(after).containsEntry(fixed, 0).containsEntry(untouched, before.get(untouched));
        String html = s.get("/?q=paris").body();
        assertThat(card(html, fixed)).doesNotContain("class=\"badge\"");
        assertThat(card(html, untouched)).contains("class=\"badge\"");
    }

    private static Map<Long, Integer> problemCounts(HttpSession s) {
        var counts = new java.util.HashMap<Long, Integer>();
        HttpSession.tree(s.getJson("/api/photos?q=paris")).get("items")
                .forEach(item -> counts.put(item.get("id").asLong(), item.get("problems").asInt()));
        return counts;
    }

    private static String card(String html, long id) {
        int start = html.indexOf("id=\"photo-" + id + "\"");
        assertThat(start).as("card of photo %d on the sheet", id).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    @Test
    void searchWithFacetAndInlineSyntaxError() {
        desk.photo("Crowds at the river", "Jane Roe", "AP", "Paris");
        desk.photo("Crowds at the stadium", "Max Muster", "EPA", "Berlin");
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        var page = HttpSession.tree(s.getJson("/api/photos?q=crowds&city=Berlin"));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("credit").asText()).isEqualTo("EPA");
        String html = s.get("/?q=%22unclosed").body();
        assertThat(html).contains("class=\"query-error\"").contains("quote is never closed");
        assertThat(s.getJson("/api/photos?q=%22unclosed").statusCode()).isEqualTo(400);
    }

    @Test
    void hostileCaptionsAreEscapedEverywhere() {
        String evil = "<script>alert(1)</script>\" onerror=\"alert(2)";
        long id = desk.photo(evil, "<b>Eve</b>", "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        for (String path : List.of("/", "/photos/" + id, "/cards?ids=" + id)) {
            String html = s.get(path).body();
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<b>Eve");
            assertThat(html).as(path + ": no tag gains an attribute").doesNotContainPattern("<[^>]*onerror");
            assertThat(html).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void hostileCaptionStaysTextInEveryPublishedOutput() throws Exception {
        String evil = "<script>alert(1)</script>\" onerror=\"alert(2) & more";
        long id = desk.photo(evil, "<b>Eve</b>", "AP", "Paris").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        long gid = HttpSession.tree(s.json("POST", "/api/galleries", Map.of("title", "Hostile"))).get("id").asLong();
        s.json("PUT", "/api/galleries/" + gid + "/photos", Map.of("photoIds", List.of(id)));
        assertThat(s.json("POST", "/api/galleries/" + gid + "/publish", Map.of("force", true)).statusCode()).isEqualTo(200);
        var anon = new HttpSession(desk.base);

        var published = anon.get("/published/hostile/");
        assertThat(published.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'none'").contains("style-src 'self' 'unsafe-inline'");
        String html = published.body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .as("a quote that ends an attribute, outside JSON strings").doesNotContainPattern("[^\\\\]\" onerror=")
                .doesNotContain("<b>Eve");

        var json = anon.getJson("/published/hostile/gallery.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).doesNotContain("<script").doesNotContain("</");
        var texts = new java.util.ArrayList<String>();
        textsOf(HttpSession.tree(json), texts);
        assertThat(texts).as("the caption is one JSON string, intact").contains(evil);

        var feed = anon.get("/published/hostile/feed.xml");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        var media = doc.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "description");
        assertThat(media.getLength()).isEqualTo(1);
        assertThat(media.item(0).getTextContent()).as("media:description is plain text").isEqualTo(evil);
        var items = doc.getElementsByTagName("item");
        var description = ((org.w3c.dom.Element) items.item(0)).getElementsByTagName("description").item(0).getTextContent();
        assertThat(description).as("RSS readers take <description> as HTML: the caption must arrive escaped")
                .doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static void textsOf(com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> textsOf(child, out));
    }

    @Test
    void uploadsGoThroughTheIngestorAndAreLimitedInSize() {
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        var ok = s.upload("../../etc/passwd", desk.jpeg("A new photo of the harbour", "Jane Roe", "AP", "Genoa"));
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(HttpSession.tree(ok).get("source").asText()).isEqualTo("passwd");
        long id = HttpSession.tree(ok).get("photoId").asLong();
        assertThat(desk.find(id).fileName()).isEqualTo("passwd");
        var found = HttpSession.tree(s.getJson("/api/photos?q=harbour"));
        assertThat(found.get("total").asLong()).as("searchable at once").isEqualTo(1);
        var rejected = s.upload("x.jpg", "nothing".getBytes());
        assertThat(rejected.statusCode()).isEqualTo(422);
        var big = s.upload("big.jpg", new byte[1_000_001]);
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void galleriesArePublishedAndServedPubliclyWithoutEscapingTheFolder() throws Exception {
        long a = desk.photo("First", "Jane Roe", "AP", "Paris").id();
        long b = desk.photo("Second", "Max Muster", "EPA", "Berlin").id();
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        var g = HttpSession.tree(s.json("POST", "/api/galleries", Map.of("title", "Paris Day 16")));
        assertThat(g.get("slug").asText()).isEqualTo("paris-day-16");
        long gid = g.get("id").asLong();
        s.json("PUT", "/api/galleries/" + gid + "/photos", Map.of("photoIds", List.of(b, a)));
        assertThat(s.json("POST", "/api/galleries/" + gid + "/publish", Map.of()).statusCode())
                .as("the one-word captions fail the checks").isEqualTo(409);
        assertThat(s.json("POST", "/api/galleries/" + gid + "/publish", Map.of("force", true)).statusCode()).isEqualTo(200);
        var anon = new HttpSession(desk.base);
        String page = anon.get("/published/paris-day-16/").body();
        assertThat(page.indexOf("Second")).isLessThan(page.indexOf("First")).isPositive();
        Files.writeString(dir.resolve("desk-secret.txt"), "secret");
        assertThat(anon.get("/published/..%2Fdesk-secret.txt").statusCode()).isEqualTo(404);
        assertThat(anon.get("/published/%2E%2E/desk-secret.txt").body()).doesNotContain("secret\n").doesNotContain("secret</");
        assertThat(desk.server.audit().recent("gallery/" + gid, 10)).extracting(AuditLog.Entry::action)
                .contains("gallery.publish.forced", "gallery.photos", "gallery.create");
    }

    @Test
    void adminCreatesUsersAndOthersMayNot() {
        var admin = new HttpSession(desk.base);
        admin.login("admin", DeskHarness.PASSWORD);
        var r = admin.json("POST", "/api/users", Map.of("username", "desk2", "password", "long enough pw", "role", "editor"));
        assertThat(r.statusCode()).isEqualTo(201);
        var editor = new HttpSession(desk.base);
        editor.login("editor", DeskHarness.PASSWORD);
        assertThat(editor.getJson("/api/users").statusCode()).isEqualTo(403);
        assertThat(new HttpSession(desk.base).login("desk2", "long enough pw").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAreJsonForTheApiAndHtmlForBrowsers() {
        var s = new HttpSession(desk.base);
        s.login("viewer", DeskHarness.PASSWORD);
        var api = s.getJson("/api/photos/999");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(HttpSession.tree(api).get("status").asInt()).isEqualTo(404);
        var html = s.get("/photos/999");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("<h1>404 Not found</h1>");
    }
}
