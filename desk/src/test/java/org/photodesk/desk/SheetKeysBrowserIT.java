package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;
import org.photodesk.embedded.event.SeedFiles;

/**
 * The sheet an editor on deadline works from, in Debian's Chromium at 1440x900: letterboxed thumbnails in three
 * remembered sizes, marks saved by single keys with Undo, the loupe and compare, searching the marks, a gallery in
 * one step, the event's photos as a sheet, and axe-core finding no serious or critical violation.
 */
class SheetKeysBrowserIT {

    static Playwright playwright;
    static Browser browser;
    /** Screenshots for docs/desk.md; copied there (scaled down) by hand, so that test runs leave the docs alone. */
    static final Path SHOTS = Paths.get("target", "screenshots");

    @TempDir
    Path dir;
    DeskHarness desk;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void quit() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        // axe-core is injected as a script, which the desk's Content-Security-Policy would refuse.
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setBypassCSP(true)).newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
    }

    @AfterEach
    void close() {
        page.context().close();
        desk.close();
    }

    void login(String user) {
        page.navigate(desk.base + "/");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(DeskHarness.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("header .who")).containsText(user);
    }

    List<Long> photos(int n) {
        String[] cities = {"Paris", "Berlin", "Rome", "Madrid", "Vienna"};
        var ids = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            ids.add(desk.photo("Scene " + (i + 1) + " of the day in " + cities[i % 5] + ", Sunday, Aug. 11, 2024.",
                    "Jane Roe", "AP", cities[i % 5]).id());
        }
        return ids;
    }

    /** How many cards lie wholly inside the viewport. */
    long cardsOnScreen() {
        return ((Number) page.evaluate("""
                () => [...document.querySelectorAll('#sheet .card')].filter(c => {
                  const r = c.getBoundingClientRect();
                  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
                }).length""")).longValue();
    }

    @Test
    void threeRememberedSizesOfLetterboxedThumbnailsAndAnOverlayToggle() {
        photos(40);
        login("editor");
        assertThat(page.locator("#sheet .card")).hasCount(40);
        assertThat(page.locator("#sheet .card img").first()).hasCSS("object-fit", "contain");
        page.locator("[data-size=s]").click();
        assertThat(page.locator("body")).hasClass(Pattern.compile(".*size-s.*"));
        page.waitForFunction("() => [...document.querySelectorAll('#sheet .card img')].every(i => i.complete)");
        assertThat(cardsOnScreen()).as("small thumbnails on a 1440x900 screen").isGreaterThanOrEqualTo(30);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sheet-small.png")));
        Axe.assertClean(page, "the sheet, small");
        page.locator("#sheet .card").first().focus();
        page.keyboard().press("l");
        assertThat(page.locator("[data-size=l]")).hasAttribute("aria-pressed", "true");
        long large = cardsOnScreen();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sheet-large.png")));
        page.locator("[data-size=m]").click();
        long medium = cardsOnScreen();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sheet-medium.png")));
        assertThat(large).isLessThan(medium);
        // Remembered: the next visit opens at medium, and with details hidden once hidden.
        page.locator("#overlay-toggle").click();
        assertThat(page.locator("#sheet .card .caption").first()).isHidden();
        page.reload();
        assertThat(page.locator("body")).hasClass(Pattern.compile(".*size-m.*"));
        assertThat(page.locator("#overlay-toggle")).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("#sheet .card .caption").first()).isHidden();
        page.keyboard().press("i");
        assertThat(page.locator("#sheet .card .caption").first()).isVisible();
        assertThat(page.locator("#sheet .card .time").first()).containsText("2024-08-11");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void keysRateLabelAndTagAtOnceWithUndoAndTheMarksAreSearchable() {
        List<Long> ids = photos(4);
        login("editor");
        Locator first = page.locator("#sheet .card").first();
        long a = Long.parseLong(first.getAttribute("data-id"));
        first.focus();
        page.keyboard().press("4");
        assertThat(page.locator("#photo-" + a + " .stars")).hasText("★★★★☆");
        assertThat(page.locator("#toasts .toast").last()).containsText("Rated ★★★★");
        assertThat(desk.find(a).rating()).isEqualTo(4);
        assertThat(page.locator("#photo-" + a)).isFocused();
        page.keyboard().press("6");
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("select");
        page.keyboard().press("t");
        assertThat(page.locator("#photo-" + a + " .tag-mark")).isVisible();
        assertThat(desk.find(a).labels()).containsExactly("select", "tagged");
        page.keyboard().press("7");
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("second");
        assertThat(desk.find(a).labels()).containsExactlyInAnyOrder("second", "tagged");
        // The card may show the change before its toast: the live sheet's push of the stored change can come before
        // the edit's own answer, which waits for the index (at once on PostgreSQL's LISTEN/NOTIFY). Undo this key's
        // toast, not the one of the key before it, which would put back the labels as they were before the tag.
        assertThat(page.locator("#toasts .toast").last()).containsText("Labelled second");
        page.locator("#toasts .toast").last().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("select");
        assertThat(page.locator("#photo-" + a + " .tag-mark")).isVisible();
        // The Undo of an earlier key's toast takes back that key's change only: untag, label second, then undo the
        // untag; the label chosen after it stays (the whole field as it was before the untag would put back select).
        page.locator("#photo-" + a).focus();
        page.keyboard().press("t");
        assertThat(page.locator("#photo-" + a + " .tag-mark")).isHidden();
        page.keyboard().press("7");
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("second");
        assertThat(page.locator("#toasts .toast").last()).containsText("Labelled second");
        page.locator("#toasts .toast", new Page.LocatorOptions().setHasText("Untagged")).last()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.locator("#photo-" + a + " .tag-mark")).isVisible();
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("second");
        assertThat(storedLabels(a, List.of("second", "tagged"))).containsExactlyInAnyOrder("second", "tagged");
        page.locator("#photo-" + a).focus();
        page.keyboard().press("6");
        assertThat(page.locator("#photo-" + a + " .colour")).hasText("select");
        assertThat(storedLabels(a, List.of("tagged", "select"))).containsExactlyInAnyOrder("select", "tagged");
        // The next photo, by arrow, then a five and a clear.
        page.locator("#photo-" + a).focus();
        page.keyboard().press("ArrowRight");
        long b = Long.parseLong(page.locator("#sheet .card:focus").getAttribute("data-id"));
        assertThat(b).isNotEqualTo(a);
        page.keyboard().press("5");
        assertThat(page.locator("#photo-" + b + " .stars")).hasText("★★★★★");
        page.keyboard().press("0");
        assertThat(page.locator("#photo-" + b + " .stars")).hasText("☆☆☆☆☆");
        page.keyboard().press("3");
        assertThat(page.locator("#photo-" + b + " .stars")).hasText("★★★☆☆");
        page.keyboard().press("Control+z");
        assertThat(page.locator("#photo-" + b + " .stars")).hasText("☆☆☆☆☆");
        page.keyboard().press("5");
        assertThat(page.locator("#photo-" + b + " .stars")).hasText("★★★★★");
        // A stale version is refused, not written over another editor's change.
        var other = new HttpSession(desk.base);
        other.login("editor", DeskHarness.PASSWORD);
        int version = desk.find(b).version();
        assertThat(other.json("POST", "/api/photos/" + b + "/edits",
                java.util.Map.of("field", "rating", "value", "2", "version", version - 1)).statusCode()).isEqualTo(409);
        assertThat(desk.find(b).rating()).isEqualTo(5);

        page.navigate(desk.base + "/?q=rating:%3E%3D4");
        assertThat(page.locator("#sheet .card")).hasCount(2);
        page.navigate(desk.base + "/?q=label:select");
        assertThat(page.locator("#sheet .card")).hasCount(1);
        page.navigate(desk.base + "/?q=tagged:yes");
        assertThat(page.locator("#sheet .card")).hasCount(1);
        page.navigate(desk.base + "/");
        page.locator(".facet[data-facet=rating] a", new Page.LocatorOptions().setHasText("★★★★★")).click();
        assertThat(page.locator("#sheet .card")).hasCount(1);
        assertThat(page.locator(".chip")).containsText("rating: 5");
        page.navigate(desk.base + "/");
        page.locator(".facet[data-facet=label] a", new Page.LocatorOptions().setHasText("tagged")).click();
        assertThat(page.locator("#sheet .card")).hasCount(1);
        assertThat(ids).contains(a, b);
        assertThat(consoleErrors).isEmpty();
    }

    /** The photo's stored labels once they are {@code expected} (in any order), or as they are after 10 s. */
    private List<String> storedLabels(long id, List<String> expected) {
        List<String> labels = desk.find(id).labels();
        for (int i = 0; i < 100 && !(labels.size() == expected.size() && labels.containsAll(expected)); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            labels = desk.find(id).labels();
        }
        return labels;
    }

    @Test
    void theLoupeStepsThroughPhotosRatesAndCompareShowsTheSelectionSideBySide() {
        photos(4);
        login("editor");
        Locator cards = page.locator("#sheet .card");
        String firstId = cards.nth(0).getAttribute("data-id");
        String secondId = cards.nth(1).getAttribute("data-id");
        cards.nth(0).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe")).isVisible();
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", firstId);
        assertThat(page.locator("#loupe .loupe-picture img")).hasAttribute("src", "/photos/" + firstId + "/preview");
        assertThat(page.locator("#loupe .facts")).containsText("Jane Roe");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", secondId);
        page.keyboard().press("2");
        assertThat(page.locator("#loupe .loupe-marks .stars")).hasText("★★☆☆☆");
        assertThat(page.locator("#photo-" + secondId + " .stars")).hasText("★★☆☆☆");
        page.waitForFunction("() => document.querySelector('#loupe .loupe-picture img').complete");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("loupe.png")));
        Axe.assertClean(page, "the loupe");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", firstId);
        page.keyboard().press("Escape");
        assertThat(page.locator("#loupe")).isHidden();
        assertThat(page.locator("#photo-" + firstId)).isFocused();
        // ? lists the keys.
        page.keyboard().press("?");
        assertThat(page.locator("#keys-help")).isVisible();
        assertThat(page.locator("#keys-help")).containsText("compare");
        Axe.assertClean(page, "the keys list");
        page.keyboard().press("Escape");
        assertThat(page.locator("#keys-help")).isHidden();
        // C with one selected says what to do; with two, compares them.
        page.locator("#photo-" + firstId).focus();
        page.keyboard().press("Space");
        page.keyboard().press("c");
        assertThat(page.locator("#toasts .toast").last()).containsText("Select 2 to 4");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Space");
        page.keyboard().press("c");
        assertThat(page.locator("#compare")).isVisible();
        assertThat(page.locator("#compare .compare-item")).hasCount(2);
        page.keyboard().press("Escape");
        // Enter in the loupe opens the photo page.
        page.locator("#photo-" + firstId).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe")).isFocused();
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", firstId);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(desk.base + "/photos/" + firstId);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void oneSaveForEveryFieldAndCtrlEnterSavesAndOpensTheNextPhoto() {
        photos(3);
        login("editor");
        List<String> order = page.locator("#sheet .card").all().stream().map(c -> c.getAttribute("data-id")).toList();
        page.navigate(desk.base + "/photos/" + order.get(0));
        page.locator("#field-headline").fill("Day sixteen");
        page.locator("#field-city").fill("Saint-Denis");
        page.locator("#field-caption").press("Control+Enter");
        assertThat(page).hasURL(Pattern.compile(".*/photos/" + order.get(1) + "#edit"));
        Photo saved = desk.find(Long.parseLong(order.get(0)));
        assertThat(saved.metadata().headline()).isEqualTo("Day sixteen");
        assertThat(saved.metadata().city()).isEqualTo("Saint-Denis");
        page.navigate(desk.base + "/photos/" + order.get(0));
        assertThat(page.locator("#history .edit-row")).hasCount(2);
        assertThat(page.locator("#history time.local-time").first()).not().containsText("T");
        assertThat(page.locator("#history .edit-row .diff ins").first()).isVisible();
        Axe.assertClean(page, "the photo page");
        page.locator("#field-headline").fill("Day 16");
        page.locator("#save-fields").click();
        assertThat(page).hasURL(Pattern.compile(".*/photos/" + order.get(0) + "\\?saved=1#edit"));
        assertThat(desk.find(Long.parseLong(order.get(0))).metadata().headline()).isEqualTo("Day 16");
    }

    @Test
    void aGalleryInOneStepFromTheSelectionOrTheSearchNumberedWithLinksAndRemovable() {
        photos(5);
        login("editor");
        Locator cards = page.locator("#sheet .card");
        List<String> chosen = List.of(cards.nth(0).getAttribute("data-id"), cards.nth(2).getAttribute("data-id"),
                cards.nth(3).getAttribute("data-id"));
        for (String id : chosen) {
            page.locator("#photo-" + id).focus();
            page.keyboard().press("Space");
        }
        page.locator("#quick-title").fill("Three scenes");
        page.locator("#gallery-from-selection").click();
        assertThat(page.locator("h1")).hasText("Three scenes");
        Locator items = page.locator("#gallery-items .gallery-item");
        assertThat(items).hasCount(3);
        assertThat(items.locator(".position")).hasText(new String[] {"1", "2", "3"});
        assertThat(items.nth(0).locator("a.photo-link")).hasAttribute("href", "/photos/" + chosen.get(0));
        Axe.assertClean(page, "the gallery editor");
        items.nth(1).locator("button.remove").click();
        assertThat(items).hasCount(2);
        assertThat(items.locator(".position")).hasText(new String[] {"1", "2"});
        assertThat(items.nth(1)).hasAttribute("data-id", chosen.get(2));

        page.navigate(desk.base + "/?q=city:berlin");
        assertThat(page.locator("#sheet .card")).hasCount(1);
        page.locator("#quick-title").fill("Berlin");
        page.locator("#gallery-from-query").click();
        assertThat(page.locator("h1")).hasText("Berlin");
        assertThat(page.locator("#gallery-items .gallery-item")).hasCount(1);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theEventPageShowsItsPhotosAsASheetAndTheSheetHasAnEventFacet() {
        login("editor");
        var editor = new HttpSession(desk.base);
        editor.login("editor", DeskHarness.PASSWORD);
        for (String name : List.of(SeedFiles.AP, SeedFiles.REUTERS)) {
            assertThat(editor.postBytes("/api/articles?name=" + name, EventDeskTest.seed(name)).statusCode()).isEqualTo(201);
        }
        // Library photos whose captions are two of the article's photo captions fill their places in the event.
        var placeholders = new ArrayList<JsonNode>();
        HttpSession.tree(editor.getJson("/api/galleries")).findValues("placeholders")
                .forEach(list -> list.forEach(placeholders::add));
        var filled = placeholders.stream().filter(p -> !p.get("photographer").isNull()).limit(2).toList();
        var ids = new ArrayList<Long>();
        for (JsonNode p : filled) {
            ids.add(desk.photo(p.get("caption").asText(), p.get("photographer").asText(), "AP", "Saint-Denis").id());
        }
        page.navigate(desk.base + "/events/" + EventDeskTest.SEEDS_EVENT);
        Locator cards = page.locator("#event-photos #sheet .card");
        assertThat(cards.first()).isVisible();
        assertThat(cards.count()).isGreaterThanOrEqualTo(1);
        cards.first().focus();
        page.keyboard().press("4");
        String id = cards.first().getAttribute("data-id");
        assertThat(page.locator("#photo-" + id + " .stars")).hasText("★★★★☆");
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe")).isVisible();
        page.keyboard().press("Escape");
        Axe.assertClean(page, "the event page");
        assertThat(ids).contains(Long.parseLong(id));
    }
}
