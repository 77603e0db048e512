package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts and login in Debian's Chromium: an admin manages users on the users page while the user is logged in
 * elsewhere, {@code next} never leads off the site, and a page seen before logging out is not shown again from the
 * browser's cache.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AccountsBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TempDir
    Path dir;
    DeskHarness desk;
    BrowserContext adminContext;
    BrowserContext userContext;
    final AtomicInteger offSite = new AtomicInteger();

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        adminContext = newContext();
        userContext = newContext();
    }

    @AfterEach
    void close() {
        adminContext.close();
        userContext.close();
        desk.close();
    }

    /** A browser of its own; anything it asks of evil.example is answered here, and counted. */
    private BrowserContext newContext() {
        BrowserContext c = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        c.route("**://evil.example/**", route -> {
            offSite.incrementAndGet();
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html").setBody("<h1>evil</h1>"));
        });
        return c;
    }

    private Page logIn(BrowserContext context, String user, String password) {
        Page page = context.newPage();
        Chromium.logIn(page, desk.base + "/", user, password);
        return page;
    }

    private Locator row(Page page, String user) {
        return page.locator("tr[data-user=\"" + user + "\"]");
    }

    @Test
    void anAdminManagesAUserWhoIsLoggedInElsewhere() {
        Page editor = logIn(userContext, "editor", DeskHarness.PASSWORD);
        Page admin = logIn(adminContext, "admin", DeskHarness.PASSWORD);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")).click();
        String csrf = admin.locator("meta[name=csrf-token]").getAttribute("content");
        assertThat(admin.locator("form[method=post] input[name=_csrf]").count())
                .as("every form on the users page carries the CSRF token")
                .isEqualTo(admin.locator("form[method=post]").count());
        assertThat(admin.locator("form[method=post] input[name=_csrf][value=\"" + csrf + "\"]").count())
                .isEqualTo(admin.locator("form[method=post]").count());

        row(admin, "editor").getByLabel("Role of editor").selectOption("viewer");
        row(admin, "editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change role")).click();
        assertThat(admin.locator("#users-done")).hasText("editor is now a viewer.");
        editor.reload();
        assertThat(editor.locator("header .who")).containsText("editor (viewer)");

        row(admin, "editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable")).click();
        assertThat(admin.locator("#users-done")).hasText("editor is disabled and logged out everywhere.");
        assertThat(row(admin, "editor").locator(".status")).hasText("disabled");
        editor.reload();
        assertThat(editor).hasURL(Pattern.compile(".*/login.*"));
        Chromium.fillLogin(editor, "editor", DeskHarness.PASSWORD);
        assertThat(editor.locator(".login .error")).hasText("This account is disabled: ask an admin to enable it again.");

        row(admin, "editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable")).click();
        row(admin, "editor").getByLabel("New password for editor").fill("a brand new secret");
        row(admin, "editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset password")).click();
        assertThat(admin.locator("#users-done")).hasText("editor has a new password and is logged out everywhere.");
        Chromium.fillLogin(editor, "editor", DeskHarness.PASSWORD);
        assertThat(editor.locator(".login .error")).containsText("Wrong user name or password");
        Chromium.fillLogin(editor, "editor", "a brand new secret");
        assertThat(editor.locator("header .who")).containsText("editor");

        row(admin, "editor").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End sessions")).click();
        assertThat(admin.locator("#users-done")).hasText("editor is logged out everywhere (1 session ended).");
        editor.reload();
        assertThat(editor).hasURL(Pattern.compile(".*/login.*"));

        row(admin, "admin").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable")).click();
        assertThat(admin.locator("#users-error")).containsText("last enabled admin");
        assertThat(row(admin, "admin").locator(".status")).hasText("enabled");
        admin.navigate(desk.base + "/admin/audit?since=1h&target=user/editor");
        assertThat(admin.locator(".audit tbody tr")).not().hasCount(0);
        assertThat(admin.locator(".audit tbody")).containsText("user.disable");
        assertThat(admin.locator(".audit tbody")).containsText("account disabled from 127.0.0.1");
        assertThat(admin.locator(".audit tbody")).not().containsText("brand new");
    }

    @Test
    void nextNeverLeadsOffTheSite() {
        Page page = userContext.newPage();
        for (String next : List.of("/%09/evil.example", "/%0d%0a/evil.example", "/%5Cevil.example",
                "https:%2F%2Fevil.example", "%2F%2Fevil.example")) {
            page.navigate(desk.base + "/login?next=" + next);
            Chromium.fillLogin(page, "viewer", DeskHarness.PASSWORD);
            assertThat(page).hasURL(desk.base + "/");
            assertThat(page.locator("header .who")).containsText("viewer");
            page.locator("form.logout button").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
        assertThat(offSite.get()).as("requests that reached evil.example").isZero();
    }

    @Test
    void aLoginStillLeadsBackToThePageThatAskedForIt() {
        Page page = userContext.newPage();
        page.navigate(desk.base + "/galleries");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?next=%2Fgalleries"));
        Chromium.fillLogin(page, "viewer", DeskHarness.PASSWORD);
        assertThat(page).hasURL(desk.base + "/galleries");
    }

    @Test
    void aPageSeenBeforeLoggingOutIsNotShownAgainFromTheCache() {
        desk.photo("Embargoed: the minister resigns", "Jane Roe", "AP", "Paris");
        Page page = logIn(userContext, "viewer", DeskHarness.PASSWORD);
        assertThat(page.locator("#sheet")).containsText("the minister resigns");
        page.locator("form.logout button").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        page.goBack();

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("body")).not().containsText("the minister resigns");
    }
}
