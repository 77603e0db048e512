package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.rights.Rights;
import org.photodesk.core.rights.RightsStatus;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.desk.DeskPorts;

/**
 * The demo filled with real photographs from Debian's wallpaper packages (installed by run-tests and the CI) on a
 * temporary embedded library: 60 or more photos, every one added, and each special picture found the way an editor
 * would find it (the burst by its Job Id, the killed one with status:killed, the AI one with c2pa:ai, the embargoed
 * one blocked until its release, the near-duplicate beside its original).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT {

    private DeskPorts ports;
    private DemoCommand.Filled filled;
    private final StringWriter err = new StringWriter();

    @BeforeAll
    void fill(@TempDir Path dir) {
        Library library = org.photodesk.scale.testing.TestBackends.open(dir.resolve("demo"));
        ports = DeskPorts.of(library, () -> "http://127.0.0.1/published/");
        filled = DemoCommand.fill(ports, new PrintWriter(err, true), Clock.systemUTC());
    }

    @org.junit.jupiter.api.AfterAll
    void close() {
        ports.close();
    }

    private List<Photo> search(String query) {
        var q = ports.queries().parse(query);
        return ports.store().findByIds(ports.index().search(new SearchRequest(q, null, 0, 200)).ids());
    }

    @Test
    void sixtyOrMoreRealPhotographsAreAllAdded() {
        assertThat(err.toString()).as("nothing refused, no package missing").isEmpty();
        assertThat(filled.real()).isTrue();
        assertThat(filled.added()).isGreaterThanOrEqualTo(60);
        assertThat(ports.store().count()).isEqualTo(filled.added());
        List<Photo> all = ports.store().findByIds(java.util.stream.LongStream.rangeClosed(1, filled.added())
                .boxed().toList());
        assertThat(all).allSatisfy(p -> assertThat(Math.max(p.width(), p.height())).isBetween(500, 1600));
        Set<String> agencies = all.stream().map(p -> p.metadata().credit()).collect(Collectors.toSet());
        assertThat(agencies).contains("AP", "Reuters", "AFP", "Getty Images", "EPA");
    }

    @Test
    void theBurstIsFourFramesOfOneJobId() {
        List<Photo> burst = search("assignment:" + DemoPhotos.BURST_JOB);
        assertThat(burst).hasSize(4);
        assertThat(burst).extracting(Photo::sha256).doesNotHaveDuplicates();
    }

    @Test
    void theKilledPictureIsFoundWithStatusKilledAndLeftOutOfDefaultSearch() {
        List<Photo> killed = search("status:killed");
        assertThat(killed).hasSize(1);
        assertThat(killed.getFirst().kill().reason()).contains("MANDATORY KILL");
        assertThat(killed.getFirst().metadata().caption()).contains("kite");
        assertThat(search("kite")).isEmpty();
    }

    @Test
    void theAiGeneratedPictureIsFoundWithC2paAi() {
        List<Photo> ai = search("c2pa:ai");
        assertThat(ai).hasSize(1);
        assertThat(ai.getFirst().metadata().digitalSourceType()).isEqualTo(DemoPhotos.AI_SOURCE_TYPE);
    }

    @Test
    void theEmbargoedPictureIsBlockedUntilItsReleaseInTheFuture() {
        List<Photo> hall = search("\"concert hall\"");
        assertThat(hall).hasSize(1);
        RightsStatus rights = Rights.standard().of(hall.getFirst());
        assertThat(rights.embargo()).isNotNull();
        assertThat(rights.embargo().until()).isAfter(Instant.now().plusSeconds(3600));
    }

    @Test
    void theNearDuplicateIsTheSamePictureSmallerBesideItsOriginal() throws java.io.IOException {
        List<Photo> bridge = search("Roebling");
        assertThat(bridge).hasSizeGreaterThanOrEqualTo(3);
        Photo small = bridge.stream().filter(p -> p.metadata().transmissionReference().startsWith("AP-SMALL"))
                .findFirst().orElseThrow();
        Photo big = bridge.stream().filter(p -> !p.metadata().transmissionReference().startsWith("AP-SMALL"))
                .filter(p -> p.metadata().headline().equals(small.metadata().headline())).findFirst().orElseThrow();
        assertThat(small.width()).isLessThan(big.width());
        assertThat(small.sha256()).isNotEqualTo(big.sha256());
        // The embedded library makes no perceptual hashes yet: hash the two pictures as the demo makes them.
        String source = "/usr/share/palapeli/collection/cincinnati-bridge.jpg";
        var similarity = org.photodesk.core.similar.NearDuplicateRule.classify(
                hash(DemoPhotos.picture(source, DemoPhotos.Crop.FULL, 1600, 0.86f)),
                hash(DemoPhotos.picture(source, DemoPhotos.Crop.FULL, 900, 0.62f)));
        assertThat(similarity).isInstanceOf(org.photodesk.core.similar.Similarity.Duplicate.class);
    }

    private static org.photodesk.core.similar.PictureHash hash(byte[] jpeg) throws java.io.IOException {
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        int w = image.getWidth();
        int h = image.getHeight();
        return org.photodesk.core.similar.PictureHash.of(org.photodesk.core.similar.GreyImage.fromRgb(w, h,
                image.getRGB(0, 0, w, h, null, 0, w)));
    }

    @Test
    void someCaptionsCarryMistakesForTheChecks() {
        assertThat(search("marigold").getFirst().problems()).isNotEmpty();
        assertThat(search("swimmers").getFirst().problems()).isNotEmpty();
    }
}
