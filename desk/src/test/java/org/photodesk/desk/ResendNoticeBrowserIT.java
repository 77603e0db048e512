package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.provenance.C2paSamples;
import org.photodesk.core.publish.TestJpegs;

/** An editor sees an agency correction over their edit in a real browser, and takes the agency's text. */
class ResendNoticeBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TempDir
    Path dir;
    DeskHarness desk;
    Page page;

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        page = chromium.newPage(1400, 1000);
    }

    @AfterEach
    void close() {
        page.context().close();
        desk.close();
    }

    private void login(String user) {
        Chromium.logIn(page, desk.base + "/", user, DeskHarness.PASSWORD);
    }

    @Test
    void theEditorSeesTheCorrectionOverTheirEditAndTakesTheAgencysText() throws IOException {
        byte[] v1 = desk.jpeg("Fans gather at the Stade de France before the final.", "Laura Benning", "AP", "Paris");
        long id = ((IngestOutcome.Added) desk.ports.uploads().ingest("v1.jpg", v1)).photo().id();
        desk.ports.editing().edit(id, "caption", "Fans gather at the Stade de France before the men's final.", "editor");
        byte[] v2 = TestJpegs.withTags(v1, dir, "-IPTC:Caption-Abstract=Fans gather at the Stade Velodrome before the"
                + " final.", "-XMP-dc:Description=Fans gather at the Stade Velodrome before the final.",
                "-IPTC:SpecialInstructions=CORRECTS NAME OF VENUE");
        desk.ports.uploads().ingest("v2.jpg", v2);
        desk.ports.uploads().ingest("ai.jpg", new C2paSamples().aiGenerated(
                desk.jpeg("A storm over the bay.", "Nobody", "AP", "Marseille")));

        login("editor");
        assertThat(page.locator("#photo-" + id + " .notice-badge")).isVisible();
        assertThat(page.locator(".c2pa-badge.c2pa-ai")).hasText("C2PA claimed · AI");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("sheet-notice-c2pa.png")));
        page.navigate(desk.base + "/photos/" + id);
        assertThat(page.locator("#notices .notice.pending tr[data-field=caption] del")).hasText("de France");
        assertThat(page.locator("#notices .notice.pending tr[data-field=caption] ins")).hasText("Velodrome");
        page.locator("#notices").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Chromium.SHOTS.resolve("photo-notice.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the agency's text")).click();

        assertThat(page.locator("#caption-text")).hasText("Fans gather at the Stade Velodrome before the final.");
        assertThat(page.locator("#notices .notice.resolved")).containsText("Took the agency's text");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("photo-notice-resolved.png"))
                .setFullPage(true));
    }
}
