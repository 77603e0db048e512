package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The house-style clean-up at publishing, one case per agency form of dateline and credit. The sentences are written
 * here, modelled on the forms (no agency's caption is copied).
 */
class HouseCaptionRuleTest {

    private static final HouseCaptionRule RULE = new HouseCaptionRule();
    private static final String CREDIT = "Jane Roe/Agency";

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("Getty dateline and marked credit",
                        "PARIS, FRANCE - AUGUST 11: Ana Lima of Portugal crosses the line in the final of the 800m on"
                                + " August 11, 2024 in Paris, France. (Photo by Jane Roe/Getty Images)",
                        "Ana Lima of Portugal crosses the line in the final of the 800m on August 11, 2024 in Paris,"
                                + " France."),
                Arguments.of("AP wire dateline and bracketed credit",
                        "SAINT-DENIS, France (AP) \u2014 Fans wave flags before the final at the Stade de France on"
                                + " Sunday, Aug. 11, 2024. (AP Photo/Jane Roe)",
                        "Fans wave flags before the final at the Stade de France on Sunday, Aug. 11, 2024."),
                Arguments.of("AP bracketed credit",
                        "A rower rests after the heats on the lake in Vaires-sur-Marne, France, Saturday, Aug. 10,"
                                + " 2024. (AP Photo/Jane Roe)",
                        "A rower rests after the heats on the lake in Vaires-sur-Marne, France, Saturday, Aug. 10,"
                                + " 2024."),
                Arguments.of("Reuters trailing credit",
                        "A man walks past a closed shop in Lyon, France, March 3, 2024. REUTERS/Jane Roe",
                        "A man walks past a closed shop in Lyon, France, March 3, 2024."),
                Arguments.of("Reuters credit with a flag",
                        "Snow ploughs clear the pass near Davos, Switzerland, January 14, 2024. REUTERS/Jane Roe"
                                + " TPX IMAGES OF THE DAY",
                        "Snow ploughs clear the pass near Davos, Switzerland, January 14, 2024."),
                Arguments.of("Reuters credit with restrictions",
                        "A worker checks a turbine in Bremen, Germany, May 2, 2024. REUTERS/Jane Roe NO RESALES. NO"
                                + " ARCHIVES",
                        "A worker checks a turbine in Bremen, Germany, May 2, 2024."),
                Arguments.of("Reuters file photo: the note is kept",
                        "FILE PHOTO: A tram crosses the bridge in Porto, Portugal, June 5, 2023."
                                + " REUTERS/Jane Roe/File Photo",
                        "FILE PHOTO: A tram crosses the bridge in Porto, Portugal, June 5, 2023."),
                Arguments.of("AP file photo: the note is kept",
                        "FILE - A crane lifts a beam at the harbour in Gdansk, Poland, on Tuesday, July 4, 2023."
                                + " (AP Photo/Jane Roe, File)",
                        "FILE - A crane lifts a beam at the harbour in Gdansk, Poland, on Tuesday, July 4, 2023."),
                Arguments.of("AFP marked credit",
                        "Firefighters work on a blaze near Marseille, southern France, on July 20, 2024. (Photo by"
                                + " Jane ROE / AFP)",
                        "Firefighters work on a blaze near Marseille, southern France, on July 20, 2024."),
                Arguments.of("AFP distributed by Getty",
                        "TOPSHOT - Fishing boats leave the port at dawn in Dakar on March 8, 2024. (Photo by JANE"
                                + " ROE/AFP via Getty Images)",
                        "Fishing boats leave the port at dawn in Dakar on March 8, 2024."),
                Arguments.of("EPA dateline and credit",
                        "KYIV (UKRAINE), 12 MARCH 2024.- Rescuers search the rubble of a house in Kyiv, Ukraine, 12"
                                + " March 2024. EPA-EFE/JANE ROE",
                        "Rescuers search the rubble of a house in Kyiv, Ukraine, 12 March 2024."),
                Arguments.of("Handout via Reuters with a note to editors",
                        "A boat is towed into the harbour in Odesa, Ukraine, in this handout picture released on"
                                + " April 2, 2024. Regional Press Service/Handout via REUTERS ATTENTION EDITORS - THIS"
                                + " IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
                        "A boat is towed into the harbour in Odesa, Ukraine, in this handout picture released on"
                                + " April 2, 2024."),
                Arguments.of("PA credit line",
                        "Runners set off at the start of the race in Leeds. Picture date: Sunday May 12, 2024. Photo"
                                + " credit should read: Jane Roe/PA Wire",
                        "Runners set off at the start of the race in Leeds."),
                Arguments.of("a credit inside, background after it",
                        "Protesters march in Lisbon, Portugal, Friday, Oct. 4, 2024. (AP Photo/Jane Roe) The march"
                                + " was the third this month.",
                        "Protesters march in Lisbon, Portugal, Friday, Oct. 4, 2024. The march was the third this"
                                + " month."),
                Arguments.of("nothing to drop",
                        "A volunteer hands out water at the 30 km mark in Zurich, Switzerland.",
                        "A volunteer hands out water at the 30 km mark in Zurich, Switzerland."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void dropsTheDatelineAndTheCreditAndKeepsTheRest(String form, String caption, String published) {
        HouseCaptionRule.Cleaned cleaned = RULE.apply(caption, CREDIT);
        assertThat(cleaned.text()).isEqualTo(published);
        assertThat(RULE.clean(caption, CREDIT)).isEqualTo(published);
        assertThat(cleaned.unchanged()).isEqualTo(caption.equals(published));
        cleaned.cuts().forEach(cut -> assertThat(caption).contains(cut.text()));
    }

    @Test
    void sayWhatWasDropped() {
        var cleaned = RULE.apply("PARIS, FRANCE - AUGUST 11: Fans arrive at the stadium on August 11, 2024 in Paris,"
                + " France. (Photo by Jane Roe/Getty Images)", CREDIT);
        assertThat(cleaned.cuts()).extracting(HouseCaptionRule.Cut::field).containsExactly("dateline", "credit");
        assertThat(cleaned.cuts().get(0).text()).isEqualTo("PARIS, FRANCE - AUGUST 11:");
        assertThat(cleaned.cuts().get(1).text()).isEqualTo("(Photo by Jane Roe/Getty Images)");
    }

    @Test
    void withoutACreditLineTheCaptionKeepsItsOwnCredit() {
        String caption = "A man walks past a closed shop in Lyon, France, March 3, 2024. REUTERS/Jane Roe";
        assertThat(RULE.clean(caption, null)).isEqualTo(caption);
        assertThat(RULE.clean(caption, " ")).isEqualTo(caption);
        assertThat(RULE.clean("PARIS, FRANCE - AUGUST 11: Fans arrive. (Photo by Jane Roe/Getty Images)", null))
                .isEqualTo("Fans arrive. (Photo by Jane Roe/Getty Images)");
    }

    @Test
    void aFileNoteOnlyInTheCreditIsKeptAfterTheCaption() {
        assertThat(RULE.clean("A tram crosses the bridge in Porto, Portugal, June 5, 2023. REUTERS/Jane Roe/File"
                + " Photo", CREDIT)).isEqualTo("A tram crosses the bridge in Porto, Portugal, June 5, 2023. (File photo)");
    }

    @Test
    void blankAndCreditOnlyCaptions() {
        assertThat(RULE.clean(null, CREDIT)).isNull();
        assertThat(RULE.clean("  ", CREDIT)).isEqualTo("  ");
        assertThat(RULE.clean("REUTERS/Jane Roe", CREDIT)).isEmpty();
    }

    @Test
    void lineBreaksBetweenParagraphsStay() {
        assertThat(RULE.clean("Fans wave flags in Paris, France, Aug. 11, 2024.\nThe final starts at nine."
                + " (AP Photo/Jane Roe)", CREDIT)).isEqualTo("Fans wave flags in Paris, France, Aug. 11, 2024.\nThe"
                + " final starts at nine.");
    }
}
