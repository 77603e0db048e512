package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;

/**
 * An event whose articles name a fixed-site festival but never the town that hosts it (the form of real festival
 * write-ups: "Glastonbury 2023", stages and acts, no town) is placed at the host town; a city read from the text
 * still wins over the table. Articles written for this test.
 */
class EventSitesTest {

    private static EventSheet sheetOf(String... texts) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.addAll(reader.read("a" + i + ".txt", texts[i]));
        }
        return new EventSheets().sheetOf(new Event("e", "e", articles, List.of()));
    }

    @Test
    void aFestivalNamedWithoutItsTownIsPlacedAtTheHostTown() {
        EventSheet sheet = sheetOf("date 2031-06-29 Closing night at Glastonbury 2031\n\nThe headliner played the main "
                + "stage to a huge crowd on the last night of Glastonbury.\n\nFans sang along until midnight.");
        assertThat(sheet.city()).isNotNull();
        assertThat(sheet.city().name()).isEqualTo("Pilton");
        assertThat(sheet.country().name()).isEqualTo("United Kingdom");
    }

    @Test
    void aCityReadFromTheTextWinsOverTheTable() {
        EventSheet sheet = sheetOf("date 2031-07-05 Wimbledon champions celebrate\n\nThe champions paraded their "
                + "trophies in Madrid, Spain, on Sunday after returning from Wimbledon.");
        assertThat(sheet.city()).isNotNull();
        assertThat(sheet.city().name()).isEqualTo("Madrid");
    }

    @Test
    void namesAreMatchedAsWholeWords() {
        assertThat(EventSites.names("after Glastonbury 2031 ended", "Glastonbury")).isTrue();
        assertThat(EventSites.names("the Glastonburyish mood", "Glastonbury")).isFalse();
        assertThat(EventSites.names("Oscars night", "Oscars")).isTrue();
    }
}
