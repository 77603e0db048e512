package org.photodesk.desk;

import org.photodesk.core.account.User;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;

/** The desk in Debian's Chromium: login, live arrivals, facets, fixes, a gallery by drag and drop, publishing, XSS. */
class DeskBrowserIT {

    private static final String[] PHOTOGRAPHERS = {"Ana Lopez", "Ben Carter", "Chloe Martin", "Dev Patel", "Eva Novak"};
    private static final String[] AGENCIES = {"AP", "AFP", "Getty Images", "Le Monde", "Bild"};
    static final String EVIL = "<script>window.pwned=1;alert('x')</script>\" onerror=\"alert(2)\" Protest";
    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TempDir
    Path dir;
    DeskHarness desk;
    Page page;
    final AtomicInteger dialogs = new AtomicInteger();
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        page = chromium.newPage(1400, 900);
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        Chromium.collectConsoleErrors(page, consoleErrors);
    }

    @AfterEach
    void close() {
        page.context().close();
        desk.close();
    }

    void login(String user) {
        Chromium.logIn(page, desk.base + "/", user, DeskHarness.PASSWORD);
    }

    @Test
    void photoDroppedInTheHotFolderAppearsOnTheOpenSheet() {
        desk.photo("Rowers on the Seine", "Jane Roe", "AP", "Paris");
        login("editor");
        assertThat(page.locator("#sheet .card")).hasCount(1);
        page.waitForFunction("() => document.querySelector('.sheet-layout') !== null");
        desk.drop("finish.jpg", "Fans wave flags at the finish", "Max Muster", "EPA", "Berlin");
        Locator arrived = page.locator("#sheet .card", new Page.LocatorOptions().setHasText("Fans wave flags at the finish"));
        assertThat(arrived).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("#sheet .card").first()).containsText("Fans wave flags");
        assertThat(page.locator("#total")).hasText("2");
        assertThat(desk.hot.resolve("done").resolve("finish.jpg")).exists();
        page.navigate(desk.base + "/?q=flags");
        assertThat(page.locator("#sheet .card")).hasCount(1);
    }

    @Test
    void uploadShowsProgressAndTheOutcomePerFile() {
        login("editor");
        page.locator("#file-input").setInputFiles(new com.microsoft.playwright.options.FilePayload[] {
                new com.microsoft.playwright.options.FilePayload("river.jpg", "image/jpeg", desk.jpeg("Kayaks on the river", "Jane Roe", "AP", "Lyon")),
                new com.microsoft.playwright.options.FilePayload("notes.jpg", "image/jpeg", "not a photo".getBytes())});
        assertThat(page.locator("#uploads li.done .status")).hasText("added");
        assertThat(page.locator("#uploads li.failed .status")).containsText("rejected");
        assertThat(page.locator("#sheet .card .caption", new Page.LocatorOptions().setHasText("Kayaks on the river")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    }

    @Test
    void searchWithAFacetAndKeyboardNavigation() {
        desk.photo("Crowds at the river", "Jane Roe", "AP", "Paris");
        desk.photo("Crowds at the stadium", "Max Muster", "EPA", "Berlin");
        desk.photo("Crowds in the square", "Max Muster", "EPA", "Berlin");
        login("viewer");
        page.locator("#q").fill("crowds");
        page.locator("#q").press("Enter");
        assertThat(page.locator("#sheet .card")).hasCount(3);
        page.locator(".facet[data-facet=city] a", new Page.LocatorOptions().setHasText("Berlin")).click();
        assertThat(page.locator("#sheet .card")).hasCount(2);
        assertThat(page.locator(".chip")).containsText("city: Berlin");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("contact-sheet.png")).setFullPage(true));
        page.locator("#sheet .card").first().focus();
        page.keyboard().press("ArrowRight");
        String second = page.locator("#sheet .card").nth(1).getAttribute("data-id");
        assertThat(page.locator("#sheet .card:focus")).hasAttribute("data-id", second);
        page.keyboard().press("Space");
        assertThat(page.locator("#photo-" + second)).hasClass(java.util.regex.Pattern.compile(".*selected.*"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", second);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(desk.base + "/photos/" + second);
        page.navigate(desk.base + "/?q=%22unclosed");
        assertThat(page.locator(".query-error")).containsText("never closed");
        assertThat(page.locator(".query-error pre")).containsText("^");
    }

    @Test
    void fixACaptionWithItsSuggestedFixAndUndoIt() {
        Photo p = desk.photo("An artists perform by the river in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)",
                "Jane Roe", "AP", "Paris");
        login("editor");
        assertThat(page.locator("#photo-" + p.id() + " .badge")).hasText("1 problem");
        page.navigate(desk.base + "/photos/" + p.id());
        page.locator("button.fix").click();
        assertThat(page.locator("#caption-text")).hasText(
                "Artists perform by the river in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)");
        assertThat(page.locator("#problems")).containsText("No problems found.");
        assertThat(page.locator("#history .edit-row").first()).containsText("editor");
        assertThat(page.locator("#history .edit-row .before").first()).containsText("An artists");
        page.locator("#history .edit-row button").first().click();
        assertThat(page.locator("#caption-text")).containsText("An artists perform");
    }

    @Test
    void buildAGalleryOfFiveByDragAndDropAndPublishIt() {
        var ids = new ArrayList<Long>();
        String[] cities = {"Paris", "Berlin", "Rome", "Madrid", "Vienna"};
        for (int i = 0; i < 5; i++) {
            ids.add(desk.photo("Scene " + (i + 1) + " of the day in " + cities[i], PHOTOGRAPHERS[i], AGENCIES[i], cities[i]).id());
        }
        login("editor");
        page.navigate(desk.base + "/galleries");
        page.getByLabel("Title").fill("Five cities");
        page.locator(".new-gallery button").click();
        assertThat(page.locator("h1")).hasText("Five cities");
        String galleryUrl = page.url();
        page.navigate(desk.base + "/");
        for (long id : ids) {
            page.locator("#photo-" + id).focus();
            page.keyboard().press("Space");
        }
        assertThat(page.locator("#selected-count")).hasText("5");
        page.locator("#add-to-gallery button").click();
        assertThat(page).hasURL(galleryUrl);
        Locator items = page.locator("#gallery-items .gallery-item");
        assertThat(items).hasCount(5);
        // Drag the first photo below the third.
        long first = Long.parseLong(items.nth(0).getAttribute("data-id"));
        items.nth(0).dragTo(items.nth(2));
        assertThat(page.locator("#order-status")).hasText("Order saved.");
        List<Long> order = order(items);
        assertThat(order).hasSize(5).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(order.getFirst()).isNotEqualTo(first);
        // And with the keyboard: Alt+Up moves the focused photo up.
        items.nth(4).focus();
        long last = order.get(4);
        page.keyboard().press("Alt+ArrowUp");
        assertThat(page.locator("#order-status")).hasText("Order saved.");
        assertThat(order(items).get(3)).isEqualTo(last);
        List<Long> saved = galleryOrder(Long.parseLong(galleryUrl.substring(galleryUrl.lastIndexOf('/') + 1)));
        assertThat(saved).isEqualTo(order(items));
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("gallery-editor.png")).setFullPage(true));
        // The checks warn about these captions: Publish shows the problems and asks for "Publish anyway". The form
        // carries the revision the two order saves above produced, so it is not refused as stale.
        assertThat(page.locator("#publish-form")).not().hasAttribute("data-checks", "0");
        page.locator("#publish").click();
        assertThat(page.locator("#publish-confirm")).isVisible();
        assertThat(page.locator("#publish-confirm li.problem").first()).isVisible();
        assertThat(page.locator("#published-link")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("publish-anyway.png")).setFullPage(true));
        page.locator("#publish-anyway").click();
        assertThat(page.locator("#published-link")).isVisible();
        page.locator("#published-link").click();
        Locator figures = page.locator("figure");
        assertThat(figures).hasCount(5);
        for (int i = 0; i < 5; i++) {
            Photo p = desk.find(saved.get(i));
            assertThat(figures.nth(i).locator(".caption")).hasText(p.metadata().caption());
            assertThat(figures.nth(i).locator(".credit")).containsText(p.metadata().credit());
            assertThat(figures.nth(i).locator(".credit")).containsText(p.metadata().byline().getFirst());
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("published.png")).setFullPage(true));
    }

    @Test
    void hostileCaptionShowsAsTextOnEveryPageAndNothingRuns() {
        Photo p = desk.photo(EVIL, "<img src=x onerror=alert(3)>", "AP", "Paris");
        login("editor");
        List<String> pages = List.of("/", "/photos/" + p.id());
        for (String path : pages) {
            page.navigate(desk.base + path);
            assertThat(page.getByText("window.pwned=1", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        }
        page.navigate(desk.base + "/galleries");
        page.getByLabel("Title").fill("Hostile");
        page.locator(".new-gallery button").click();
        String gallery = page.url();
        long gid = Long.parseLong(gallery.substring(gallery.lastIndexOf('/') + 1));
        page.evaluate("([g, id]) => fetch('/api/galleries/' + g + '/photos', {method: 'PUT', headers: {'Content-Type': 'application/json', "
                + "'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content}, body: JSON.stringify({photoIds: [id]})})"
                + ".then(r => r.status)", List.of((int) gid, (int) p.id()));
        for (String path : List.of(gallery, gallery + "/preview")) {
            page.navigate(path);
            assertThat(page.getByText("window.pwned=1", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        }
        page.navigate(gallery);
        page.locator("#publish").click();
        page.locator("#publish-anyway").click();
        assertThat(page.locator("#published-link")).isVisible();
        page.navigate(desk.base + "/published/hostile/");
        assertThat(page.locator("figure .caption")).containsText("window.pwned=1");
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        for (String output : List.of("gallery.json", "feed.xml")) {
            page.navigate(desk.base + "/published/hostile/" + output);
            assertThat(page.innerText("body")).contains("window.pwned=1");
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        }
        assertThat(dialogs.get()).isZero();
    }

    private List<Long> order(Locator items) {
        return items.all().stream().map(l -> Long.parseLong(l.getAttribute("data-id"))).toList();
    }

    /** The gallery's order as the server saved it. */
    private List<Long> galleryOrder(long id) {
        return HttpSession.tree(apiAsEditor().getJson("/api/galleries/" + id)).get("items").valueStream()
                .map(i -> i.get("photoId").asLong()).toList();
    }

    private HttpSession apiAsEditor() {
        var s = new HttpSession(desk.base);
        s.login("editor", DeskHarness.PASSWORD);
        return s;
    }
}
