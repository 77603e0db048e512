package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionMatchTest {

    @Test
    void normalisingDropsTheCreditCaseAccentsPunctuationAndSpacing() {
        assertThat(CaptionMatch.normalise("Crowds cheer  Angèle in Lyon, France, Friday.  AP/Jane Roe"))
                .isEqualTo("crowds cheer angele in lyon france friday");
        assertThat(CaptionMatch.normalise("CROWDS CHEER ANGELE IN LYON, FRANCE, FRIDAY. (AP Photo/Jane Roe)"))
                .isEqualTo("crowds cheer angele in lyon france friday");
        assertThat(CaptionMatch.normalise("Ploughs clear the pass. REUTERS/John Doe TPX IMAGES OF THE DAY"))
                .isEqualTo("ploughs clear the pass");
    }

    @Test
    void exactAfterNormalisingScoresOneAndOneWordInTwentyScoresAboveTheThreshold() {
        String a = "Runners pass the old bridge during the city marathon in Porto, Portugal, on Sunday, April 14, 2024";
        String b = "Runners pass the old bridge during the city marathon in Porto, Portugal, on Sun., April 14, 2024";
        String c = "Cyclists pass the old bridge during the city race in Porto, Portugal, on Sunday, April 14, 2024";

        assertThat(CaptionMatch.score(a + " AP/Jane Roe", a.toUpperCase())).isEqualTo(1.0);
        assertThat(CaptionMatch.score(a, b)).isGreaterThanOrEqualTo(CaptionMatch.THRESHOLD);
        assertThat(CaptionMatch.score(a, c)).isLessThan(CaptionMatch.THRESHOLD);
        assertThat(CaptionMatch.score(a, "")).isZero();
        assertThat(CaptionMatch.score(null, a)).isZero();
    }

    @Test
    void photographersMustAgreeOnlyWhenBothAreKnown() {
        assertThat(CaptionMatch.samePhotographer("José Pérez", "jose perez")).isTrue();
        assertThat(CaptionMatch.samePhotographer(null, "Jane Roe")).isTrue();
        assertThat(CaptionMatch.samePhotographer("Jane Roe", "John Doe")).isFalse();
    }
}
