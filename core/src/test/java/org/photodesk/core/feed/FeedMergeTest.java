package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;

class FeedMergeTest {

    private static final PhotoMetadata EMBEDDED = PhotoMetadata.builder()
            .headline("Old headline").caption("Old caption at the Hauptbahnhof.").byline(List.of("M. Lindqvist"))
            .credit("EXW").copyright("Example Wire").city("Munich").state("Bavaria").country("Germany")
            .countryCode("DEU").dateCreated(DateCreated.ofDate(LocalDate.of(2026, 3, 13)))
            .keywords(List.of("old")).transmissionReference("JOB-7781").altText("Workers with banners")
            .digitalSourceType("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture").build();

    @Test
    void theFeedWinsWhereItSpeaksAndTheFileKeepsTheRest() {
        FeedItem feed = Fixtures.only("newsml/picture-v1.xml");
        MergedMetadata m = FeedMerge.merge(EMBEDDED, feed);
        PhotoMetadata merged = m.merged();
        assertThat(merged.headline()).isEqualTo("Rail workers walk out in Berlin");
        assertThat(merged.caption()).startsWith("Union leader Jonas Feldmann");
        assertThat(merged.byline()).containsExactly("Mara Lindqvist");
        assertThat(merged.credit()).isEqualTo("Example Wire/Mara Lindqvist");
        assertThat(merged.copyright()).isEqualTo("(c) 2026 Example Wire");
        assertThat(merged.usageTerms()).isEqualTo("Editorial use only. No sales.");
        assertThat(merged.city()).isEqualTo("Berlin");
        assertThat(merged.state()).isEqualTo("Berlin State");
        assertThat(merged.countryCode()).isEqualTo("DE");
        assertThat(merged.dateCreated().iso()).isEqualTo("2026-03-14T17:48:30+01:00");
        assertThat(merged.keywords()).containsExactly("strike", "rail", "transport");
        assertThat(merged.instructions()).as("the item's <embargoed>, then its editorial note")
                .isEqualTo("EMBARGOED UNTIL 2026-03-15T05:00:00Z. Embargoed until 0600 CET March 15.");
        assertThat(merged.people()).containsExactly("Jonas Feldmann");
        assertThat(merged.title()).isEqualTo("GERMANY-RAIL/STRIKE");
        assertThat(merged.transmissionReference()).as("2:103 is never taken from or replaced by a feed")
                .isEqualTo("JOB-7781");
        assertThat(merged.altText()).isEqualTo("Workers with banners");
        assertThat(merged.digitalSourceType()).endsWith("digitalCapture");
        assertThat(m.embedded()).isEqualTo(EMBEDDED);
        assertThat(m.feed()).isEqualTo(feed);
        assertThat(m.fromFeed()).containsExactly("headline", "caption", "byline", "credit", "source", "copyright",
                "usageTerms", "city", "state", "country", "countryCode", "dateCreated", "keywords", "instructions",
                "people", "title");
    }

    @Test
    void aSparseFeedItemLeavesTheFileAlone() {
        FeedItem kill = Fixtures.only("newsml/picture-v3-kill.xml");
        MergedMetadata m = FeedMerge.merge(EMBEDDED, kill);
        assertThat(m.merged().caption()).isEqualTo("Old caption at the Hauptbahnhof.");
        assertThat(m.merged().city()).isEqualTo("Munich");
        assertThat(m.merged().headline()).isEqualTo("Rail workers walk out in Berlin");
        assertThat(m.fromFeed()).containsExactly("headline", "source", "instructions");
    }

    @Test
    void aOneLinePlaceMovesAsAUnit() {
        FeedItem ninjs = Fixtures.only("ninjs/picture-1.json");
        PhotoMetadata merged = FeedMerge.merge(EMBEDDED, ninjs).merged();
        assertThat(merged.city()).isEqualTo("Rotterdam");
        assertThat(merged.state()).as("no Bavaria left beside Rotterdam").isNull();
        assertThat(merged.country()).isEqualTo("Netherlands");
        assertThat(merged.countryCode()).isNull();
    }

    @Test
    void noEmbeddedMetadataIsEmpty() {
        assertThat(FeedMerge.merge(null, Fixtures.only("ninjs/picture-3.json")).embedded())
                .isEqualTo(PhotoMetadata.EMPTY);
    }
}
