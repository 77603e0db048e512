package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

class NewsMlReaderTest {

    private final NewsMlReader reader = new NewsMlReader();

    @Test
    void aPictureNewsItemWithEveryField() {
        FeedRead read = reader.read(Fixtures.bytes("newsml/picture-v1.xml"));
        assertThat(read.format()).isEqualTo(FeedFormat.NEWSML_G2_NEWS_ITEM);
        assertThat(read.allProblems()).isEmpty();
        FeedItem item = read.items().getFirst();
        assertThat(item.id()).isEqualTo(new ItemId("urn:newsml:wire.example:20260314:PX-4471", "1"));
        assertThat(item.type()).isEqualTo("picture");
        assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(item.embargoedUntil()).isEqualTo(Instant.parse("2026-03-15T05:00:00Z"));
        assertThat(item.headline()).isEqualTo("Rail workers walk out in Berlin");
        assertThat(item.description()).startsWith("Union leader Jonas Feldmann speaks to striking rail workers outside")
                .endsWith("March 14, 2026. Example Wire/Mara Lindqvist").doesNotContain("\n");
        assertThat(item.bylines()).containsExactly("Mara Lindqvist");
        assertThat(item.credit()).isEqualTo("Example Wire/Mara Lindqvist");
        assertThat(item.source()).isEqualTo("Example Wire");
        assertThat(item.copyright()).isEqualTo("(c) 2026 Example Wire");
        assertThat(item.usageTerms()).isEqualTo("Editorial use only. No sales.");
        assertThat(item.edNote()).isEqualTo("Embargoed until 0600 CET March 15.");
        assertThat(item.title()).isEqualTo("GERMANY-RAIL/STRIKE");
        assertThat(item.located()).isEqualTo(new Located("Berlin", "Berlin", "Berlin State", "Germany", "DE"));
        assertThat(item.dates()).isEqualTo(new FeedDates(
                new DateCreated(LocalDate.of(2026, 3, 14), LocalTime.of(17, 48, 30), ZoneOffset.ofHours(1)),
                Instant.parse("2026-03-14T18:02:11Z"), Instant.parse("2026-03-14T18:02:11Z")));
        assertThat(item.keywords()).containsExactly("strike", "rail", "transport");
        assertThat(item.people()).containsExactly("Jonas Feldmann");
        assertThat(item.subjects()).containsExactly(new Subject("labour market", "medtop:20000523", "cpnat:abstract"));
        assertThat(item.signals()).isEmpty();
        assertThat(item.renditions()).hasSize(2);
        RemoteContent main = item.findMainRendition().orElseThrow();
        assertThat(main).isEqualTo(new RemoteContent("rnd:highRes", "https://media.wire.example/PX-4471/full.jpg",
                "image/jpeg", 5568, 3712, 8421377L, new RemoteContent.Hash("htype:SHA256",
                        "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")));
    }

    @Test
    void aCorrectionCarriesItsSignalWithTheEditorsNoteAndLinksThePreviousVersion() {
        FeedItem item = reader.read(Fixtures.bytes("newsml/picture-v2-correction.xml")).items().getFirst();
        assertThat(item.id().version()).isEqualTo("2");
        assertThat(item.signals()).containsExactly(
                new Signal(Signal.Kind.CORRECTION, "sig:correction", "CORRECTS NAME OF STATION TO OSTBAHNHOF"));
        assertThat(item.previousVersions()).extracting(ItemRef::guid, ItemRef::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("urn:newsml:wire.example:20260314:PX-4471", "1"));
        assertThat(item.isKill()).isFalse();
    }

    @Test
    void aCanceledItemIsAKillWithItsReason() {
        FeedItem item = reader.read(Fixtures.bytes("newsml/picture-v3-kill.xml")).items().getFirst();
        assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(item.isKill()).isTrue();
        assertThat(item.findSignal(Signal.Kind.KILL).orElseThrow().text()).startsWith("MANDATORY KILL.");
        assertThat(item.signals()).hasSize(1);
    }

