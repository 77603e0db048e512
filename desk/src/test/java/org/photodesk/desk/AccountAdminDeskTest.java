package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.audit.AuditLog;

/** Account administration over HTTP (API and forms), failed logins in the audit log, and the per-user ceiling. */
class AccountAdminDeskTest {

    @TempDir
    Path dir;
    DeskHarness desk;
    HttpSession admin;

    @BeforeEach
    void start() {
        desk = new DeskHarness(dir, new DeskServer.Settings(1_000_000, 5, Duration.ofMinutes(1), false));
        admin = new HttpSession(desk.base);
        assertThat(admin.login("admin", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void aDisabledUserIsLoggedOutAndCannotLogInUntilEnabled() {
        var editor = new HttpSession(desk.base);
        editor.login("editor", DeskHarness.PASSWORD);

        var disabled = admin.json("POST", "/api/users/Editor/disable", Map.of());

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(disabled).get("enabled").asBoolean()).isFalse();
        assertThat(editor.getJson("/api/session").statusCode()).as("the open session ended").isEqualTo(401);
        var again = new HttpSession(desk.base).login("editor", DeskHarness.PASSWORD);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(HttpSession.tree(again).get("detail").asText()).contains("disabled");
        assertThat(new HttpSession(desk.base).login("editor", "not the password").body()).doesNotContain("disabled");
        assertThat(actions("user/editor")).contains("user.disable", "login.failed");

        assertThat(admin.json("POST", "/api/users/editor/enable", Map.of()).statusCode()).isEqualTo(200);
        assertThat(new HttpSession(desk.base).login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(admin.getJson("/api/users/editor")).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void rolesChangeAtOnceButTheLastAdminKeepsTheirs() {
        var viewer = new HttpSession(desk.base);
        viewer.login("viewer", DeskHarness.PASSWORD);

        var promoted = admin.json("PUT", "/api/users/viewer/role", Map.of("role", "editor"));
        var demoteLast = admin.json("PUT", "/api/users/admin/role", Map.of("role", "viewer"));
        var disableLast = admin.json("POST", "/api/users/admin/disable", Map.of());

        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(HttpSession.tree(viewer.getJson("/api/session")).get("role").asText()).isEqualTo("editor");
        assertThat(demoteLast.statusCode()).isEqualTo(409);
        assertThat(HttpSession.tree(demoteLast).get("detail").asText()).contains("last enabled admin");
        assertThat(disableLast.statusCode()).isEqualTo(409);
        assertThat(admin.getJson("/api/users").statusCode()).as("still an admin").isEqualTo(200);
        assertThat(desk.server.audit().recent("user/viewer", 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("user.role");
            assertThat(e.username()).isEqualTo("admin");
            assertThat(e.before()).isEqualTo("viewer");
            assertThat(e.after()).isEqualTo("editor");
        });
        assertThat(admin.json("PUT", "/api/users/viewer/role", Map.of("role", "boss")).statusCode()).isEqualTo(400);
    }

    @Test
    void aNewPasswordEndsTheSessionsAndIsNeverAudited() {
        var viewer = new HttpSession(desk.base);
        viewer.login("viewer", DeskHarness.PASSWORD);

        var reset = admin.json("PUT", "/api/users/viewer/password", Map.of("password", "a brand new secret"));

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).doesNotContain("brand new");
        assertThat(viewer.getJson("/api/session").statusCode()).isEqualTo(401);
        assertThat(new HttpSession(desk.base).login("viewer", DeskHarness.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(new HttpSession(desk.base).login("viewer", "a brand new secret").statusCode()).isEqualTo(200);
        assertThat(desk.server.audit().recent(null, 50)).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain("brand new").doesNotContain(DeskHarness.PASSWORD));
        assertThat(admin.json("PUT", "/api/users/viewer/password", Map.of("password", "short")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void endingAUsersSessionsLogsThemOutEverywhere() {
        var one = new HttpSession(desk.base);
        var two = new HttpSession(desk.base);
        one.login("editor", DeskHarness.PASSWORD);
        two.login("editor", DeskHarness.PASSWORD);

        var ended = admin.json("DELETE", "/api/users/editor/sessions", Map.of());

        assertThat(HttpSession.tree(ended).get("ended").asInt()).isEqualTo(2);
        assertThat(one.getJson("/api/session").statusCode()).isEqualTo(401);
        assertThat(two.getJson("/api/session").statusCode()).isEqualTo(401);
        assertThat(admin.getJson("/api/session").statusCode()).as("the admin's own session").isEqualTo(200);
        assertThat(admin.json("DELETE", "/api/users/nobody/sessions", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdminsManageAccountsAndOnlyWithTheirCsrfToken() throws Exception {
        var editor = new HttpSession(desk.base);
        editor.login("editor", DeskHarness.PASSWORD);

        assertThat(editor.json("POST", "/api/users/viewer/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.jsonNoCsrf("POST", "/api/users/viewer/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.form("/admin/users/viewer/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(desk.server.accounts().find("viewer").orElseThrow().enabled()).isTrue();
    }

    @Test
    void theUsersPageFormsChangeAccountsAndSayWhatTheyDid() {
        var done = admin.form("/admin/users/viewer/disable", Map.of("_csrf", admin.csrf));
        assertThat(done.statusCode()).isEqualTo(302);
        String page = admin.get(done.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("viewer is disabled and logged out everywhere.");

        var refused = admin.form("/admin/users/admin/role", Map.of("_csrf", admin.csrf, "role", "editor"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("last enabled admin");

        var spoofed = admin.get("/admin/users?done=password&user=%3Cb%3Ehacked");
        assertThat(spoofed.body()).doesNotContain("hacked").doesNotContain("has a new password");
    }

    @Test
    void failedLoginsAreAuditedWithTheNameTriedTheAddressAndTheReasonButNoPassword() {
        new HttpSession(desk.base).login("editor", "Hunter2-guess");
        new HttpSession(desk.base).login("ghost", "Hunter2-guess");
        new HttpSession(desk.base).login("evil\u001b[31mname", "Hunter2-guess");

        List<AuditLog.Entry> failed = desk.server.audit().recent(null, 20).stream()
                .filter(e -> e.action().equals("login.failed")).toList();

        assertThat(failed).extracting(AuditLog.Entry::target)
                .containsExactly("user/evil?[31mname", "user/ghost", "user/editor");
        assertThat(failed).extracting(AuditLog.Entry::after).containsExactly(
                "unknown user from 127.0.0.1", "unknown user from 127.0.0.1", "wrong password from 127.0.0.1");
        assertThat(failed).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Hunter2"));
        JsonNode api = HttpSession.tree(admin.getJson("/api/audit?since=1h&target=user/ghost"));
        assertThat(api).hasSize(1);
        assertThat(api.get(0).get("action").asText()).isEqualTo("login.failed");
        assertThat(admin.getJson("/api/audit?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/audit?since=1h&target=user/ghost").body()).contains("unknown user from 127.0.0.1");
    }

    @Test
    void guessesSpreadOverAddressesMeetAPerUserCeilingThatSparesTheUsersOwnAddress() throws UnknownHostException {
        assertThat(from("127.0.0.1").login("editor", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
        for (int a = 2; a <= 6; a++) {
            var attacker = from("127.0.0." + a);
            for (int i = 0; i < 4; i++) {
                assertThat(attacker.login("editor", "guess " + a + "." + i).statusCode()).isEqualTo(401);
            }
        }

        var elsewhere = from("127.0.0.9").login("editor", DeskHarness.PASSWORD);
        var usualDesk = from("127.0.0.1").login("editor", DeskHarness.PASSWORD);

        assertThat(elsewhere.statusCode()).isEqualTo(429);
        assertThat(HttpSession.tree(elsewhere).get("detail").asText()).contains("several addresses", "15 minutes");
        assertThat(usualDesk.statusCode()).isEqualTo(200);
        assertThat(from("127.0.0.9").login("viewer", DeskHarness.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(desk.server.audit().recent("user/editor", 30)).filteredOn(e -> e.action().equals("login.failed"))
                .hasSize(20).first().satisfies(e -> assertThat(e.after())
                        .isEqualTo("wrong password from 127.0.0.6; this name is now locked for new addresses for 15 minutes"));
    }

    private HttpSession from(String address) throws UnknownHostException {
        return new HttpSession(desk.base, InetAddress.getByName(address));
    }

    private List<String> actions(String target) {
        return desk.server.audit().recent(target, 20).stream().map(AuditLog.Entry::action).toList();
    }
}
