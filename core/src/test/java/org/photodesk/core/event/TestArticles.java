package org.photodesk.core.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;

/** Loads the test articles written for the event tests (text, HTML and RSS) from the test resources. */
final class TestArticles {

    static final List<String> CUP_FINAL = List.of("cup_final_wire.txt", "cup_final_review.html", "cup_final_feed.xml");
    static final List<String> CONCERT = List.of("concert_gallery.txt", "concert_review.txt");
    static final List<String> BOOK_FAIR = List.of("book_fair_city.txt", "book_fair_culture.html");

    private TestArticles() {}

    /** The articles of the named resources; an RSS file may give several. */
    static List<Article> load(List<String> names) {
        List<Article> out = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (String name : names) {
            try (InputStream in = TestArticles.class.getResourceAsStream("articles/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test article " + name);
                }
                out.addAll(reader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The sheet of one event made of the named articles. */
    static EventSheet sheet(String id, List<String> names) {
        return new EventSheets().sheetOf(new Event(id, id, load(names), List.of()));
    }
}
