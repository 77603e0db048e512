package org.photodesk.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The kill and embargo readers stay linear on a megabyte of hostile text (a generous bound catches a blow-up). */
class HostileTextTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private static String repeated(String piece) {
        return piece.repeat(1_000_000 / piece.length());
    }

    @Test
    void aMegabyteOfNearMissesIsReadQuickly() {
        for (String piece : new String[] {"ATTENTION EDITORS ", "ATTENTION - ", "EMBARGO", "embargoed until. ",
                "hold for release ", "THIS PICTURE HAS ", "- . ; ", "Aug. ", "KILLER "}) {
            String text = repeated(piece);
            long start = System.nanoTime();
            KillNotice.isKill(text);
            EmbargoText.standard().find(text);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("'%s' x %d", piece, text.length() / piece.length()).isLessThan(BOUND);
        }
    }

    @Test
    void aPhraseIsCutAtItsSentence() {
        String text = "EMBARGOED UNTIL 0001 GMT AUG. 13, 2024. " + "x".repeat(500);

        assertThat(EmbargoText.standard().find(text)).hasValueSatisfying(p -> {
            assertThat(p.words()).isEqualTo("EMBARGOED UNTIL 0001 GMT AUG. 13, 2024");
            assertThat(p.until()).isEqualTo(java.time.Instant.parse("2024-08-13T00:01:00Z"));
        });
    }
}
