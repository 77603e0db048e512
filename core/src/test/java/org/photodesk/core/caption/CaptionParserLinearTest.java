package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hostile lengths: parsing and checking grow linearly with the caption (generous bounds catch a blow-up). */
class CaptionParserLinearTest {

    private static final Logger LOG = LoggerFactory.getLogger(CaptionParserLinearTest.class);

    static String capitalisedWords(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
            for (int k = 0, len = 2 + r.nextInt(6); k < len; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            b.append(i % 17 == 16 ? ", " : " ");
        }
        return b.toString();
    }

    @Test
    void twoThousandCapitalisedWordsParse() {
        String caption = "Fans cheer in " + capitalisedWords(2_000, 1) + "on June 2, 2024. REUTERS/Jane Doe";
        CaptionParse p = new CaptionParser().parse(caption);
        assertThat(p.agency()).isEqualTo("Reuters");
    }

    @Test
    void aMegabyteCaptionParsesAndIsCheckedInLinearTime() {
        String caption = "Fans cheer in Paris, France, June 2, 2024. " + capitalisedWords(170_000, 2)
                + " in Lyon, France. (AP Photo/Jane Doe)";
        assertThat(caption.length()).isGreaterThan(1_000_000);
        CaptionParser parser = new CaptionParser();
        parser.parse("Warm-up in Paris, June 1, 2024. REUTERS/Jane Doe");
        long t0 = System.nanoTime();
        CaptionParse p = parser.parse(caption);
        long parsed = System.nanoTime() - t0;
        new CaptionChecker(java.time.Clock.systemUTC(), new NameBook().addSeen(caption), parser)
                .check(caption, p, org.photodesk.core.photo.PhotoMetadata.EMPTY);
        long checked = System.nanoTime() - t0;
        LOG.info("1 MB caption: parsed in {} ms, parsed and checked in {} ms", parsed / 1_000_000, checked / 1_000_000);
        assertThat(p.city()).isEqualTo("Paris");
        // about 2 s and 4 s on a quiet machine; the bounds only catch a return to quadratic growth (minutes), even
        // on a machine shared with other builds
        assertThat(parsed / 1_000_000).as("parse time of a 1 MB caption, ms").isLessThan(20_000);
        assertThat(checked / 1_000_000).as("parse and check time of a 1 MB caption, ms").isLessThan(40_000);
    }
}
