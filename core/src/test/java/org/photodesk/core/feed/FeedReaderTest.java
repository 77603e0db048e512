package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Problem;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    @ParameterizedTest
    @CsvSource({
        "newsml/picture-v1.xml, NEWSML_G2_NEWS_ITEM",
        "newsml/package.xml, NEWSML_G2_PACKAGE_ITEM",
        "newsml/message.xml, NEWSML_G2_NEWS_MESSAGE",
        "ninjs/picture-1.json, NINJS_1",
        "ninjs/picture-2.json, NINJS_2",
        "ninjs/picture-3.json, NINJS_3",
        "ninjs/gallery-3.json, NINJS_3"})
    void sniffsAndReadsEachFixture(String fixture, FeedFormat format) {
        byte[] bytes = Fixtures.bytes(fixture);
        assertThat(reader.sniff(bytes)).isEqualTo(format);
        FeedRead read = reader.read(bytes);
        assertThat(read.format()).isEqualTo(format);
        assertThat(read.items()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<rss version=\"2.0\"><channel/></rss>",
        "{\"title\": \"not ninjs\"}",
        "date 2026-05-02",
        "<!-- unterminated",
        "[1, 2, 3]"})
    void otherDocumentsAreNeither(String text) {
        assertThat(reader.sniff(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(FeedFormat.NONE);
    }

    @Test
    void sniffingSeesPastBomsCommentsAndPrefixes() {
        byte[] prefixed = ("\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment -->\n<nar:newsItem "
                + "xmlns:nar=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"/>").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.sniff(prefixed)).isEqualTo(FeedFormat.NEWSML_G2_NEWS_ITEM);
        assertThat(reader.read(prefixed).items()).extracting(i -> i.id().guid()).containsExactly("g");
        byte[] utf16 = "<newsItem guid=\"g\"/>".getBytes(StandardCharsets.UTF_16);
        assertThat(reader.sniff(utf16)).isEqualTo(FeedFormat.NEWSML_G2_NEWS_ITEM);
        assertThat(reader.read(utf16).items()).hasSize(1);
    }

    @Test
    void sniffingALongRunOfSpaceIsQuick() {
        byte[] spaces = (" ".repeat(100_000) + "x").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.sniff(spaces)).isEqualTo(FeedFormat.NONE);
        byte[] comments = ("<!--" + "- ".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.sniff(comments)).isEqualTo(FeedFormat.NONE);
    }

    @Test
    void oversizeAndEmptyDocumentsAreRefusedAsProblems() {
        FeedReader small = new FeedReader(100);
        FeedRead big = small.read(("{\"uri\": \"" + "x".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(big.items()).isEmpty();
        assertThat(big.problems()).extracting(Problem::code).containsExactly("feed.size");
        assertThat(reader.read(new byte[0]).problems()).extracting(Problem::code).containsExactly("feed.empty");
        assertThat(reader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).problems())
                .extracting(Problem::code).containsExactly("feed.format.unknown");
    }
}
