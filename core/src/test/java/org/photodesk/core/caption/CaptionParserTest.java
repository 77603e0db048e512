package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

/** Focused tests of {@link CaptionParser}: spans, credit forms, and the IPTC fallbacks. */
class CaptionParserTest {

    private final CaptionParser parser = new CaptionParser();

    @Test
    void apStyleWithSpans() {
        String c = "Athletes parade at the Stade de France, Sunday, Aug. 11, 2024, in Saint-Denis, France. "
                + "(AP Photo/Martin Meissner)";
        CaptionParse p = parser.parse(c);
        assertThat(p.agency()).isEqualTo("AP");
        assertThat(p.find("agency").orElseThrow().span().of(c)).isEqualTo("AP Photo");
        assertThat(p.find("photographer").orElseThrow().span().of(c)).isEqualTo("Martin Meissner");
        assertThat(p.find("venue").orElseThrow().span().of(c)).isEqualTo("Stade de France");
        assertThat(p.find("weekdayStated").orElseThrow().span().of(c)).isEqualTo("Sunday");
        assertThat(p.find("date").orElseThrow().span().of(c)).isEqualTo("Sunday, Aug. 11, 2024");
        assertThat(p.find("city").orElseThrow().span().of(c)).isEqualTo("Saint-Denis");
        assertThat(p.weekdayStated()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(p.body()).isEqualTo(c.substring(0, c.indexOf(" (AP")));
    }

    @Test
    void outletShortCreditGluedToTheLastWord() {
        CaptionParse p = parser.parse("Fans cheer in Saint-Denis, FranceAP/Dita Alangkara");
        assertThat(p.agency()).isEqualTo("AP");
        assertThat(p.photographer()).isEqualTo("Dita Alangkara");
        assertThat(p.city()).isEqualTo("Saint-Denis");
        assertThat(p.body()).isEqualTo("Fans cheer in Saint-Denis, France");
    }

    @Test
    void everySeedCaptionHasItsCredit() throws Exception {
        var seed = java.nio.file.Files.readAllLines(
                org.photodesk.core.check.CaptionCheckerTestSeeds.find("001_6499f0225b0dc24d.txt"));
        List<String> captions = seed.stream().filter(l -> l.contains(" AP/")).toList();
        assertThat(captions).hasSizeGreaterThan(20);
        for (String c : captions) {
            CaptionParse p = parser.parse(c);
            assertThat(p.agency()).as(c).isEqualTo("AP");
            assertThat(p.photographer()).as(c).isEqualTo(c.substring(c.lastIndexOf("AP/") + 3).strip());
        }
    }

    @Test
    void yearFromDateCreatedWhenTheCaptionLeavesItOut() {
        var iptc = PhotoMetadata.builder().dateCreated(DateCreated.ofDate(LocalDate.of(2024, 8, 11))).build();
        CaptionParse p = parser.parse("PARIS, FRANCE - AUGUST 10: Fans wave flags. (Photo by Jane Doe/Getty Images)", iptc);
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 8, 10));
        assertThat(p.city()).isEqualTo("Paris");
    }

    @Test
    void iptcPeopleAreFoundInTheCaption() {
        var iptc = PhotoMetadata.builder().people(List.of("Air")).build();
        CaptionParse p = parser.parse("French duo Air plays in Paris, France, August 11, 2024. REUTERS/Jane Doe", iptc);
        assertThat(p.people()).containsExactly("Air");
    }

    @Test
    void embargoIsRead() {
        CaptionParse p = parser.parse("A view in Rome, Italy, May 4, 2024. REUTERS/Jane Doe "
                + "EMBARGOED UNTIL 0001 GMT MAY 5, 2024");
        assertThat(p.embargoUntil()).isEqualTo(Instant.parse("2024-05-05T00:01:00Z"));
        assertThat(p.restrictions()).containsExactly("EMBARGOED UNTIL 0001 GMT MAY 5, 2024");
    }

    @Test
    void emptyAndOddInputGiveEmptyResults() {
        assertThat(parser.parse(null).body()).isEmpty();
        assertThat(parser.parse("").agency()).isNull();
        assertThat(parser.parse("((((/////)))) - - : :").people()).isEmpty();
    }
}
