package org.photodesk.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.testing.InMemoryPhotoStore;

class TemplateApplierTest {

    private static final RosterCodes CODES = RosterCodes.of(List.of(
            new RosterName("Final", "Kylian Mbappé", List.of("Mbappe", RosterCodes.alias("mm3")))), null);

    private static Photo photo(PhotoMetadata m) {
        return new Photo(7, "a".repeat(64), null, "x.jpg", "image/jpeg", 10, 10, m, m, "AP", null, null,
                Instant.EPOCH, Instant.EPOCH, 3, 0, List.of());
    }

    private static PhotoMetadata paris() {
        return PhotoMetadata.builder().city("Saint-Denis").country("France").caption("Players celebrate.")
                .byline(List.of("Jane Doe")).credit("AP Photo/Jane Doe").keywords(List.of("football"))
                .dateCreated(DateCreated.ofDate(LocalDate.of(2024, 8, 11))).build();
    }

    private static Template template(FieldRule... rules) {
        return new Template("t", List.of(rules));
    }

    @Test
    void replaceFillsVariablesFromThePhotosOwnFields() {
        var plan = TemplateApplier.plan(template(new FieldRule("caption", FillMode.REPLACE,
                "{city}, {country} – {weekday}, {date}: \\mm3\\ scores. ({byline}, {agency})")), photo(paris()), CODES);

        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("caption");
            assertThat(c.before()).isEqualTo("Players celebrate.");
            assertThat(c.after()).isEqualTo(
                    "Saint-Denis, France – Sunday, Aug. 11, 2024: Kylian Mbappé scores. (Jane Doe, AP)");
        });
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.version()).isEqualTo(3);
    }

    @Test
    void appendAddsOnceAndListsGetOnlyNewItems() {
        Template t = template(new FieldRule("caption", FillMode.APPEND, "({credit})"),
                new FieldRule("keywords", FillMode.APPEND, "Football, final"));
        Photo p = photo(paris());

        var plan = TemplateApplier.plan(t, p, CODES);

        assertThat(plan.changes()).extracting(TemplateApplier.FieldChange::after)
                .containsExactly("Players celebrate. (AP Photo/Jane Doe)", "football, Football, final");
        var again = TemplateApplier.plan(t, photo(paris().toBuilder()
                .caption("Players celebrate. (AP Photo/Jane Doe)").build()), CODES);
        assertThat(again.changes()).extracting(TemplateApplier.FieldChange::field).containsExactly("keywords");
    }

    @Test
    void ifEmptyLeavesFilledFieldsAlone() {
        Template t = template(new FieldRule("caption", FillMode.IF_EMPTY, "x"),
                new FieldRule("headline", FillMode.IF_EMPTY, "Final in {city}"));

        var plan = TemplateApplier.plan(t, photo(paris()), CODES);

        assertThat(plan.changes()).containsExactly(
                new TemplateApplier.FieldChange("headline", null, "Final in Saint-Denis"));
    }

    @Test
    void aMissingVariableIsLeftBlankWithAWarningAndTheGapClosed() {
        PhotoMetadata noCountry = paris().toBuilder().country(null).dateCreated(null).build();

        var plan = TemplateApplier.plan(template(new FieldRule("caption", FillMode.REPLACE,
                "{city}, {country}, {date} – fans")), photo(noCountry), CODES);

        assertThat(plan.changes().getFirst().after()).isEqualTo("Saint-Denis – fans");
        assertThat(plan.warnings()).containsExactly("photo 7 has no country for {country}: left blank",
                "photo 7 has no date created for {date}: left blank");
    }

    @Test
    void replaceThatComesOutEmptyKeepsTheField() {
        var plan = TemplateApplier.plan(template(new FieldRule("city", FillMode.REPLACE, "{sublocation}")),
                photo(paris()), CODES);

        assertThat(plan.unchanged()).isTrue();
        assertThat(plan.warnings()).anyMatch(w -> w.contains("city came out empty"));
    }

    @Test
    void applyingMakesOneUndoableEditPerFieldThroughTheEditor() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC);
        var store = new InMemoryPhotoStore(clock);
        String sha = "b".repeat(64);
        Photo stored = store.add(new PhotoRecord(sha, sha, "y.jpg",
                new org.photodesk.core.photo.ImageInfo("image/jpeg", 400, 300, 1), 1000, paris(), "AP", null, null));
        var editor = new PhotoEditor(store, clock);
        Template t = template(new FieldRule("headline", FillMode.REPLACE, "{city} final"),
                new FieldRule("caption", FillMode.APPEND, "\\mm3\\"));

        Photo after = TemplateApplier.apply(TemplateApplier.plan(t, stored, CODES), editor, "ed");

        assertThat(after.metadata().headline()).isEqualTo("Saint-Denis final");
        assertThat(after.metadata().caption()).isEqualTo("Players celebrate. Kylian Mbappé");
        assertThat(store.edits(stored.id())).extracting(e -> e.field() + ":" + e.before() + "->" + e.user())
                .containsExactly("headline:null->ed", "caption:Players celebrate.->ed");
    }
}
