package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Problem;

/**
 * IPTC's published NewsML-G2 and ninjs examples, read in place from snapshots of github:iptc/newsml-g2 and
 * github:iptc/newsinjson (skipped when absent): every one reads without an exception, sniffing agrees with reading,
 * and the picture examples give their fields. Only figures are asserted, never their text.
 */
class IptcExamplesTest {

    private final FeedReader reader = new FeedReader();

    @Test
    void everyNewsMlExampleReads() {
        IptcMirror g2 = new IptcMirror("iptc/newsml-g2");
        assumeTrue(g2.present(), "no snapshot of github:iptc/newsml-g2 on this machine");
        Map<String, String> outcomes = new TreeMap<>();
        for (String path : g2.list("examples", ".xml")) {
            byte[] bytes = g2.read(path).orElseThrow();
            FeedRead read = reader.read(bytes);
            assertThat(reader.sniff(bytes)).as(path).isEqualTo(read.format());
            outcomes.put(path.substring(path.lastIndexOf('/') + 1), read.format() + " " + read.items().size());
        }
        assertThat(outcomes).hasSizeGreaterThan(25)
                .containsEntry("LISTING_3_Photo_in_NewsML-G2.xml", "NEWSML_G2_NEWS_ITEM 1")
                .containsEntry("LISTING_6_Simple_NewsML-G2_Package.xml", "NEWSML_G2_PACKAGE_ITEM 1")
                .containsEntry("LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml",
                        "NEWSML_G2_NEWS_ITEM 1");
        assertThat(outcomes.values().stream().filter(v -> v.startsWith("NEWSML")).count()).isGreaterThan(10);
    }

    @Test
    void theNewsMlPictureExamplesGiveTheirFields() {
        IptcMirror g2 = new IptcMirror("iptc/newsml-g2");
        assumeTrue(g2.present(), "no snapshot of github:iptc/newsml-g2 on this machine");
        FeedItem photo = only(g2, "examples/LISTING_3_Photo_in_NewsML-G2.xml");
        assertThat(photo.id().version()).isEqualTo("11");
        assertThat(photo.type()).isEqualTo("picture");
        assertThat(photo.renditions()).hasSize(3);
        RemoteContent main = photo.findMainRendition().orElseThrow();
        assertThat(List.of(main.width(), main.height())).containsExactly(1500, 1001);
        assertThat(main.size()).isEqualTo(346071L);
        assertThat(photo.keywords()).hasSize(7);
        assertThat(photo.bylines()).hasSize(1);
        assertThat(List.of(photo.headline(), photo.description(), photo.credit(), photo.copyright(),
                photo.usageTerms())).doesNotContainNull();
        assertThat(photo.dates().created()).isNotNull();
        assertThat(photo.dates().versionCreated()).isNotNull();
        assertThat(photo.subjects()).hasSizeGreaterThanOrEqualTo(2);

        FeedItem mapped = only(g2, "examples/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml");
        assertThat(mapped.keywords()).hasSize(5);
        assertThat(List.of(mapped.headline(), mapped.description(), mapped.credit(), mapped.title(),
                mapped.usageTerms())).doesNotContainNull();
        assertThat(mapped.findMainRendition().orElseThrow().width()).isEqualTo(2500);

        FeedItem pkg = only(g2, "examples/LISTING_6_Simple_NewsML-G2_Package.xml");
        assertThat(pkg.members()).extracting(ItemRef::type).containsExactly("text", "picture");
        assertThat(pkg.signals()).extracting(Signal::kind).containsExactly(Signal.Kind.UPDATE);
    }

    @Test
    void everyNinjsExampleReadsAsItsGeneration() {
        IptcMirror ninjs = new IptcMirror("iptc/newsinjson");
        assumeTrue(ninjs.present(), "no snapshot of github:iptc/newsinjson on this machine");
        Map<String, FeedFormat> folders = Map.of(
                "examples/1.4", FeedFormat.NINJS_1, "documentation/includes/examples/1.6", FeedFormat.NINJS_1,
                "examples/2.1", FeedFormat.NINJS_2, "documentation/includes/examples/2.2", FeedFormat.NINJS_2,
                "examples/3.0", FeedFormat.NINJS_3, "documentation/includes/examples/3.1", FeedFormat.NINJS_3);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Map.Entry<String, FeedFormat> folder : folders.entrySet()) {
            for (String path : ninjs.list(folder.getKey(), ".json")) {
                byte[] bytes = ninjs.read(path).orElseThrow();
                FeedRead result = reader.read(bytes);
                read++;
                if (result.items().isEmpty() || result.format() != folder.getValue()
                        || reader.sniff(bytes) != folder.getValue()) {
                    wrong.add(path + " -> " + result.format() + " " + result.items().size() + " "
                            + result.problems().stream().map(Problem::code).toList());
                }
            }
        }
        assertThat(read).isGreaterThan(30);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theNinjsPictureExamplesGiveTheirFields() {
        IptcMirror ninjs = new IptcMirror("iptc/newsinjson");
        assumeTrue(ninjs.present(), "no snapshot of github:iptc/newsinjson on this machine");
        FeedItem ap = only(ninjs, "examples/3.0/ap_image.json");
        assertThat(ap.type()).isEqualTo("picture");
        assertThat(ap.renditions()).hasSize(4);
        RemoteContent main = ap.findMainRendition().orElseThrow();
        assertThat(List.of(main.width(), main.height())).containsExactly(3000, 2208);
        assertThat(List.of(ap.headline(), ap.description(), ap.credit(), ap.usageTerms(), ap.edNote()))
                .doesNotContainNull();
        assertThat(ap.description()).isNotEqualTo(ap.credit());
        assertThat(ap.dates().versionCreated()).isNotNull();

        FeedItem photo = only(ninjs, "documentation/includes/examples/3.1/006_photo_only.json");
        assertThat(photo.bylines()).hasSize(1);
        assertThat(photo.description()).doesNotContain("<p>");
        assertThat(photo.renditions()).hasSize(2);
    }

    private FeedItem only(IptcMirror mirror, String path) {
        FeedRead read = reader.read(mirror.read(path).orElseThrow());
        assertThat(read.items()).as(path).isNotEmpty();
        return read.items().getFirst();
    }
}
