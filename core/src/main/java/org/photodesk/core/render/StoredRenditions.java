package org.photodesk.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.publish.BlobRenditionSource;
import org.photodesk.core.publish.RenditionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A photo's thumbnail (400 px) and preview (1600 px), made by a {@link Renderer} from one decode of the original and
 * kept in the {@link BlobStore} beside it: made at ingest, or on first request for a photo ingested without them
 * (once per original at a time), and given to the desk and to publishing as bytes. When they cannot be made, readers
 * get empty (the desk then shows the original) and no new attempt is made until restart.
 */
public final class StoredRenditions implements RenditionMaker, RenditionSource {

    /** The rendition kinds kept per original. */
    public static final String THUMB = "thumb";
    public static final String PREVIEW = "preview";

    private static final Logger LOG = LoggerFactory.getLogger(StoredRenditions.class);

    private final BlobStore blobs;
    private final Renderer renderer;
    private final RenditionSource fallback;
    private final ConcurrentHashMap<String, ReentrantLock> making = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    public StoredRenditions(BlobStore blobs, Renderer renderer) {
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.fallback = new BlobRenditionSource(blobs);
    }

    /** Which rendering path runs, such as {@code libvips 8.14 via FFM}. */
    public String rendererName() {
        return renderer.name();
    }

    /** Makes the missing renditions of {@code photo}; returns the problems met. */
    @Override
    public List<Problem> make(Photo photo) {
        String sha = photo.sha256();
        if (blobs.hasRendition(sha, THUMB) && blobs.hasRendition(sha, PREVIEW)) {
            return List.of();
        }
        try {
            List<Rendition> made = render(photo);
            blobs.putRendition(sha, PREVIEW, made.get(0).jpeg());
            blobs.putRendition(sha, THUMB, made.get(1).jpeg());
            return List.of();
        } catch (RenderException e) {
            return List.of(e.problem());
        } catch (IOException e) {
            return List.of(Problem.of("render.write", "could not save the renditions of photo " + photo.id() + ": "
                    + e.getMessage()));
        }
    }

    /**
     * Makes both renditions of {@code photo} again from its original, replacing the stored ones (which may be
     * damaged), and forgets an earlier failure; returns the problems met.
     */
    public List<Problem> remake(Photo photo) {
        failed.remove(photo.sha256());
        try {
            List<Rendition> made = render(photo);
            blobs.putRendition(photo.sha256(), PREVIEW, made.get(0).jpeg());
            blobs.putRendition(photo.sha256(), THUMB, made.get(1).jpeg());
            return List.of();
        } catch (RenderException e) {
            return List.of(e.problem());
        } catch (IOException e) {
            return List.of(Problem.of("render.write", "could not save the renditions of photo " + photo.id() + ": "
                    + e.getMessage()));
        }
    }

    /** Renders from the original's local file when the blob store has one, else from a temporary copy. */
    private List<Rendition> render(Photo photo) throws RenderException, IOException {
        Optional<Path> local = blobs.localPath(photo.sha256());
        if (local.isPresent()) {
            return renderer.renderAll(local.get(), RenderLimits.PREVIEW, RenderLimits.THUMBNAIL);
        }
        if (!blobs.contains(photo.sha256())) {
            throw new RenderException(Problem.of("render.missing", "the original of photo " + photo.id()
                    + " is not in the blob store; ingest the file again to restore it"));
        }
        Path temp = Files.createTempFile("photodesk-original-", ".tmp");
        try {
            try (InputStream in = blobs.open(photo.sha256()); OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            return renderer.renderAll(temp, RenderLimits.PREVIEW, RenderLimits.THUMBNAIL);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The bytes of rendition {@code kind} ({@link #THUMB} or {@link #PREVIEW}) of {@code photo}, made now when
     * missing; empty when it cannot be made.
     */
    public Optional<byte[]> find(Photo photo, String kind) throws IOException {
        String sha = photo.sha256();
        Optional<byte[]> stored = read(sha, kind);
        if (stored.isPresent() || failed.contains(sha)) {
            return stored;
        }
        ReentrantLock lock = making.computeIfAbsent(sha, k -> new ReentrantLock());
        lock.lock();
        try {
            if (!blobs.hasRendition(sha, kind)) {
                makeOnce(photo);
            }
        } finally {
            lock.unlock();
            making.remove(sha, lock);
        }
        return read(sha, kind);
    }

    /** As {@link #find(Photo, String)}, for the photo whose original is {@code sha256} in {@code store}. */
    public Optional<byte[]> find(PhotoStore store, String sha256, String kind) throws IOException {
        Optional<Photo> photo = store.findBySha256(sha256);
        return photo.isPresent() ? find(photo.get(), kind) : read(sha256, kind);
    }

    private void makeOnce(Photo photo) {
        List<Problem> problems = make(photo);
        if (!problems.isEmpty()) {
            failed.add(photo.sha256());
            LOG.warn("no renditions for photo {}: {}", photo.id(), problems.getFirst().message());
        }
    }

    private Optional<byte[]> read(String sha, String kind) throws IOException {
        Optional<InputStream> in = blobs.openRendition(sha, kind);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return Optional.of(stream.readAllBytes());
        }
    }

    /**
     * For publishing: the original for the full size when it is a JPEG (refused when it no longer matches its
     * SHA-256), else the thumbnail or preview (upright, sRGB); only when those cannot be made, the original scaled by
     * ImageIO.
     */
    @Override
    public byte[] jpeg(Photo photo, int maxWidth) throws IOException {
        if (maxWidth == 0 && "image/jpeg".equals(photo.mediaType())) {
            return BlobRenditionSource.original(blobs, photo);
        }
        String kind = maxWidth > 0 && maxWidth <= RenderLimits.THUMBNAIL ? THUMB : PREVIEW;
        Optional<byte[]> stored = find(photo, kind);
        return stored.isPresent() ? stored.get() : fallback.jpeg(photo, maxWidth);
    }
}
