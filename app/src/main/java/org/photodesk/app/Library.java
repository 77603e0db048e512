package org.photodesk.app;

import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;

/**
 * One open photo library on this machine: the store (source of truth), the blobs, the derived search index and the
 * ingest pipeline over them, all under one data folder. The composition root builds it; everything else receives it.
 */
public record Library(Path dataDir, PhotoStore store, BlobStore blobs, SearchIndex index, Ingestor ingestor,
        QueryParser queryParser) implements AutoCloseable {

    public Library {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(queryParser, "queryParser");
    }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}
