package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk's HTTP rules, with the server's production settings (200 MB uploads): bodies sent in chunks are limited
 * like the rest before anyone logs in, {@code next} stays on the site, HEAD is authorised as GET, and authenticated
 * answers are never stored by the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityTest {

    /** The body of the hostile request found in the wild: 190 MB, sent in chunks. */
    private static final long HOSTILE = 190L * 1024 * 1024;
    /** What the loopback socket buffers may take in before the server stops reading: far less than the body. */
    private static final long STOPPED_WITHIN = 32L * 1024 * 1024;

    @TempDir
    static Path dir;
    DeskHarness desk;
    long photo;

    @BeforeAll
    void start() {
        desk = new DeskHarness(dir, DeskServer.Settings.defaults());
        photo = desk.photo("Rowers on the Seine", "Jane Roe", "AP", "Paris").id();
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/login, application/x-www-form-urlencoded",
            "/api/session, application/json",
            "/api/galleries, application/json",
            "/photos/1/edit, application/x-www-form-urlencoded",
            "/logout, application/x-www-form-urlencoded",
            "/nowhere, text/plain"})
    void aChunkedBodyPastTheFormLimitIsRefusedBeforeAnyLogin(String path, String type) {
        ChunkedPost r = ChunkedPost.send(desk.server.port(), path, Map.of("Content-Type", type, "Accept",
                "application/json"), HOSTILE, (byte) 'a');

        assertThat(r.status()).as(r.head()).isEqualTo(413);
        assertThat(r.body()).contains("limited to 1024 KB");
        assertThat(r.sent()).as("bytes the client could send before the server stopped reading")
                .isLessThan(STOPPED_WITHIN);
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() {
        var session = new HttpSession(desk.base);
        String page = session.get("/login").body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        byte[] form = ("username=admin&password=" + URLEncoder.encode(DeskHarness.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + token + "&next=/galleries").getBytes(StandardCharsets.UTF_8);

        ChunkedPost r = ChunkedPost.send(desk.server.port(), "/login", Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Cookie", session.cookieHeader()), form);

        assertThat(r.status()).as(r.head() + r.body()).isEqualTo(302);
        assertThat(r.head()).containsIgnoringCase("Location: /galleries");
    }

    @ParameterizedTest(name = "next={0}")
    @ValueSource(strings = {"/%09/evil.example", "/%0a/evil.example", "//evil.example", "/%5Cevil.example",
            "/%5C/evil.example", "https://evil.example/", "https:evil.example", "javascript:alert(1)",
            "%2F%2Fevil.example", "/%252F/evil.example", "/%255C%255Cevil.example", "%20//evil.example",
            "/%E2%80%8B/evil.example", "evil.example", "http%3A%2F%2Fevil.example"})
    void nextLeadsOnlyToAPathOfThisSite(String rawNext) {
        var s = new HttpSession(desk.base);
        String page = s.get("/login?next=" + rawNext).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String next = page.replaceAll("(?s).*name=\"next\" value=\"([^\"]*)\".*", "$1");
        String decoded = java.net.URLDecoder.decode(rawNext.replace("+", "%2B"), StandardCharsets.UTF_8);

        var r = s.form("/login", Map.of("username", "admin", "password", DeskHarness.PASSWORD, "_csrf", token,
                "next", decoded));

        assertThat(next).isEqualTo("/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).contains("/");
    }

    @ParameterizedTest(name = "next={0}")
    @ValueSource(strings = {"/galleries/3", "/photos/12?from=sheet#history", "/?q=crowds+berlin&city=Berlin",
            "/events/paris-2024%2Fclosing"})
    void nextKeepsAPathOfThisSite(String next) {
        var s = new HttpSession(desk.base);
        String page = s.get("/login").body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        var r = s.form("/login", Map.of("username", "admin", "password", DeskHarness.PASSWORD, "_csrf", token,
                "next", next));

        assertThat(r.headers().firstValue("Location")).contains(next);
    }

    @ParameterizedTest(name = "HEAD {0} as {1}")
    @CsvSource({
            "/api/photos, anonymous, application/json, 401",
            "/api/users, anonymous, application/json, 401",
            "/photos/PHOTO/original, anonymous, application/json, 401",
            "/, anonymous, text/html, 302",
            "/admin/users, anonymous, text/html, 302",
            "/changes, anonymous, application/json, 401",
            "/api/users, viewer, application/json, 403",
            "/admin/audit, editor, text/html, 403",
            "/api/photos, viewer, application/json, 200",
            "/photos/PHOTO/thumb, viewer, image/jpeg, 200",
            "/photos/999999, viewer, text/html, 404",
            "/admin/users, admin, text/html, 200",
            "/api/openapi.json, anonymous, application/json, 200"})
    void headIsAuthorisedAsGetIs(String path, String user, String accept, int status) {
        var s = new HttpSession(desk.base);
        if (!user.equals("anonymous")) {
            s.login(user, DeskHarness.PASSWORD);
        }

        var r = s.request("HEAD", path.replace("PHOTO", Long.toString(photo)), accept);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.body()).isEmpty();
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @CsvSource({
            "/, viewer, text/html",
            "/api/photos, viewer, application/json",
            "/api/session, viewer, application/json",
            "/photos/PHOTO, viewer, text/html",
            "/photos/PHOTO/thumb, viewer, image/jpeg",
            "/photos/PHOTO/original, viewer, image/jpeg",
            "/api/photos/PHOTO, viewer, application/json",
            "/galleries, editor, text/html",
            "/events, editor, text/html",
            "/admin/users, admin, text/html",
            "/admin/audit, admin, text/html",
            "/api/users, admin, application/json",
            "/photos/999999, viewer, text/html",
            "/api/users, viewer, application/json"})
    void authenticatedAnswersAreNeverStored(String path, String user, String accept) {
        var s = new HttpSession(desk.base);
        s.login(user, DeskHarness.PASSWORD);

        var r = s.request("GET", path.replace("PHOTO", Long.toString(photo)), accept);

        assertThat(r.headers().allValues("Cache-Control")).as("status " + r.statusCode()).containsExactly("no-store");
    }

    @Test
    void theLoginAnswerCarryingTheCsrfTokenIsNotStoredEither() {
        var r = new HttpSession(desk.base).login("viewer", DeskHarness.PASSWORD);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void theSettingsOfAServerWithASmallUploadLimitStillApplyToChunkedUploads() {
        try (var small = new DeskHarness(dir.resolve("small"), new DeskServer.Settings(3L * 1024 * 1024, 5,
                Duration.ofMinutes(1), false))) {
            var editor = new HttpSession(small.base);
            editor.login("editor", DeskHarness.PASSWORD);
            Map<String, String> headers = Map.of("Content-Type", "application/octet-stream", "Accept",
                    "application/json", "Cookie", editor.cookieHeader(), DeskServer.CSRF_HEADER, editor.csrf);

            ChunkedPost tooBig = ChunkedPost.send(small.server.port(), "/api/uploads?name=big.jpg", headers,
                    8L * 1024 * 1024, (byte) 0);
            ChunkedPost fine = ChunkedPost.send(small.server.port(), "/api/uploads?name=harbour.jpg", headers,
                    small.jpeg("The harbour at dawn", "Jane Roe", "AP", "Genoa"));
            ChunkedPost anonymous = ChunkedPost.send(small.server.port(), "/api/uploads?name=big.jpg",
                    Map.of("Content-Type", "application/octet-stream", "Accept", "application/json"), HOSTILE, (byte) 0);

            assertThat(tooBig.status()).as(tooBig.head()).isEqualTo(413);
            assertThat(fine.status()).as(fine.head() + fine.body()).isEqualTo(201);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.sent()).isLessThan(STOPPED_WITHIN);
        }
    }
}
