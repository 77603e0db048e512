package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium through Playwright for a class of browser tests (register it as a static
 * {@code @RegisterExtension} field): launched headless once before the class with the flags STACK.md names, closed
 * after it, with new pages and the desk's login form filled in as a person would.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    /** Where the browser tests leave their screenshots (made before the class runs). */
    public static final Path SHOTS = Paths.get("target", "screenshots");

    private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync");
    private static final Pattern LOGIN = Pattern.compile(".*/login.*");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The running browser, for contexts of one's own. */
    public Browser browser() {
        return browser;
    }

    /** A page in a new context (a browser of its own: no cookies) with a {@code width} by {@code height} viewport. */
    public Page newPage(int width, int height) {
        return newPage(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /**
     * A page as {@link #newPage(int, int)} whose context bypasses the desk's Content-Security-Policy, which would
     * refuse the axe-core script {@link Axe} injects.
     */
    public Page newPageForAxe(int width, int height) {
        return newPage(new Browser.NewContextOptions().setViewportSize(width, height).setBypassCSP(true));
    }

    private Page newPage(Browser.NewContextOptions options) {
        return browser.newContext(options).newPage();
    }

    /** Adds the text of every console error {@code page} logs from now on to {@code errors}. */
    public static void collectConsoleErrors(Page page, List<String> errors) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
    }

    /**
     * Opens {@code url} while logged out (the desk asks who is there first), logs in as {@code user} and waits until
     * the header names them.
     */
    public static void logIn(Page page, String url, String user, String password) {
        page.navigate(url);
        assertThat(page).hasURL(LOGIN);
        fillLogin(page, user, password);
        assertThat(page.locator("header .who")).containsText(user);
    }

    /** Fills in the login form on {@code page} and sends it. */
    public static void fillLogin(Page page, String user, String password) {
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
