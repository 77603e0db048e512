package org.photodesk.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.photodesk.app.render.RenderException;
import org.photodesk.app.render.RenderLimits;
import org.photodesk.app.render.Renderer;
import org.photodesk.app.render.Rendition;
import org.photodesk.app.store.FileBlobStore;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;

/**
 * Makes a photo's thumbnail (400 px) and preview (1600 px) from its stored original, from one decode, and keeps them
 * in the blob store beside it; a photo whose renditions exist already is left alone.
 */
public final class BlobRenditions implements RenditionMaker {

    private final FileBlobStore blobs;
    private final Renderer renderer;

    public BlobRenditions(FileBlobStore blobs, Renderer renderer) {
        this.blobs = blobs;
        this.renderer = renderer;
    }

    /** Which rendering path runs, such as {@code libvips 8.14 via FFM}. */
    public String rendererName() {
        return renderer.name();
    }

    @Override
    public List<Problem> make(Photo photo) {
        String sha = photo.sha256();
        if (Files.exists(blobs.rendition(sha, "thumb")) && Files.exists(blobs.rendition(sha, "preview"))) {
            return List.of();
        }
        Optional<Path> original = blobs.localPath(sha);
        if (original.isEmpty()) {
            return List.of(Problem.of("render.missing", "the original of photo " + photo.id()
                    + " is not in the blob store; run `photodesk reindex` after restoring it"));
        }
        try {
            List<Rendition> made = renderer.renderAll(original.get(), RenderLimits.PREVIEW, RenderLimits.THUMBNAIL);
            blobs.putRendition(sha, "preview", made.get(0).jpeg());
            blobs.putRendition(sha, "thumb", made.get(1).jpeg());
            return List.of();
        } catch (RenderException e) {
            return List.of(e.problem());
        } catch (IOException e) {
            return List.of(Problem.of("render.write", "could not save the renditions of photo " + photo.id() + ": "
                    + e.getMessage()));
        }
    }
}
