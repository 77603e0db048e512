package org.photodesk.app.web;

import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.SearchIndex;

/**
 * Everything the desk server works on, wired by the composition root: the library's ports plus the small desk
 * interfaces that adapt the store's edits, renditions and galleries.
 *
 * @param publishedDir the folder served publicly at {@code /published/}, normally {@code <data>/published}
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
        Path publishedDir) {

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
    }
}
