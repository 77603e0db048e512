package org.photodesk.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.feed.FeedMerge;
import org.photodesk.core.feed.FeedReader;
import org.photodesk.core.metadata.MetadataRead;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.publish.TestJpegs;

class RightsTest {

    private static final Instant BEFORE = Instant.parse("2029-12-31T12:00:00Z");
    private static final Instant AFTER = Instant.parse("2030-01-15T00:02:00Z");
    private static final Instant LIFT = Instant.parse("2030-01-15T00:01:00Z");

    @TempDir
    Path tmp;

    private final Rights rights = Rights.standard();

    /** A photo read from a real JPEG that exiftool wrote {@code tags} into. */
    private Photo fromFile(String... tags) throws Exception {
        byte[] jpeg = TestJpegs.withTags(TestJpegs.jpeg(64, 48, Color.RED, Color.BLUE), tmp, tags);
        MetadataRead read = new MetadataReader().read(jpeg);
        return new Photo(1, "sha", "px", "a.jpg", "image/jpeg", 64, 48, read.metadata(), read.metadata(), "AP",
                read.raw(), List.of(), AFTER, AFTER, 1, 0, List.of());
    }

    private static Photo withMetadata(PhotoMetadata m) {
        return new Photo(1, "sha", "px", "a.jpg", "image/jpeg", 64, 48, m, m, "AP", null, List.of(), AFTER, AFTER, 1, 0,
                List.of());
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void iimReleaseDateAndTimeAreAnEmbargo() throws Exception {
        RightsStatus status = rights.of(fromFile("-IPTC:ReleaseDate=2030:01:15", "-IPTC:ReleaseTime=00:01:00+00:00"));

        assertThat(status.embargoedUntil()).contains(LIFT);
        assertThat(status.embargo().source()).isEqualTo("IIM 2:30 ReleaseDate");
        assertThat(codes(status.problemsAt(BEFORE, "photo 1"))).containsExactly(RightsStatus.EMBARGOED);
        assertThat(status.problemsAt(AFTER, "photo 1")).isEmpty();
    }

    @Test
    void anIimReleaseTimeWithAnOffsetIsReadAtThatOffset() throws Exception {
        RightsStatus status = rights.of(fromFile("-IPTC:ReleaseDate=2030:01:15", "-IPTC:ReleaseTime=06:01:00+06:00"));

        assertThat(status.embargoedUntil()).contains(LIFT);
    }

    @Test
    void xmpPrismEmbargoDateIsAnEmbargo() throws Exception {
        RightsStatus status = rights.of(fromFile("-XMP-pur:EmbargoDate=2030:01:15 00:01:00Z"));

        assertThat(status.embargoedUntil()).contains(LIFT);
        assertThat(status.embargo().source()).startsWith("XMP ").endsWith("embargoDate");
    }

    @Test
    void theAgencysWordsInTheInstructionsAreAnEmbargo() throws Exception {
        RightsStatus status = rights.of(fromFile("-IPTC:SpecialInstructions=EMBARGOED UNTIL 0001 GMT JAN 15, 2030."
                + " NO SALES"));

        assertThat(status.embargoedUntil()).contains(LIFT);
        assertThat(status.embargo().source()).isEqualTo("instructions");
        assertThat(status.restrictions()).as("the embargo phrase is no restriction to publish").containsExactly(
                "NO SALES");
    }

    @Test
    void aNewsMlEmbargoedElementReachesThePhotoThroughTheFeedMerge() {
        var item = new FeedReader().read(("""
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1" standard="NewsML-G2">
                 <itemMeta><itemClass qcode="ninat:picture"/><pubStatus qcode="stat:usable"/>
                  <embargoed>2030-01-15T00:01:00Z</embargoed></itemMeta>
                 <contentMeta><headline>Rail strike</headline></contentMeta>
                </newsItem>""").getBytes(java.nio.charset.StandardCharsets.UTF_8)).items().getFirst();
        PhotoMetadata merged = FeedMerge.merge(PhotoMetadata.EMPTY, item).merged();

        assertThat(rights.of(withMetadata(merged)).embargoedUntil()).contains(LIFT);
    }

    @Test
    void theEmbargoThatLiftsLastWins() throws Exception {
        RightsStatus status = rights.of(fromFile("-IPTC:ReleaseDate=2030:01:14",
                "-IPTC:SpecialInstructions=EMBARGOED UNTIL 0001 GMT JAN 15, 2030"));

        assertThat(status.embargoedUntil()).contains(LIFT);
    }

    @Test
    void proseAboutAnEmbargoIsNoEmbargo() {
        var m = PhotoMetadata.builder().caption("Farmers protest against the arms embargo in Brussels, Belgium, on "
                + "Jan. 14, 2030.").build();

        assertThat(rights.of(withMetadata(m)).embargo()).isNull();
    }

    @Test
    void anEmbargoWhoseEndCannotBeReadIsAWarningForAnEditorNotABlock() {
        var m = PhotoMetadata.builder().caption("A minister speaks.")
                .instructions("EMBARGOED UNTIL THE MINISTER HAS SPOKEN").build();

        RightsStatus status = rights.of(withMetadata(m));

        assertThat(status.embargo().readable()).isFalse();
        List<Problem> problems = status.problemsAt(AFTER, "photo 1");
        assertThat(codes(problems)).containsExactly(RightsStatus.EMBARGO_UNREAD);
        assertThat(problems).noneMatch(RightsStatus::blocks);
    }

    @Test
    void aKillBlocksPublishing() {
        var kill = new PhotoKill(AFTER, "MANDATORY KILL", PhotoKill.AGENCY, "AP");
        Photo p = withMetadata(PhotoMetadata.builder().caption("x").build());
        Photo killed = new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(),
                p.height(), p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(),
                p.updatedAt(), 2, 0, List.of(), p.identity(), p.provenance(), null, kill);

        List<Problem> problems = rights.of(killed).problemsAt(AFTER, "photo 1");

        assertThat(codes(problems)).containsExactly(RightsStatus.KILLED);
        assertThat(problems).allMatch(RightsStatus::blocks);
    }

    @Test
    void usageTermsAndRestrictionsMakeOneStatement() {
        var m = PhotoMetadata.builder().caption("Fans cheer in Rome. EDITORIAL USE ONLY. NO SALES.")
                .usageTerms("Editorial use only").build();

        RightsStatus status = rights.of(withMetadata(m));

        assertThat(status.restrictions()).containsExactly("EDITORIAL USE ONLY", "NO SALES");
        assertThat(status.usageStatement()).isEqualTo("Editorial use only. NO SALES.");
        assertThat(status.restricted()).isTrue();
    }
}
