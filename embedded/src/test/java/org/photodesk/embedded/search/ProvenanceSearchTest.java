package org.photodesk.embedded.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.photodesk.embedded.search.Photos.T0;
import static org.photodesk.embedded.search.Photos.photo;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchRequest.Sort;
import org.photodesk.core.search.SearchResult;

/** The {@code c2pa:} and {@code assignment:} filters, the c2pa facet and the perceptual hash fields. */
class ProvenanceSearchTest {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    private static Photo with(Photo p, PhotoProvenance provenance, Long hash) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(),
                p.version(), p.rating(), p.labels(), p.identity(), provenance, hash, null);
    }

    private static PhotoProvenance credentials(PhotoProvenance.State state, boolean synthetic) {
        return new PhotoProvenance(state, "summary", "Generator 1.0", "Newsroom", null,
                synthetic ? PhotoProvenance.Ai.GENERATED : PhotoProvenance.Ai.NONE, null, null, synthetic, List.of());
    }

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(with(photo(1, "AP", T0, b -> b.caption("Rowers at dawn").transmissionReference("PAR-ROWING-0811")),
                credentials(PhotoProvenance.State.CLAIMED, false), 0x0123_4567_89AB_CDEFL));
        index.index(photo(2, "AP", T0, b -> b.caption("A coach watches").transmissionReference("par-rowing-0811")));
        index.index(with(photo(3, "Reuters", T0, b -> b.caption("A city that never was")),
                credentials(PhotoProvenance.State.INVALID, true), null));
        index.index(photo(4, "AFP", T0, b -> b.caption("A fake storm").digitalSourceType(
                "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")));
        index.index(with(photo(5, "EPA", T0, b -> b.caption("Signed and trusted")),
                credentials(PhotoProvenance.State.VERIFIED, false), null));
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String query) {
        return index.search(new SearchRequest(new QueryParser().parse(query), Sort.INGESTED, 0, 50));
    }

    private List<Long> ids(String query) {
        return search(query).ids().stream().sorted().toList();
    }

    @Test
    void c2paFindsEachStateAndGeneratedPictures() {
        assertThat(ids("c2pa:claimed")).containsExactly(1L);
        assertThat(ids("c2pa:invalid")).containsExactly(3L);
        assertThat(ids("c2pa:verified")).containsExactly(5L);
        assertThat(ids("c2pa:none")).containsExactly(2L, 4L);
        assertThat(ids("c2pa:ai")).as("declared by credentials or by the XMP digital source type").containsExactly(3L, 4L);
        assertThat(ids("-c2pa:ai")).containsExactly(1L, 2L, 5L);
        assertThat(ids("c2pa:AI rowers")).isEmpty();
    }

    @Test
    void assignmentFindsEveryFrameOfOneJobIdWhateverItsCase() {
        assertThat(ids("assignment:PAR-ROWING-0811")).containsExactly(1L, 2L);
        assertThat(ids("assignment:\"par-rowing-0811\"")).containsExactly(1L, 2L);
        assertThat(ids("assignment:PAR-ROWING")).as("a Job Id matches whole, not by its parts").isEmpty();
    }

    @Test
    void theC2paFacetCountsStatesAndGeneratedPictures() {
        assertThat(search("").facets().get("c2pa")).containsEntry("none", 2L).containsEntry("claimed", 1L)
                .containsEntry("invalid", 1L).containsEntry("verified", 1L).containsEntry("ai", 2L);
    }

    @Test
    void thePerceptualHashIsIndexedWholeAndByQuarters() throws Exception {
        var doc = new IndexSchema().document(with(photo(9, "AP", T0, b -> b), PhotoProvenance.NONE,
                0x0123_4567_89AB_CDEFL));
        assertThat(doc.getField(IndexSchema.PERCEPTUAL_HASH).numericValue().longValue()).isEqualTo(0x0123_4567_89AB_CDEFL);
        assertThat(List.of(0, 1, 2, 3)).extracting(q -> doc.get(IndexSchema.PERCEPTUAL_HASH_QUARTER + q))
                .containsExactly("cdef", "89ab", "4567", "0123");
    }
}
