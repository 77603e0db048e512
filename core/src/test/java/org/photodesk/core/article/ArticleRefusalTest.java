package org.photodesk.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Problem;

/** Binary junk and oversized files are refused as articles, with a reason; ordinary text is not. */
class ArticleRefusalTest {

    @Test
    void binaryJunkIsRefused() {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        assertThat(ArticleReader.refusal("junk.bin", junk)).map(Problem::code).contains("article.binary");
        var read = new ArticleReader().read("junk.bin", new String(junk, StandardCharsets.ISO_8859_1));
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).isEmpty();
            assertThat(a.problems()).extracting(Problem::code).containsExactly("article.binary");
        });
    }

    @Test
    void oversizedFilesAreRefusedWithTheirSize() {
        byte[] big = new byte[ArticleReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(ArticleReader.refusal("big.html", big)).map(Problem::message).get().asString()
                .contains("20 MB").contains("big.html");
    }

    @Test
    void textAndHtmlAreNotRefused() {
        byte[] text = "date 2024-08-12 Title\n\nFans cheer in Paris. (AP Photo/Jane Doe)\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleReader.refusal("a.txt", text)).isEmpty();
        byte[] html = "<html><body><h1>T</h1><p>Caf\u00e9 \u00e9t\u00e9 \u2014 \u00fcber</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ArticleReader.refusal("a.html", html)).isEmpty();
    }
}
