package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Embargoes read in the agencies' common forms, as restriction text alone and inside a caption. */
class EmbargoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EMBARGOED UNTIL 2030-01-15T00:01:00Z | 2030-01-15T00:01:00Z",
        "EMBARGOED UNTIL 2030-01-15 00:01 GMT | 2030-01-15T00:01:00Z",
        "EMBARGOED UNTIL 2030-01-15 | 2030-01-15T00:00:00Z",
        "EMBARGOED UNTIL 0001 GMT JAN 15 2030 | 2030-01-15T00:01:00Z",
        "EMBARGOED UNTIL 00:01 GMT, 15 January 2030 | 2030-01-15T00:01:00Z",
        "HOLD FOR RELEASE UNTIL 0001 GMT JAN 15 2030 | 2030-01-15T00:01:00Z",
        "HOLD FOR RELEASE UNTIL 10:00 EST, JANUARY 15, 2030 | 2030-01-15T15:00:00Z",
        "EMBARGOED UNTIL 00:01 BST ON 2030-06-15 | 2030-06-14T23:01:00Z",
        "EMBARGO: 2030-01-15T06:00:00+01:00 | 2030-01-15T05:00:00Z"})
    void agencyForms(String text, String instant) {
        assertThat(CaptionParser.embargo(text)).isEqualTo(Instant.parse(instant));
        String caption = "Fans cheer in Paris, France, June 2, 2024. " + text + ". REUTERS/Jane Doe";
        assertThat(new CaptionParser().parse(caption).embargoUntil()).as(caption).isEqualTo(Instant.parse(instant));
    }
}
