package org.photodesk.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.photo.PhotoMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A library of 10,000 captions is checked in time that grows linearly (the name index), and misspellings are found. */
class NameBookScaleTest {

    private static final Logger LOG = LoggerFactory.getLogger(NameBookScaleTest.class);

    private static String word(Random r) {
        StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
        for (int k = 0, len = 4 + r.nextInt(5); k < len; k++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void tenThousandCaptionsAreCheckedQuickly() {
        Random r = new Random(7);
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            captions.add(word(r) + " " + word(r) + " and " + word(r) + " " + word(r)
                    + " attend a match in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/" + word(r) + " " + word(r) + ")");
        }
        captions.add("Amelie Mauresmo watches in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Doe)");
        captions.add("Amelie Mauresmo waves in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Doe)");
        captions.add("Amelie Mauresmmo smiles in Paris, France, Sunday, Aug. 11, 2024. (AP Photo/Jane Doe)");
        NameBook book = new NameBook();
        captions.forEach(book::addSeen);
        CaptionChecker checker = new CaptionChecker(Clock.systemUTC(), book, new CaptionParser());
        captions.subList(0, 500).forEach(c -> checker.check(c, PhotoMetadata.EMPTY));
        long t0 = System.nanoTime();
        int flagged = 0;
        for (String c : captions) {
            if (checker.check(c, PhotoMetadata.EMPTY).stream().anyMatch(p -> p.code().startsWith("caption.name"))) {
                flagged++;
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("check of {} captions: {} ms, {} with a name variant", captions.size(), ms, flagged);
        assertThat(flagged).isGreaterThanOrEqualTo(1);
        // 10 s is the bar on a quiet machine; the bound only catches a return to quadratic growth (minutes)
        assertThat(ms).as("check time of 10,000 captions, ms").isLessThan(30_000);
    }
}
