package org.photodesk.desk;

import org.photodesk.core.account.User;
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
import org.photodesk.embedded.event.SeedFiles;

/**
 * The events in Debian's Chromium: both seed articles imported through the desk's form make one event, whose sheet
 * shows the names with their spellings and the performer figures marked as differing.
 */
class EventSheetBrowserIT {

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
        page = chromium.newPage(1400, 900);
        page.onResponse(r -> {
            if (r.status() >= 400) {
                consoleErrors.add(r.status() + " " + r.url());
            }
        });
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " at " + m.location());
            }
        });
    }

    @AfterEach
    void close() {
        page.context().close();
        desk.close();
    }

    void login(String user) {
        Chromium.logIn(page, desk.base + "/events", user, DeskHarness.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/events$"));
    }

    /** Imports one seed article through the form; the desk answers with its draft gallery. */
    void importArticle(String seed) {
        page.navigate(desk.base + "/events");
        page.locator("#article-file").setInputFiles(SeedFiles.path(seed));
        page.locator("#import-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/galleries/\\d+\\?imported=1"));
        assertThat(page.locator("#imported-status")).isVisible();
        assertThat(page.locator(".placeholder-item").first()).isVisible();
    }

    @Test
    void bothSeedsMakeOneEventWhoseSheetShowsSpellingsAndDifferingFigures() {
        login("editor");
        importArticle(SeedFiles.REUTERS);
        assertThat(page.locator(".placeholder-item")).hasCount(1);
        assertThat(page.locator(".placeholder-item .ph-agency")).hasText("Reuters");
        importArticle(SeedFiles.AP);
        assertThat(page.locator(".placeholder-item")).hasCount(24);
        assertThat(page.locator(".placeholder-item .ph-photographer").first()).not().isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Events").setExact(true)).click();
        Locator rows = page.locator("#event-list .event-row");
        assertThat(rows).hasCount(1);
        assertThat(rows.first().locator(".event-dates")).hasText("2024-08-11");
        assertThat(rows.first().locator(".event-venue")).hasText("Stade de France");
        assertThat(rows.first().locator(".event-articles")).hasText("2");

        rows.first().locator("a.event-name").click();
        assertThat(page.locator("#event-name")).isVisible();
        assertThat(page.locator(".place-venue .place-name")).hasText("Stade de France");
        assertThat(page.locator("#where-when .date")).containsText("2024-08-11");

        Locator phoenix = page.locator("tr.person[data-name='Phoenix']");
        assertThat(phoenix.locator(".spelling.canonical")).hasText("Phoenix");
        assertThat(phoenix.locator(".spelling.variant")).hasText("Phonenix");
        assertThat(phoenix.locator(".role").first()).containsText("performer");
        assertThat(page.locator("tr.person[data-name='Angèle'] .person-name")).hasText("Angèle");
        Locator cruise = page.locator("tr.person[data-name='Tom Cruise']");
        assertThat(cruise.locator(".person-name")).hasText("Tom Cruise");
        assertThat(cruise.locator(".role").first()).containsText("actor");

        Locator performers = page.locator(".measure[data-measure='performers']");
        Locator verdict = performers.locator(".verdict");
        assertThat(verdict).hasClass(Pattern.compile(".*\\bverdict-differ\\b.*"));
        assertThat(verdict.locator(".verdict-word")).hasText("differ");
        assertThat(verdict).containsText("over 100 performers");
        assertThat(verdict).containsText("270 artists");
        assertThat(performers.locator(".figure")).hasCount(2);
        assertThat(performers.locator(".figure .figure-text")).containsText(new String[] {"over 100 performers", "270 artists"});
        assertThat(performers.locator(".figure blockquote.sentence").first()).containsText("over 100 performers");

        cruise.locator("details summary").click();
        assertThat(cruise.locator(".evidence li").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SHOTS.resolve("event-sheet.png")).setFullPage(true));
        assertThat(consoleErrors).isEmpty();
    }
}
