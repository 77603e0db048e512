package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

class NinjsReaderTest {

    private final NinjsReader reader = new NinjsReader();

    @Test
    void ninjs1NamesAreRead() {
        FeedRead read = reader.read(Fixtures.bytes("ninjs/picture-1.json"));
        assertThat(read.format()).isEqualTo(FeedFormat.NINJS_1);
        FeedItem item = read.items().getFirst();
        assertThat(item.problems()).isEmpty();
        assertThat(item.id()).isEqualTo(new ItemId("https://wire.example/items/PX-6120", "3"));
        assertThat(item.type()).isEqualTo("picture");
        assertThat(item.embargoedUntil()).isEqualTo(Instant.parse("2026-05-02T12:00:00Z"));
        assertThat(item.headline()).isEqualTo("Harbour cranes at dawn");
        assertThat(item.description()).startsWith("Cranes stand idle at the container terminal in Rotterdam");
        assertThat(item.credit()).isEqualTo("Example Wire/Pieter de Smet");
        assertThat(item.bylines()).containsExactly("Pieter de Smet");
        assertThat(item.located()).isEqualTo(new Located("Rotterdam, Netherlands", "Rotterdam", null, "Netherlands",
                null));
        assertThat(item.copyright()).isEqualTo("(c) 2026 Example Wire");
        assertThat(item.usageTerms()).isEqualTo("No use in advertising.");
        assertThat(item.title()).isEqualTo("NETHERLANDS-PORT/STRIKE");
        assertThat(item.people()).containsExactly("Anouk Visser");
        assertThat(item.subjects()).containsExactly(new Subject("labour dispute",
                "http://cv.iptc.org/newscodes/mediatopic/#20000525", null));
        assertThat(item.signals()).extracting(Signal::kind, Signal::code)
                .containsExactly(tuple(Signal.Kind.UPDATE, "edNote"));
        assertThat(item.dates().firstCreated()).isEqualTo(Instant.parse("2026-05-02T08:40:00Z"));
        assertThat(item.renditions()).extracting(RemoteContent::rendition, RemoteContent::width, RemoteContent::size)
                .containsExactly(tuple("main", 4000, 3120044L), tuple("thumbnail", 240, null));
        assertThat(item.findMainRendition().orElseThrow().href())
                .isEqualTo("https://media.wire.example/PX-6120/main.jpg");
    }

    @Test
    void ninjs2NamesAreRead() {
        FeedRead read = reader.read(Fixtures.bytes("ninjs/picture-2.json"));
        assertThat(read.format()).isEqualTo(FeedFormat.NINJS_2);
        FeedItem item = read.items().getFirst();
        assertThat(item.problems()).isEmpty();
        assertThat(item.headline()).isEqualTo("Dock workers march in Rotterdam");
        assertThat(item.description()).isEqualTo(
                "Dock workers march through the centre of Rotterdam, Netherlands, May 2, 2026.");
        assertThat(item.credit()).isEqualTo("Example Wire/Pieter de Smet");
        assertThat(item.bylines()).containsExactly("Pieter de Smet");
        assertThat(item.copyright()).isEqualTo("Example Wire");
        assertThat(item.located()).isEqualTo(new Located("Rotterdam, South Holland, Netherlands", "Rotterdam",
                "South Holland", "Netherlands", null));
        assertThat(item.people()).containsExactly("Anouk Visser", "Sem Bakker");
        assertThat(item.source()).isEqualTo("Example Wire");
        assertThat(item.dates().created()).isEqualTo(new DateCreated(LocalDate.of(2026, 5, 2),
                LocalTime.of(9, 50, 12), ZoneOffset.ofHours(2)));
        assertThat(item.findMainRendition().orElseThrow()).isEqualTo(new RemoteContent("original",
                "https://media.wire.example/PX-6121/original.jpg", "image/jpeg", 6000, 4000, 9100200L, null));
        assertThat(item.signals()).isEmpty();
    }

    @Test
    void ninjs3CamelCaseNamesAreRead() {
        FeedRead read = reader.read(Fixtures.bytes("ninjs/picture-3.json"));
        assertThat(read.format()).isEqualTo(FeedFormat.NINJS_3);
        FeedItem item = read.items().getFirst();
        assertThat(item.problems()).isEmpty();
        assertThat(item.id()).isEqualTo(new ItemId("https://wire.example/items/PX-6122", "2"));
        assertThat(item.embargoedUntil()).isEqualTo(Instant.parse("2026-05-03T00:01:00Z"));
        assertThat(item.usageTerms()).startsWith("Editorial use only.");
        assertThat(item.copyright()).isEqualTo("(c) 2026 Example Wire");
        assertThat(item.headline()).isEqualTo("Ferry crossing halted");
        assertThat(item.description()).startsWith("Union spokeswoman Anouk Visser");
        assertThat(item.dates()).isEqualTo(new FeedDates(
                new DateCreated(LocalDate.of(2026, 5, 2), LocalTime.of(10, 21, 40), ZoneOffset.ofHours(2)),
                Instant.parse("2026-05-02T10:30:00Z"), Instant.parse("2026-05-02T11:45:00Z")));
        assertThat(item.subjects()).containsExactly(new Subject("labour dispute",
                "http://cv.iptc.org/newscodes/mediatopic/20000525", null));
        assertThat(item.signals()).containsExactly(new Signal(Signal.Kind.CORRECTION, "edNote",
                "CORRECTS SPELLING OF NAME TO ANOUK VISSER"));
        assertThat(item.renditions()).extracting(RemoteContent::size).containsExactly(6400123L, 21000L);
    }

