package org.photodesk.cli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Role;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.rights.Rights;
import org.photodesk.desk.Chromium;
import org.photodesk.desk.DeskPorts;
import org.photodesk.desk.DeskServer;
import org.photodesk.embedded.EmbeddedBackends;

/**
 * The editor's round of issue 11, by keyboard only, in Debian's Chromium at 1440x900 on the demo's real
 * photographs: rate 50 photos from the sheet, caption the ten best from a template, then build and publish a
 * ten-picture gallery from them. Every step is a key press (Tab moves the focus, as a person would); the test counts
 * the keys and times each step, writes the figures to {@code target/editors-round.txt} and leaves screenshots of the
 * sheet at each size and of the loupe on real photographs in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorsRoundBrowserIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String TEMPLATE_MARK = "Pictures of the day";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private DeskPorts ports;
    private DeskServer server;
    private String base;
    private Page page;
    private int keys;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) {
        Library library = EmbeddedBackends.open(dir.resolve("demo"));
        var address = new String[1];
        ports = DeskPorts.of(library, () -> address[0] + "/published/", Clock.systemUTC());
        var err = new StringWriter();
        DemoCommand.Filled filled = DemoCommand.fill(ports, new PrintWriter(err, true), Clock.systemUTC());
        assertThat(filled.real()).as("the demo's real photographs (Debian wallpaper packages): %s", err).isTrue();
        server = new DeskServer(ports, DeskServer.Settings.defaults(), Clock.systemUTC());
        server.ensureAdmin(PASSWORD);
        server.accounts().create("editor", PASSWORD, Role.EDITOR);
        server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        address[0] = base;
        page = chromium.newPage(1440, 900);
        Chromium.collectConsoleErrors(page, consoleErrors);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        ports.close();
    }

    /** The desk's template for the night, set up before the round (not timed). */
    private void makeTemplate() {
        var made = page.evaluate("""
                async body => {
                  const token = document.querySelector('meta[name="csrf-token"]').content;
                  const r = await fetch('/api/templates', { method: 'POST', body: JSON.stringify(body),
                      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token } });
                  return r.status;
                }""", Map.of("name", "Night desk", "rules", List.of(
                        Map.of("field", "caption", "mode", "append", "text", TEMPLATE_MARK + " ({city}, {date})"),
                        Map.of("field", "headline", "mode", "if-empty", "text", "Pictures of the day"))));
        assertThat(((Number) made).intValue()).as("template saved").isBetween(200, 201);
    }

    @Test
    void rateFiftyCaptionTenFromATemplateAndPublishATenPictureGalleryByKeyboardOnly() throws IOException {
        login();
        makeTemplate();
        page.navigate(base + "/");
        page.navigate(base + "/");
        List<Long> order = page.locator("#sheet .card").all().stream()
                .map(c -> Long.parseLong(c.getAttribute("data-id"))).toList();
        assertThat(order).as("the demo's photos on the first page of the sheet").hasSizeGreaterThanOrEqualTo(50);
        List<Long> best = publishable(order.subList(0, 50)).subList(0, 10);
        var figures = new LinkedHashMap<String, String>();

        // 1. Rate 50: a digit, then the right arrow, fifty times; the ten best get five stars.
        long start = System.nanoTime();
        int before = keys;
        tabTo("a.skip-link");
        press("Enter");
        assertThat(page.locator("#photo-" + order.getFirst())).isFocused();
        for (int i = 0; i < 50; i++) {
            long id = order.get(i);
            press(best.contains(id) ? "5" : String.valueOf(1 + i % 4));
            if (i < 49) {
                press("ArrowRight");
            }
        }
        waitFor(() -> order.subList(0, 50).stream().allMatch(id -> photo(id).rating() > 0),
                () -> "50 ratings saved; the store has " + order.subList(0, 50).stream().map(id -> photo(id).rating()).toList()
                        + ", focus on " + page.evaluate("() => document.activeElement.id"));
        for (int i = 0; i < 50; i++) {
            long id = order.get(i);
            assertThat(photo(id).rating()).as("rating of photo %d, the %dth", id, i + 1)
                    .isEqualTo(best.contains(id) ? 5 : 1 + i % 4);
        }
        figures.put("rate 50", step(start, before));

        // 2. The ten best: search rating:5, select them all.
        start = System.nanoTime();
        before = keys;
        press("/");
        type("rating:5");
        press("Enter");
        page.waitForURL(url -> url.contains("q=rating"));
        assertThat(page.locator("#sheet .card")).hasCount(10);
        tabTo("a.skip-link");
        press("Enter");
        press("Control+a");
        assertThat(page.locator("#selected-count")).hasText("10");
        figures.put("select the ten best", step(start, before));

        // 3. Caption the ten from the desk's template: Apply template, then Enter on the confirmation.
        start = System.nanoTime();
        before = keys;
        press("/");
        tabTo("#apply-template");
        press("Enter");
        assertThat(page.locator("#template-confirm")).containsText("10 photos selected");
        assertThat(page.locator("#template-confirm-apply")).isFocused();
        press("Enter");
        waitFor(() -> best.stream().allMatch(id -> photo(id).metadata().caption().contains(TEMPLATE_MARK)),
                () -> "the template on the ten: " + best.stream().map(id -> photo(id).metadata().caption()).toList());
        figures.put("caption 10 from a template", step(start, before));

        // 4. Build and publish the gallery from the selection.
        start = System.nanoTime();
        before = keys;
        press("/");
        tabTo("#quick-title");
        type("The best pictures of the day");
        tabTo("#gallery-from-selection");
        press("Enter");
        assertThat(page.locator("h1")).hasText("The best pictures of the day");
        assertThat(page.locator("#gallery-items .gallery-item")).hasCount(10);
        tabTo("#publish");
        press("Enter");
        page.waitForLoadState();
        if (page.locator("#publish-anyway").count() > 0) {
            figures.put("checks that asked to confirm", String.valueOf(page.locator("#publish-confirm .problem").count()));
            tabTo("#publish-anyway");
            press("Enter");
        }
        assertThat(page.locator("#published-link")).isVisible();
        figures.put("build and publish 10", step(start, before));
        figures.put("keys in all", String.valueOf(keys));

        var gallery = ports.galleries().list().getFirst();
        assertThat(gallery.items()).hasSize(10);
        assertThat(gallery.items()).allSatisfy(item -> assertThat(best).contains(item.photoId()));
        screenshotsOnRealPhotographs();
        assertThat(consoleErrors).isEmpty();
        var report = new StringBuilder("The editor's round by keyboard (EditorsRoundBrowserIT, Chromium 1440x900)\n");
        figures.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
        Files.writeString(Paths.get("target", "editors-round.txt"), report);
        System.out.print(report);
    }

    /** Sheet sizes and the loupe on the demo's photographs, for docs/desk.md (copied there by hand). */
    private void screenshotsOnRealPhotographs() {
        page.navigate(base + "/");
        for (String size : List.of("s", "m", "l")) {
            page.locator("[data-size=" + size + "]").click();
            page.waitForFunction("() => [...document.querySelectorAll('#sheet .card img')]"
                    + ".filter(i => i.getBoundingClientRect().top < innerHeight).every(i => i.complete)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("round-sheet-" + size + ".png")));
        }
        page.locator("[data-size=m]").click();
        page.locator("#sheet .card").nth(4).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe")).isVisible();
        page.waitForFunction("() => document.querySelector('#loupe .loupe-picture img').complete");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("round-loupe.png")));
        page.keyboard().press("Escape");
    }

    /** In sheet order, the photos a careful editor may put in a news gallery: no problem, no embargo, not synthetic. */
    private List<Long> publishable(List<Long> ids) {
        var rights = Rights.standard();
        return ids.stream().filter(id -> {
            Photo p = photo(id);
            return p.problems().isEmpty() && rights.of(p).embargo() == null && !p.provenance().synthetic()
                    && p.metadata().caption() != null;
        }).toList();
    }

    private Photo photo(long id) {
        return ports.store().findById(id).orElseThrow();
    }

    private void login() {
        Chromium.logIn(page, base + "/", "editor", PASSWORD);
    }

    private void press(String key) {
        page.keyboard().press(key);
        keys++;
    }

    private void type(String text) {
        page.keyboard().type(text);
        keys += text.length();
    }

    /** Presses Tab until the focused element matches the selector, as a person moving through the page would. */
    private void tabTo(String selector) {
        for (int i = 0; i < 400; i++) {
            if (Boolean.TRUE.equals(page.evaluate(
                    "s => !!document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
            press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    private String step(long startNanos, int keysBefore) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        return String.format(java.util.Locale.ROOT, "%.1f s, %d keys", took.toMillis() / 1000.0, keys - keysBefore);
    }

    private static void waitFor(java.util.function.BooleanSupplier done, java.util.function.Supplier<String> what) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                fail("timed out waiting for: " + what.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what.get());
            }
        }
    }
}
