package org.photodesk.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.template.RosterCodes;

/**
 * Caption templates and roster codes in Debian's Chromium: a template made on the templates page with its live
 * preview (its name, holding a script tag, shown as text), applied to the sheet's selection after a confirmation
 * and undone with one toast; a roster code expanded while typing in the photo editor and taken back by Ctrl+Z.
 */
class TemplatesBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    static final String NAME = "Final <script>alert(1)</script>";

    @TempDir
    Path dir;
    DeskHarness desk;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new DeskHarness(dir);
        desk.library.events().put(new RosterName("Final", "Kylian Mbappé", List.of("Mbappe", RosterCodes.alias("mm3"))));
        page = chromium.newPageForAxe(1440, 900);
        Chromium.collectConsoleErrors(page, consoleErrors);
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
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
    void aTemplateMadeWithAPreviewIsAppliedToTheSelectionAndUndoneInOneStep() {
        long paris = desk.photo("Fans wait.", "Jane Roe", "AP", "Paris").id();
        long rome = desk.photo("Players warm up.", "Jane Roe", "AP", "Rome").id();
        long berlin = desk.photo("The stadium.", "Jane Roe", "AP", "Berlin").id();
        login("editor");

        page.navigate(desk.base + "/templates?photo=" + paris);
        page.getByLabel("Name").fill(NAME);
        page.locator("#mode-caption").selectOption("append");
        page.locator("#text-caption").fill("{city} – {weekday}, {date}. \\mm3\\ {cty}");
        page.locator("#mode-headline").selectOption("replace");
        page.locator("#text-headline").fill("Final in {city}");
        assertThat(page.locator("#preview-result .problem")).containsText("unknown variable {cty} at character");
        page.locator("#text-caption").fill("{city} – {weekday}, {date}. \\mm3\\");
        assertThat(page.locator("#preview-result")).containsText(
                "Fans wait. Paris – Sunday, Aug. 11, 2024. Kylian Mbappé");
        assertThat(page.locator("#preview-result")).containsText("Final in Paris");
        assertThat(page.locator("#preview-result .problem")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("templates-page.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save template")).click();
        assertThat(page.locator(".template-name")).hasText(NAME);
        assertThat(page.locator("#template-list script")).hasCount(0);
        Axe.assertClean(page, "the templates page");

        page.navigate(desk.base + "/");
        assertThat(page.locator("#template-select option")).hasText(NAME);
        page.locator("#photo-" + paris).focus();
        page.keyboard().press(" ");
        page.locator("#photo-" + rome).focus();
        page.keyboard().press(" ");
        page.locator("#apply-template").click();
        Locator confirm = page.locator("#template-confirm");
        assertThat(confirm).isVisible();
        assertThat(confirm).containsText("2 photos selected: 4 fields change on 2 photos.");
        assertThat(confirm.locator("h2")).hasText("Apply template “" + NAME + "”?");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("templates-confirm.png")));
        Axe.assertClean(page, "the apply confirmation");
        page.locator("#template-confirm-apply").click();
        assertThat(page.locator("#toasts .toast").last()).containsText("applied: 4 fields on 2 photos");
        assertThat(page.locator("#photo-" + rome + " .caption")).containsText("Rome – Sunday, Aug. 11, 2024. Kylian Mbappé");
        assertThat(desk.find(paris).metadata().headline()).isEqualTo("Final in Paris");
        assertThat(desk.find(rome).metadata().caption()).isEqualTo("Players warm up. Rome – Sunday, Aug. 11, 2024. Kylian Mbappé");
        assertThat(desk.find(berlin).metadata().caption()).isEqualTo("The stadium.");
        assertThat(desk.ports.editing().edits(rome)).extracting(PhotoEditing.FieldEdit::field)
                .containsExactly("headline", "caption");

        page.locator("#toasts .toast").last().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();
        assertThat(page.locator("#toasts .toast").last()).containsText("Undone: 4 fields put back");
        assertThat(page.locator("#photo-" + rome + " .caption")).hasText("Players warm up.");
        assertThat(desk.find(paris).metadata().headline()).isNull();
        assertThat(desk.find(paris).metadata().caption()).isEqualTo("Fans wait.");
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aRosterCodeExpandsAsItIsTypedAndCtrlZTakesItBack() {
        long id = desk.photo("Fans wait.", "Jane Roe", "AP", "Paris").id();
        login("editor");
        page.navigate(desk.base + "/photos/" + id);
        Locator caption = page.locator("#field-caption");
        assertThat(page.locator("#code-status")).isAttached();
        caption.click();
        page.keyboard().press("End");
        page.keyboard().type(" mm3 and \\MM3\\");

        assertThat(caption).hasValue("Fans wait. mm3 and Kylian Mbappé");
        assertThat(page.locator("#code-status")).containsText("Kylian Mbappé");
        page.keyboard().press("Control+z");
        assertThat(caption).hasValue("Fans wait. mm3 and \\MM3\\");
        page.keyboard().press("Control+a");
        page.keyboard().type("\\zz\\ stays; \\mm3\\, scores.");
        assertThat(caption).hasValue("\\zz\\ stays; Kylian Mbappé, scores.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#field-caption")).hasValue(Pattern.compile(".*Kylian Mbappé, scores\\."));
        assertThat(desk.find(id).metadata().caption()).isEqualTo("\\zz\\ stays; Kylian Mbappé, scores.");
        assertThat(consoleErrors).isEmpty();
    }
}