    @Test
    void aPackageIsItsMembersInGroupOrderFollowingGroupRefsOnce() {
        FeedRead read = reader.read(Fixtures.bytes("newsml/package.xml"));
        assertThat(read.format()).isEqualTo(FeedFormat.NEWSML_G2_PACKAGE_ITEM);
        FeedItem pkg = read.items().getFirst();
        assertThat(pkg.type()).isEqualTo("composite");
        assertThat(pkg.members()).extracting(ItemRef::guid).containsExactly(
                "urn:newsml:wire.example:20260314:PX-4471",
                "urn:newsml:wire.example:20260314:PX-4480",
                "urn:newsml:wire.example:20260314:PX-4475");
        assertThat(pkg.members().get(1)).isEqualTo(new ItemRef("urn:newsml:wire.example:20260314:PX-4480", "1", null,
                "picture", "Hamburg platform", "An empty platform in Hamburg, March 14, 2026.", "group:sidebar"));
        assertThat(pkg.signals()).extracting(Signal::kind, Signal::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Signal.Kind.UPDATE, "Adds a third picture from Hamburg"));
    }

    @Test
    void aNewsMessageYieldsEveryItemInOrder() {
        FeedRead read = reader.read(Fixtures.bytes("newsml/message.xml"));
        assertThat(read.format()).isEqualTo(FeedFormat.NEWSML_G2_NEWS_MESSAGE);
        assertThat(read.items()).extracting(i -> i.id().guid()).containsExactly(
                "urn:newsml:wire.example:20260314:GAL-89",
                "urn:newsml:wire.example:20260314:PX-5001",
                "urn:newsml:wire.example:20260314:PX-5002");
        assertThat(read.items().getFirst().members()).hasSize(2);
        assertThat(read.items().get(1).findMainRendition().orElseThrow().href()).isEqualTo("PX-5001.jpg");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <newsItem guid="x" version="1"><contentMeta><headline>&xxe;</headline></contentMeta></newsItem>
                """;
        FeedRead read = reader.read(xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).extracting(Problem::code).containsAnyOf("feed.xml.doctype", "feed.xml.malformed");
        assertThat(read.problems().toString()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]><newsItem guid=\"x\"><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>");
        long start = System.nanoTime();
        FeedRead read = reader.read(dtd.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void anUndeclaredEntityIsAProblemNotAnException() {
        FeedRead read = reader.read("<newsItem guid=\"g\"><itemMeta><edNote>&nope;</edNote></itemMeta></newsItem>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).isNotEmpty();
    }

    @Test
    void deepNestingIsSkippedOrRefusedNeverOverflowed() {
        FeedRead skipped = reader.read(nested(80));
        assertThat(skipped.items()).as("%s", skipped.problems()).hasSize(1);
        assertThat(skipped.problems()).extracting(Problem::code).containsExactly("feed.xml.depth");
        FeedRead refused = reader.read(nested(50_000));
        assertThat(refused.items()).isEmpty();
        assertThat(refused.problems()).extracting(Problem::code).contains("feed.xml.malformed");
    }

    private static byte[] nested(int depth) {
        return ("<newsItem guid=\"g\"><contentMeta><description>" + "<b>".repeat(depth) + "x"
                + "</b>".repeat(depth) + "</description></contentMeta></newsItem>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void missingGuidBadDatesAndUnknownStatusAreProblemsKeptWithTheItem() {
        String xml = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" version="x">
                  <itemMeta><pubStatus qcode="stat:lost"/><versionCreated>yesterday</versionCreated>
                    <embargoed>when the minister says</embargoed></itemMeta>
                  <contentMeta><contentCreated>2026-13-45</contentCreated></contentMeta>
                </newsItem>""";
        FeedItem item = reader.read(xml.getBytes(StandardCharsets.UTF_8)).items().getFirst();
        assertThat(item.id()).isNull();
        assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(item.problems()).extracting(Problem::code).containsExactlyInAnyOrder("feed.guid.missing",
                "feed.pubstatus.unknown", "feed.embargo.malformed", "feed.date.malformed", "feed.date.malformed");
    }

    @Test
    void anotherRootIsNotNewsMl() {
        FeedRead read = reader.read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8));
        assertThat(read.format()).isEqualTo(FeedFormat.NONE);
        assertThat(read.problems()).extracting(Problem::code).containsExactly("feed.xml.root");
    }

    @Test
    void latin1DocumentsDecodeByTheirDeclaration() {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><newsItem guid=\"g\"><contentMeta>"
                + "<headline>Café in Zürich</headline></contentMeta></newsItem>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read(bytes).items().getFirst().headline()).isEqualTo("Café in Zürich");
    }
}
