package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photodesk.core.metadata.MetadataMerger.Digest;
import org.photodesk.core.metadata.MetadataMerger.Merged;
import org.photodesk.core.metadata.MetadataMerger.Sources;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

class MetadataMergerTest {

    private static Merged merge(Map<Field, List<String>> xmp, Map<Field, List<String>> iim, Set<Field> full,
            Digest digest, Map<Field, List<String>> exif) {
        return MetadataMerger.merge(new Sources(xmp, iim, full, digest, exif));
    }

    @Test
    void xmpWinsOverIimWhenThereIsNoDigest() {
        Merged m = merge(Map.of(Field.CAPTION, List.of("from XMP")), Map.of(Field.CAPTION, List.of("from IIM")),
                Set.of(), Digest.ABSENT, Map.of(Field.CAPTION, List.of("from EXIF")));
        assertThat(m.metadata().caption()).isEqualTo("from XMP");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void xmpWinsWhenTheDigestMatches() {
        Merged m = merge(Map.of(Field.HEADLINE, List.of("XMP")), Map.of(Field.HEADLINE, List.of("IIM")), Set.of(),
                Digest.MATCHES, Map.of());
        assertThat(m.metadata().headline()).isEqualTo("XMP");
    }

    @Test
    void iimWinsWhereItDiffersWhenTheDigestIsStale() {
        Merged m = merge(
                Map.of(Field.HEADLINE, List.of("old headline"), Field.CITY, List.of("Lyon"),
                        Field.CREDIT, List.of("XMP only credit")),
                Map.of(Field.HEADLINE, List.of("edited headline"), Field.CITY, List.of("Lyon")),
                Set.of(), Digest.STALE, Map.of());
        assertThat(m.metadata().headline()).isEqualTo("edited headline");
        assertThat(m.metadata().city()).isEqualTo("Lyon");
        assertThat(m.metadata().credit()).isEqualTo("XMP only credit");
    }

    @Test
    void staleDigestAlsoDecidesListsAndDates() {
        Merged m = merge(
                Map.of(Field.KEYWORDS, List.of("a", "b"), Field.DATE_CREATED, List.of("2024-08-11T21:04:05+02:00")),
                Map.of(Field.KEYWORDS, List.of("a", "c"), Field.DATE_CREATED, List.of("2024-08-12")),
                Set.of(), Digest.STALE, Map.of());
        assertThat(m.metadata().keywords()).containsExactly("a", "c");
        assertThat(m.metadata().dateCreated()).isEqualTo(DateCreated.ofDate(java.time.LocalDate.of(2024, 8, 12)));
    }

    @Test
    void truncatedIimLosesToTheFullXmpEvenWhenTheDigestIsStale() {
        String full = "A long caption that went on well past what the IIM dataset could hold";
        String cut = full.substring(0, 32);
        Merged m = merge(Map.of(Field.CAPTION, List.of(full)), Map.of(Field.CAPTION, List.of(cut)),
                Set.of(Field.CAPTION), Digest.STALE, Map.of());
        assertThat(m.metadata().caption()).isEqualTo(full);
        assertThat(m.problems()).extracting(Problem::code).containsExactly("iim.truncated");
        assertThat(m.problems().getFirst().field()).isEqualTo("caption");
    }

    @Test
    void truncationNeedsTheIimValueToFillItsLimit() {
        Merged m = merge(Map.of(Field.CAPTION, List.of("Short text, longer in XMP")),
                Map.of(Field.CAPTION, List.of("Short text")), Set.of(), Digest.STALE, Map.of());
        assertThat(m.metadata().caption()).isEqualTo("Short text");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void truncatedBylineItemsInAListAreRecognised() {
        Merged m = merge(Map.of(Field.BYLINE, List.of("Ann", "Maximilian Alexander von Hohenberg-Sch")),
                Map.of(Field.BYLINE, List.of("Ann", "Maximilian Alexander von Hohenbe")),
                Set.of(Field.BYLINE), Digest.STALE, Map.of());
        assertThat(m.metadata().byline()).containsExactly("Ann", "Maximilian Alexander von Hohenberg-Sch");
    }

    @Test
    void fullIimWithoutXmpIsKeptButFlagged() {
        Merged m = merge(Map.of(), Map.of(Field.HEADLINE, List.of("h".repeat(256))), Set.of(Field.HEADLINE),
                Digest.ABSENT, Map.of());
        assertThat(m.metadata().headline()).hasSize(256);
        assertThat(m.problems()).extracting(Problem::code).containsExactly("iim.truncated");
    }

    @Test
    void exifIsTheLastResort() {
        Merged m = merge(Map.of(), Map.of(Field.COPYRIGHT, List.of("© IIM")), Set.of(), Digest.ABSENT,
                Map.of(Field.COPYRIGHT, List.of("© EXIF"), Field.CAPTION, List.of("EXIF caption"),
                        Field.BYLINE, List.of("One", "Two"), Field.DATE_CREATED, List.of("2023-01-02T03:04:05")));
        assertThat(m.metadata().copyright()).isEqualTo("© IIM");
        assertThat(m.metadata().caption()).isEqualTo("EXIF caption");
        assertThat(m.metadata().byline()).containsExactly("One", "Two");
        assertThat(m.metadata().dateCreated().iso()).isEqualTo("2023-01-02T03:04:05");
    }

    @Test
    void isCutFromNeedsEveryItemToBeAPrefix() {
        assertThat(MetadataMerger.isCutFrom(List.of("abc"), List.of("abcdef"))).isTrue();
        assertThat(MetadataMerger.isCutFrom(List.of("abc"), List.of("abc"))).isFalse();
        assertThat(MetadataMerger.isCutFrom(List.of("axx"), List.of("abcdef"))).isFalse();
        assertThat(MetadataMerger.isCutFrom(List.of("νύ."), List.of("νύχτα"))).as("half a character replaced").isTrue();
        assertThat(MetadataMerger.isCutFrom(List.of("a", "b"), List.of("abc"))).isFalse();
    }
}
