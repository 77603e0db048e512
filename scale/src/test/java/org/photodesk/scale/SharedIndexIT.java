package org.photodesk.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.TestImages;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.LocalS3;
import org.photodesk.scale.testing.OpenSearchNodeExtension;
import org.photodesk.scale.testing.ScaleServers;

/**
 * All three shared backends at once, as {@code --store}, {@code --index} and {@code --blobs} name them: PostgreSQL,
 * an OpenSearch index and S3. What one node ingests, another node finds in the shared index, killed photos leave
 * its default search, and {@code similar:} works from the fingerprints kept in S3.
 */
@ExtendWith({ScaleServers.class, OpenSearchNodeExtension.class})
class SharedIndexIT {

    @TempDir
    Path dir;

    @Test
    void oneNodeIngestsAndAnotherFindsItInTheSharedIndex(LocalPostgres pg, LocalS3 s3,
            OpenSearchNodeExtension.Node node) {
        var address = new LibraryAddress(dir.resolve("data"), LocalPostgres.url(pg.freshSchema()),
                node.freshIndex().toString(), s3.url(s3.freshBucket()));
        var backends = new ScaleBackends(address, ScaleBackends.searchIndexFactories(), name -> null,
                Clock.systemUTC());

        try (Library a = backends.open(LibraryOptions.DEFAULT); Library b = backends.open(LibraryOptions.DEFAULT)) {
            assertThat(a.ownership()).isEqualTo(IndexOwnership.SHARED);
            var first = (IngestOutcome.Added) a.ingestor().finish(a.ingestor().ingest("harbour.jpg",
                    TestImages.jpeg(640, 400, 11)));
            var second = (IngestOutcome.Added) a.ingestor().finish(a.ingestor().ingest("station.jpg",
                    TestImages.jpeg(640, 400, 12)));
            a.ingestor().flush();

            var all = b.index().search(new SearchRequest(b.queryParser().parse(""), SearchRequest.Sort.INGESTED, 0, 10));
            assertThat(all.ids()).containsExactlyInAnyOrder(first.photo().id(), second.photo().id());
            var found = b.index().search(new SearchRequest(b.queryParser().parse("harbour.jpg"),
                    SearchRequest.Sort.RELEVANCE, 0, 10));
            assertThat(found.ids()).containsExactly(first.photo().id());

            var similar = b.ingestor().nearDuplicates().resolve(b.queryParser().parse("similar:" + first.photo().id()));
            assertThat(b.index().search(new SearchRequest(similar, SearchRequest.Sort.INGESTED, 0, 10)).ids())
                    .contains(first.photo().id());
            assertThat(List.of(first.photo().id(), second.photo().id())).doesNotHaveDuplicates();
        }
    }
}
