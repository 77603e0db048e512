package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.PhotoMetadata;

/** Fuzzes the caption parser, the credit cleaner and the checks: any string gives a result, nothing escapes. */
class CaptionFuzzTest {

    private static final CaptionParser PARSER = new CaptionParser();
    private static final CaptionChecker CHECKER = new CaptionChecker(
            Clock.fixed(Instant.parse("2024-08-12T00:00:00Z"), ZoneOffset.UTC),
            new NameBook().addRosterLines(List.of("Stade de France", "Angèle", "Alain Roche")));

    @FuzzTest(maxDuration = "20s")
    void parse(FuzzedDataProvider data) {
        String caption = data.consumeRemainingAsString();
        CaptionParse p = PARSER.parse(caption);
        assertThat(p).isNotNull();
        for (CaptionParse.Found f : p.found()) {
            assertThat(f.span().end()).isLessThanOrEqualTo(caption.length());
        }
    }

    @FuzzTest(maxDuration = "20s")
    void check(FuzzedDataProvider data) {
        String credit = data.consumeString(40);
        String byline = data.consumeString(40);
        String caption = data.consumeRemainingAsString();
        PhotoMetadata m = PhotoMetadata.builder().credit(credit).byline(List.of(byline)).caption(caption).build();
        assertThat(CHECKER.check(caption, m)).isNotNull();
        assertThat(new CreditCleaner("House").clean(m).metadata()).isNotNull();
        assertThat(HouseCredit.agencyDefaults().render(byline, credit)).isNotNull();
    }
}
