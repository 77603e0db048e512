package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;

/** Articles of hostile shape are grouped and sheeted without a stack overflow, in time that grows linearly. */
class HostileArticleTest {

    private static String capitalisedWords(int n, long seed, String joiner) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
            for (int k = 0, len = 2 + r.nextInt(6); k < len; k++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            b.append(joiner);
        }
        return b.toString();
    }

    @Test
    void twoThousandCapitalisedWordsInACaptionAndAParagraph() {
        String run = capitalisedWords(2_000, 5, " ");
        String text = "date 2024-08-12 A hostile gallery\n\n" + run + "at the Stade de France.\n\n"
                + "Fans cheer at " + run + "in Saint-Denis, France, August 11, 2024. REUTERS/Jane Roe\n\n"
                + capitalisedWords(5_000, 6, "-") + " (AP Photo/Jane Roe)\n";
        long t0 = System.nanoTime();
        Article a = new ArticleReader().readText("hostile.txt", text);
        List<Event> events = new EventGrouper().group(List.of(a), List.of());
        EventSheet sheet = new EventSheets().sheetOf(events.getFirst());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(events).hasSize(1);
        assertThat(sheet.eventId()).isNotBlank();
        assertThat(ms).as("grouping and sheet of a hostile article, ms").isLessThan(60_000);
    }
}
