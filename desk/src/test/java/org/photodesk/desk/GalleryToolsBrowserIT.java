package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.similar.NearDuplicates;

/**
 * The gallery tools in Debian's Chromium at 1440x900: the caption a gallery will publish (house-cleaned, the override
 * still possible), the phone preview at 390 px with no horizontal scroll, the focus trap of the loupe and the dialogs,
 * near-duplicate stacks on the sheet from real photographs (Debian's {@code mate-backgrounds}), and axe-core finding
 * no serious or critical violation on each.
 */
class GalleryToolsBrowserIT {

    private static final Path LADYBIRD = Path.of("/usr/share/backgrounds/mate/nature/LadyBird.jpg");
    private static final Path FLOWER = Path.of("/usr/share/backgrounds/mate/nature/FreshFlower.jpg");
    private static final String GETTY = "PARIS, FRANCE - AUGUST 11: Fans wave flags before the final at the Stade de"
            + " France on August 11, 2024 in Paris, France. (Photo by Jane Roe/Getty Images)";
    private static final String CLEANED = "Fans wave flags before the final at the Stade de France on August 11, 2024"
            + " in Paris, France.";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TempDir
    Path dir;
    DeskHarness desk;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        page = chromium.newPageForAxe(1440, 900);
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

    /** Whether the focused element is inside {@code selector}. */
    boolean focusInside(String selector) {
        return (Boolean) page.evaluate("s => !!document.activeElement && !!document.activeElement.closest(s)", selector);
    }

    void tabsStayInside(String selector, int presses) {
        for (int i = 0; i < presses; i++) {
            page.keyboard().press("Tab");
            assertThat(focusInside(selector)).as("Tab %d stays in %s", i + 1, selector).isTrue();
        }
        for (int i = 0; i < presses; i++) {
            page.keyboard().press("Shift+Tab");
            assertThat(focusInside(selector)).as("Shift+Tab %d stays in %s", i + 1, selector).isTrue();
        }
    }

