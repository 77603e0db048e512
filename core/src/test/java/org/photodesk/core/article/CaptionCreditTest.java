package org.photodesk.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionCreditTest {

    @Test
    void aReutersCreditFollowedOnlyByAgencyTagsEndsTheCaption() {
        CaptionCredit c = CaptionCredit.find("Ploughs clear the pass on Friday. REUTERS/John Doe TPX IMAGES OF THE DAY")
                .orElseThrow();

        assertThat(c.description()).isEqualTo("Ploughs clear the pass on Friday.");
        assertThat(c.agency()).isEqualTo("Reuters");
        assertThat(c.photographer()).isEqualTo("John Doe");
    }

    @Test
    void aBracketedCreditAfterTheTagsStillWins() {
        CaptionCredit c = CaptionCredit.find("Ploughs clear the pass. REUTERS/John Doe TPX IMAGES OF THE DAY (John Doe/REUTERS)")
                .orElseThrow();

        assertThat(c.description()).isEqualTo("Ploughs clear the pass.");
        assertThat(c.credit()).isEqualTo("(John Doe/REUTERS)");
    }
}
