package org.photodesk.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.photodesk.core.ingest.IngestLimits;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.lock.InProcessLocks;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.render.RenderException;
import org.photodesk.core.render.Renderer;
import org.photodesk.core.render.Rendition;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;

/** Whole libraries on the in-memory fakes, for tests of code that works on a {@link Library}. */
public final class TestLibraries {

    private TestLibraries() {}

    /** A renderer that renders nothing: publishing then scales originals with ImageIO. */
    public static final Renderer NO_RENDERER = new Renderer() {
        @Override
        public String name() {
            return "none (tests)";
        }

        @Override
        public List<Rendition> renderAll(Path original, int... longSides) throws RenderException {
            throw new RenderException(Problem.of("render.unsupported", "no renderer in this test"));
        }
    };

    /** A library on fresh in-memory fakes. */
    public static Library inMemory(Clock clock) {
        return of(new InMemoryPhotoStore(clock), new InMemoryBlobStore(), new InMemorySite(), clock);
    }

    /** A library on {@code store}, {@code blobs} and {@code site}, every other port a fresh in-memory fake. */
    public static Library of(PhotoStore store, BlobStore blobs, PublishedSite site, Clock clock) {
        SearchIndex index = new InMemorySearchIndex();
        var galleries = new InMemoryGalleryRepository();
        var renditions = new StoredRenditions(blobs, NO_RENDERER);
        var ingestor = new Ingestor(store, blobs, index, new MetadataReader(), MetadataEnricher.NONE,
                RenditionMaker.DEFERRED, IngestLimits.DEFAULT, clock);
        return new Library("memory", store, blobs, index, IndexOwnership.THIS_PROCESS, galleries,
                new InMemoryEventStore(), new InMemoryAccountStore(), new InMemoryAuditLog(clock), site,
                new InProcessLocks(), renditions, ingestor, new PhotoEditor(store, clock), new QueryParser(),
                LibraryOptions.DEFAULT, clock, null);
    }
}
