package org.photodesk.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void variablesAndLiteralsComeApartInOrder() {
        TemplateText t = TemplateText.parse("{City}, {country} – {weekday}, {date}");

        assertThat(t.problems()).isEmpty();
        assertThat(t.variables()).containsExactly("city", "country", "weekday", "date");
        assertThat(t.parts().get(1)).isEqualTo(new TemplateText.Literal(", "));
        assertThat(t.parts().getFirst()).isEqualTo(new TemplateText.Variable("city", 0));
    }

    @Test
    void anUnknownVariableIsAProblemAtItsPositionAndStaysAsText() {
        TemplateText t = TemplateText.parse("Fans in {cty} cheer");

        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(8);
            assertThat(p.found()).isEqualTo("{cty}");
            assertThat(p.message()).contains("unknown variable {cty} at character 9").contains("{city}");
        });
        assertThat(t.parts()).containsExactly(new TemplateText.Literal("Fans in {cty} cheer"));
    }

    @Test
    void anUnclosedBraceIsAProblemAndDoubledBracesAreLiteral() {
        TemplateText t = TemplateText.parse("{{live}} {city");

        assertThat(t.parts()).containsExactly(new TemplateText.Literal("{live} {city"));
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(9);
            assertThat(p.message()).contains("opens no variable");
        });
    }

    @Test
    void aTemplateReportsProblemsByField() {
        Template template = new Template("t", java.util.List.of(
                new FieldRule("caption", FillMode.APPEND, "ok {date}"),
                new FieldRule("headline", FillMode.REPLACE, "{nope}")));

        assertThat(template.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("headline");
            assertThat(p.message()).startsWith("headline: unknown variable {nope}");
        });
    }

    /** AP Stylebook: March to July spelt out, Sept. (never Sep.), no ordinals; weekdays spelt out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-08-11|Aug. 11, 2024|Sunday",
        "2024-09-01|Sept. 1, 2024|Sunday",
        "2025-03-05|March 5, 2025|Wednesday",
        "2025-07-31|July 31, 2025|Thursday",
        "2025-06-14|June 14, 2025|Saturday",
        "2026-01-02|Jan. 2, 2026|Friday",
        "2026-02-28|Feb. 28, 2026|Saturday",
        "2026-04-30|April 30, 2026|Thursday",
        "2026-05-01|May 1, 2026|Friday",
        "2026-10-10|Oct. 10, 2026|Saturday",
        "2026-11-26|Nov. 26, 2026|Thursday",
        "2026-12-24|Dec. 24, 2026|Thursday"})
    void datesAreWrittenInApStyle(String iso, String date, String weekday) {
        LocalDate d = LocalDate.parse(iso);

        assertThat(ApDates.date(d)).isEqualTo(date);
        assertThat(ApDates.weekday(d)).isEqualTo(weekday);
    }

    @Test
    void modesAreReadFromTheirWords() {
        assertThat(FillMode.of("Only-If-Empty")).isEqualTo(FillMode.IF_EMPTY);
        assertThat(FillMode.of("append")).isEqualTo(FillMode.APPEND);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FillMode.of("prepend"))
                .hasMessageContaining("replace, append, if-empty");
    }
}