    @Test
    void theGalleryShowsTheCleanedCaptionAndAPhonePreviewAt390PxWithoutHorizontalScroll() {
        Photo fans = desk.photo(GETTY, "Jane Roe", "Getty Images", "Paris");
        Photo runner = desk.photo("A runner stretches before the marathon in Paris, France, on Sunday, Aug. 11, 2024."
                + " (AP Photo/Jane Roe)", "Jane Roe", "AP", "Paris");
        var g = desk.ports.galleries().create("Final day", "final-day", "The last day in Paris.", null, "editor");
        g = desk.ports.galleries().setPhotos(g.id(), List.of(fans.id(), runner.id()), OptionalLong.empty(), "editor");
        login("editor");
        page.navigate(desk.base + "/galleries/" + g.id());
        Locator first = page.locator("#gallery-items .gallery-item").first();
        assertThat(first.locator(".caption.outgoing")).hasText(CLEANED);
        assertThat(first.locator(".credit.outgoing-credit")).hasText("Jane Roe/Getty Images");
        assertThat(first.locator(".agency-caption")).containsText("PARIS, FRANCE - AUGUST 11");
        Axe.assertClean(page, "the gallery editor with published captions");

        // The override is still possible and is published as written.
        first.locator("details:not(.agency-caption) summary").click();
        first.locator("textarea[name=caption]").fill("Fans before the final. Photo by Jane Roe");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save caption")).click();
        first = page.locator("#gallery-items .gallery-item").first();
        assertThat(first.locator(".caption.outgoing")).hasText("Fans before the final. Photo by Jane Roe");
        assertThat(first.locator(".caption-source")).isVisible();

        // The phone preview: the page publishing would write, 390 px wide, no horizontal scroll.
        Locator toggle = page.locator("#phone-preview-toggle");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Locator frameBox = page.locator("#phone-preview iframe");
        assertThat(frameBox).isVisible();
        String url = "/galleries/" + g.id() + "/page";
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith(url)));
        Frame phone = page.frames().stream().filter(f -> f.url().endsWith(url)).findFirst().orElseThrow();
        phone.waitForLoadState();
        phone.waitForFunction("() => [...document.images].every(i => i.complete)");
        assertThat(((Number) phone.evaluate("() => window.innerWidth")).intValue()).isEqualTo(390);
        assertThat(((Number) phone.evaluate("() => document.documentElement.clientWidth")).intValue()).isEqualTo(390);
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scroll at 390 px").isLessThanOrEqualTo(390);
        assertThat(((Number) phone.evaluate("() => Math.max(...[...document.querySelectorAll('img')].map(i => i.getBoundingClientRect().right))")).doubleValue())
                .isLessThanOrEqualTo(390.0);
        assertThat((String) phone.evaluate("() => document.querySelector('figure figcaption').innerText"))
                .contains("Fans before the final").contains("Jane Roe/Getty Images");
        // the AP caption's own "(AP Photo/Jane Roe)" is gone; the credit line (AP's form) is printed once
        String text = (String) phone.evaluate("() => document.body.innerText");
        assertThat(text).contains("A runner stretches before the marathon in Paris, France, on Sunday, Aug. 11, 2024."
                + " AP Photo/Jane Roe").doesNotContain("(AP Photo/");
        assertThat(text.split("AP Photo/Jane Roe", -1)).hasSize(2);
        assertThat(((Number) frameBox.evaluate("f => f.getBoundingClientRect().width")).doubleValue()).isEqualTo(392.0);
        frameBox.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("phone-preview.png")));
        Axe.assertClean(page, "the gallery editor with the phone preview open");
        toggle.click();
        assertThat(page.locator("#phone-preview")).isHidden();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void tabStaysInsideTheLoupeAndDialogsAndEscapeGivesFocusBack() {
        for (int i = 0; i < 3; i++) {
            desk.photo("Scene " + (i + 1) + " in Rome, Sunday, Aug. 11, 2024.", "Jane Roe", "AP", "Rome");
        }
        login("editor");
        Locator cards = page.locator("#sheet .card");
        String firstId = cards.nth(0).getAttribute("data-id");
        cards.nth(0).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe .loupe-body")).hasAttribute("data-id", firstId);
        assertThat(page.locator("#loupe")).isFocused();
        tabsStayInside("#loupe", 12);
        Axe.assertClean(page, "the loupe");
        page.keyboard().press("Escape");
        assertThat(page.locator("#loupe")).isHidden();
        assertThat(page.locator("#photo-" + firstId)).isFocused();

        // The keys list, opened with its button: focus comes back to the button.
        page.locator("#keys-button").click();
        assertThat(page.locator("#keys-help")).isVisible();
        tabsStayInside("#keys-help", 5);
        page.keyboard().press("Escape");
        assertThat(page.locator("#keys-help")).isHidden();
        assertThat(page.locator("#keys-button")).isFocused();

        // Compare: two selected, C, then Tab round and Escape back to the card that opened it.
        page.locator("#photo-" + firstId).focus();
        page.keyboard().press("Space");
        page.keyboard().press("ArrowRight");
        String secondId = (String) page.evaluate("() => document.activeElement.dataset.id");
        page.keyboard().press("Space");
        page.keyboard().press("c");
        assertThat(page.locator("#compare")).isVisible();
        tabsStayInside("#compare", 6);
        Axe.assertClean(page, "compare");
        page.keyboard().press("Escape");
        assertThat(page.locator("#compare")).isHidden();
        assertThat(page.locator("#photo-" + secondId)).isFocused();

        // A click outside cannot take focus out of an open dialog either.
        page.locator("#photo-" + firstId).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loupe")).isVisible();
        page.evaluate("() => document.getElementById('q').focus()");
        assertThat(focusInside("#loupe")).isTrue();
        page.keyboard().press("Escape");
        assertThat(page.locator("#photo-" + firstId)).isFocused();
        assertThat(consoleErrors).isEmpty();
    }

    /** {@code source} at half its size, re-encoded by ImageIO: the same picture, other bytes. */
    static byte[] halfSize(Path source) throws IOException {
        BufferedImage in = ImageIO.read(source.toFile());
        int w = in.getWidth() / 2;
        int h = in.getHeight() / 2;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "jpg", bytes);
        return bytes.toByteArray();
    }

    long upload(String name, byte[] jpeg) {
        IngestOutcome o = desk.ports.uploads().ingest(name, jpeg);
        assertThat(o).isInstanceOf(IngestOutcome.Added.class);
        return ((IngestOutcome.Added) o).photo().id();
    }

    @Test
    void aResizedCopyOfARealPhotographIsStackedOnTheSheet() throws Exception {
        assumeTrue(Files.isReadable(LADYBIRD) && Files.isReadable(FLOWER),
                "needs Debian's mate-backgrounds (apt-get install mate-backgrounds)");
        long original = upload("ladybird.jpg", Files.readAllBytes(LADYBIRD));
        long copy = upload("ladybird-half.jpg", halfSize(LADYBIRD));
        long other = upload("flower.jpg", Files.readAllBytes(FLOWER));
        NearDuplicates near = desk.library.ingestor().nearDuplicates();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (near.fingerprint(desk.find(other).sha256()).isEmpty() || near.duplicatesOf(original).isEmpty()) {
            assertThat(System.nanoTime()).as("fingerprints of the three photographs made").isLessThan(deadline);
            Thread.sleep(200);
        }
        login("editor");
        assertThat(page.locator("#sheet .card")).hasCount(3);
        assertThat(page.locator("#photo-" + original + " .stack-badge")).hasText("+1 similar");
        assertThat(page.locator("#photo-" + copy + " .stack-badge")).hasText("+1 similar");
        assertThat(page.locator("#photo-" + other + " .stack-badge")).hasCount(0);
        page.waitForFunction("() => [...document.querySelectorAll('#sheet .card img')].every(i => i.complete)");
        page.locator("#sheet").screenshot(new Locator.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("sheet-stack.png")));
        Axe.assertClean(page, "the sheet with a stack");

        // Collapsed, only the first card of the stack stays; remembered across visits.
        page.locator("#stack-toggle").click();
        assertThat(page.locator("#stack-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#sheet .card")).hasCount(2);
        assertThat(page.locator("#stack-status")).hasText("1 near-duplicate hidden");
        String shown = page.locator("#sheet .card .stack-badge").first().locator("xpath=ancestor::article").getAttribute("data-id");
        assertThat(List.of(String.valueOf(original), String.valueOf(copy))).contains(shown);
        page.reload();
        assertThat(page.locator("#sheet .card")).hasCount(2);
        // Arrow keys walk the cards that are shown.
        page.locator("#sheet .card").first().focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#sheet .card").nth(1)).isFocused();
        page.locator("#stack-toggle").click();
        assertThat(page.locator("#sheet .card")).hasCount(3);
        assertThat(page.locator("#stack-status")).hasText("");

        // The badge opens similar:ID on the sheet.
        page.locator("#photo-" + original + " .stack-badge").click();
        assertThat(page).hasURL(Pattern.compile(".*q=similar(:|%3A)" + original));
        assertThat(page.locator("#sheet .card")).hasCount(2);
        assertThat(page.locator("#photo-" + other)).hasCount(0);
        assertThat(consoleErrors).isEmpty();
    }
}
