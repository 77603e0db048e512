package org.photodesk.app.web;

import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.SearchIndex;

/**
 * Everything the desk server works on, wired by the composition root: the library's ports plus the small desk
 * interfaces that adapt the store's edits, renditions, checks, galleries, hot folders and events.
 *
 * @param publishedDir the folder served publicly at {@code /published/}, normally {@code <data>/published}
 * @param library closes the library when the desk stops (flushing the index, releasing its lock)
 */
public record DeskPorts(
        PhotoStore store,
        BlobStore blobs,
        SearchIndex index,
        QueryParsing queries,
        Uploads uploads,
        PhotoEditing editing,
        Renditions renditions,
        Galleries galleries,
        Path publishedDir,
        PhotoChecks checks,
        HotFolders hotFolders,
        Events events,
        AutoCloseable library) implements AutoCloseable {

    public DeskPorts {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(editing, "editing");
        renditions = renditions == null ? Renditions.none() : renditions;
        Objects.requireNonNull(galleries, "galleries");
        Objects.requireNonNull(publishedDir, "publishedDir");
        checks = checks == null ? PhotoChecks.asStored() : checks;
        hotFolders = hotFolders == null ? HotFolders.none() : hotFolders;
        events = events == null ? Events.none() : events;
        library = library == null ? () -> { } : library;
    }

    /** Ports with problems as stored, no hot folders, no events and nothing to close. */
    public DeskPorts(PhotoStore store, BlobStore blobs, SearchIndex index, QueryParsing queries, Uploads uploads,
            PhotoEditing editing, Renditions renditions, Galleries galleries, Path publishedDir) {
        this(store, blobs, index, queries, uploads, editing, renditions, galleries, publishedDir, null, null, null, null);
    }

    /** Closes the library; a failure is reported, never thrown. */
    @Override
    public void close() {
        try {
            library.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(DeskPorts.class).warn("closing the library failed: {}", e.toString(), e);
        }
    }
}