    @Test
    void aCanceledItemIsAKill() {
        FeedItem item = reader.read(Fixtures.bytes("ninjs/kill-3.json")).items().getFirst();
        assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(item.isKill()).isTrue();
        assertThat(item.signals()).extracting(Signal::kind, Signal::code)
                .containsExactly(tuple(Signal.Kind.KILL, "pubStatus"));
        assertThat(item.findSignal(Signal.Kind.KILL).orElseThrow().text()).startsWith("KILL: the picture");
    }

    @Test
    void associationsAreOrderedMembersAndFullOnesAreItemsToo() {
        FeedRead read = reader.read(Fixtures.bytes("ninjs/gallery-3.json"));
        assertThat(read.items()).extracting(i -> i.id().guid()).containsExactly(
                "https://wire.example/galleries/G-310", "https://wire.example/items/PX-6121");
        FeedItem gallery = read.items().getFirst();
        assertThat(gallery.type()).isEqualTo("composite");
        assertThat(gallery.members()).extracting(ItemRef::guid, ItemRef::version, ItemRef::role).containsExactly(
                tuple("https://wire.example/items/PX-6121", "1", "picture1"),
                tuple("https://wire.example/items/PX-6120", "3", "picture2"));
        assertThat(gallery.members().getFirst().href()).isEqualTo("https://media.wire.example/PX-6121/original.jpg");
        assertThat(read.items().get(1).bylines()).containsExactly("Pieter de Smet");
    }

    @Test
    void ninjs1AssociationsKeyedByName() {
        String json = """
                {"uri": "urn:g", "type": "composite", "headline": "G",
                 "associations": {"lead": {"uri": "urn:a", "type": "picture", "headline": "A", "byline": "X"},
                                  "second": {"uri": "urn:b"}}}""";
        FeedRead read = reader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.format()).isEqualTo(FeedFormat.NINJS_1);
        assertThat(read.items().getFirst().members()).extracting(ItemRef::guid, ItemRef::role)
                .containsExactly(tuple("urn:a", "lead"), tuple("urn:b", "second"));
        assertThat(read.items()).hasSize(2);
    }

    @Test
    void listsAndAgencyWrappersOfItems() {
        String list = "[{\"uri\": \"urn:1\", \"type\": \"picture\"}, {\"uri\": \"urn:2\"}, 42]";
        assertThat(reader.read(list.getBytes(StandardCharsets.UTF_8)).items()).hasSize(2);
        String wrapped = "{\"data\": {\"items\": [{\"item\": {\"uri\": \"urn:1\", \"pubstatus\": \"usable\"}}]}}";
        assertThat(reader.read(wrapped.getBytes(StandardCharsets.UTF_8)).items()).extracting(i -> i.id().guid())
                .containsExactly("urn:1");
    }

    @Test
    void declaredSignalsAreReadWhereAnAgencyAddsThem() {
        String json = """
                {"uri": "urn:s", "version": "4", "pubStatus": "usable",
                 "signals": ["correction", {"code": "sig:update", "name": "adds location"}]}""";
        FeedItem item = reader.read(json.getBytes(StandardCharsets.UTF_8)).items().getFirst();
        assertThat(item.signals()).extracting(Signal::kind, Signal::text).containsExactly(
                tuple(Signal.Kind.CORRECTION, null), tuple(Signal.Kind.UPDATE, "adds location"));
    }

    @Test
    void brokenJsonAndNonNinjsAreProblems() {
        assertThat(reader.read("{\"uri\": ".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly("feed.json.malformed");
        assertThat(reader.read("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly("feed.ninjs.none");
        assertThat(reader.read(("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly("feed.json.malformed");
    }

    @Test
    void wrongTypesAreIgnoredNotThrown() {
        String json = """
                {"uri": "urn:t", "version": 7, "headlines": "not an array", "by": ["a"], "renditions": [1, "x",
                 {"name": "main", "width": "wide", "height": -3, "sizeInBytes": 99999999999999999999}],
                 "versionCreated": "tuesday", "located": {"name": "Paris"}, "people": [{"name": 5}]}""";
        FeedItem item = reader.read(json.getBytes(StandardCharsets.UTF_8)).items().getFirst();
        assertThat(item.id()).isEqualTo(new ItemId("urn:t", "7"));
        assertThat(item.renditions()).containsExactly(new RemoteContent("main", null, null, null, null, null, null));
        assertThat(item.problems()).extracting(Problem::code).containsExactly("feed.date.malformed");
        assertThat(item.located().isEmpty()).isTrue();
    }
}
