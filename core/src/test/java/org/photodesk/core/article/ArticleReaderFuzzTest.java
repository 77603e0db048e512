package org.photodesk.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventGrouper;
import org.photodesk.core.event.EventSheets;

/** Any text, HTML or RSS gives articles (with problems), and any article gives an event sheet: nothing throws. */
class ArticleReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readNeverThrows(FuzzedDataProvider data) {
        String content = data.consumeRemainingAsString();
        ArticleReader reader = new ArticleReader();
        List<Article> articles = reader.read("fuzz", content);
        assertThat(articles).isNotEmpty();
        articles.forEach(a -> assertThat(a.paragraphs()).allSatisfy(
                p -> assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text())));
        assertThat(reader.readText("t", content)).isNotNull();
        assertThat(reader.readHtml("h", content)).isNotNull();
        assertThat(reader.readRss("r", content)).isNotEmpty();
        for (Event e : new EventGrouper().group(articles, List.of())) {
            assertThat(new EventSheets().sheetOf(e)).isNotNull();
        }
    }
}
