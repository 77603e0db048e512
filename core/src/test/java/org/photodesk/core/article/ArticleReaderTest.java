package org.photodesk.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void apSeedGivesTitleIntroAnd24ApCaptions() {
        Article a = Seeds.article(Seeds.AP);

        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 8, 12));
        String firstLine = Seeds.read(Seeds.AP).strip().lines().findFirst().orElseThrow();
        String firstSentence = firstLine.substring("date 2024-08-12 ".length(), firstLine.indexOf(". ") + 1);
        assertThat(a.title()).isEqualTo(firstSentence).startsWith("The best pictures").endsWith("Olympic Games.");
        assertThat(a.photoCaptions()).hasSize(24);
        assertThat(a.photoCaptions()).allSatisfy(c -> {
            assertThat(c.agency()).isEqualTo("AP");
            assertThat(c.photographer()).isNotBlank().doesNotContain("AP");
            assertThat(c.description()).doesNotContain("AP/");
        });
        assertThat(a.photoCaptions().getFirst().photographer()).isEqualTo("Martin Meissner");
        assertThat(a.photoCaptions()).extracting(PhotoCaption::photographer).contains("Petr David Josek", "Kin Cheung",
                "Vadim Ghirda", "Natacha Pisarenko", "Dita Alangkara", "Ashley Landis", "David Goldman",
                "Matthias Schrader", "Rebecca Blackwell");
        assertThat(a.intro()).hasSize(6);
        assertThat(a.intro().getFirst().text()).startsWith("The star-studded event");
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void reutersSeedGivesSlugTitleAndOneLeadCaption() {
        Article a = Seeds.article(Seeds.REUTERS);

        assertThat(a.title()).isEqualTo("Ceremonies - Paris 2024 Closing Ceremony");
        assertThat(a.photoCaptions()).singleElement().satisfies(c -> {
            assertThat(c.agency()).isEqualTo("Reuters");
            assertThat(c.photographer()).isEqualTo("Phil Noble");
            assertThat(c.paragraph()).isZero();
            assertThat(c.description()).startsWith("Paris 2024 Olympics - Ceremonies").endsWith("closing ceremony.")
                    .doesNotContain("REUTERS").doesNotContain("TPX");
        });
        assertThat(a.intro()).hasSize(a.paragraphs().size() - 1);
        assertThat(a.intro().getFirst().index()).isEqualTo(1);
    }

    @Test
    void offsetsPointIntoTheText() {
        Article a = Seeds.article(Seeds.AP);
        String text = a.text();
        assertThat(a.paragraphs()).allSatisfy(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
        assertThat(a.photoCaptions()).allSatisfy(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
    }

    @Test
    void creditFormsAreSplit() {
        assertThat(CaptionCredit.find("Fans cheer in Lyon, France. AFP")).get()
                .satisfies(c -> assertThat(c.agency()).isEqualTo("AFP"))
                .satisfies(c -> assertThat(c.photographer()).isNull());
        assertThat(CaptionCredit.find("A runner falls. (Photo by Ann Smith/Getty Images)")).get()
                .satisfies(c -> assertThat(List.of(c.agency(), c.photographer(), c.description()))
                        .containsExactly("Getty Images", "Ann Smith", "A runner falls."));
        assertThat(CaptionCredit.find("A runner falls. AP Photo/Jo Lee")).get()
                .satisfies(c -> assertThat(List.of(c.agency(), c.photographer())).containsExactly("AP", "Jo Lee"));
        assertThat(CaptionCredit.find("The mayor said the AP was right.")).isEmpty();
        assertThat(CaptionCredit.find("Here are some of the best pictures from the event.")).isEmpty();
    }

    @Test
    void badTextBecomesProblemsNotExceptions() {
        assertThat(reader.readText("x", null).problems()).extracting(p -> p.code()).containsExactly("article.empty");
        Article noDate = reader.readText("y", "A title. Some words.\n\nMore words.");
        assertThat(noDate.date()).isNull();
        assertThat(noDate.title()).isEqualTo("A title.");
        assertThat(noDate.problems()).extracting(p -> p.code()).containsExactly("article.date.missing");
        Article badDate = reader.readText("z", "date 2024-13-45 Title here\n\nText.");
        assertThat(badDate.problems()).extracting(p -> p.code()).containsExactly("article.date.invalid");
        assertThat(badDate.title()).isEqualTo("Title here");
    }

    @Test
    void readsHtmlWithFigcaptions() {
        String html = """
                <html><head><title>Site | Night at the park</title>
                <meta property="article:published_time" content="2025-06-02T09:00:00Z"></head>
                <body><h1>Night at the park</h1><p>The band played for two hours.</p>
                <figure><img src="a.jpg"><figcaption>The singer waves to fans. <span>REUTERS/Kim Ode</span></figcaption></figure>
                <p>Fans stayed late.</p><p>A drummer plays. AP/Rui Vieira</p></body></html>""";
        Article a = reader.readHtml("page.html", html);
        assertThat(a.title()).isEqualTo("Night at the park");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.photoCaptions()).extracting(PhotoCaption::photographer).containsExactly("Kim Ode", "Rui Vieira");
        assertThat(a.intro()).extracting(Paragraph::text).containsExactly("The band played for two hours.");
    }

    @Test
    void readsRssItemsAndMediaCaptions() {
        String rss = """
                <?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
                <item><title>Derby day</title><guid>urn:derby</guid><pubDate>Sun, 01 Jun 2025 18:00:00 +0200</pubDate>
                <description>&lt;p&gt;City won the derby.&lt;/p&gt;&lt;p&gt;It rained.&lt;/p&gt;</description>
                <media:content url="x.jpg"><media:description>The captain lifts the cup.</media:description>
                <media:credit role="photographer">AP/Lee Jin</media:credit></media:content></item>
                <item><title>Second</title><pubDate>not a date</pubDate><description>Plain words.</description></item>
                </channel></rss>""";
        List<Article> items = reader.read("feed.xml", rss);
        assertThat(items).hasSize(2);
        Article first = items.getFirst();
        assertThat(first.id()).isEqualTo("urn:derby");
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(first.paragraphs()).extracting(Paragraph::text)
                .containsExactly("City won the derby.", "It rained.", "The captain lifts the cup. AP/Lee Jin");
        assertThat(first.photoCaptions()).singleElement().satisfies(c -> assertThat(c.photographer()).isEqualTo("Lee Jin"));
        assertThat(items.get(1).problems()).extracting(p -> p.code()).containsExactly("article.date.invalid");
        assertThat(reader.read("junk", "<rss><channel></channel></rss>").getFirst().problems())
                .extracting(p -> p.code()).containsExactly("rss.no-items");
    }
}
