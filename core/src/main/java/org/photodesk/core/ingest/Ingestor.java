package org.photodesk.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.photodesk.core.ingest.IngestOutcome.Added;
import org.photodesk.core.ingest.IngestOutcome.Duplicate;
import org.photodesk.core.ingest.IngestOutcome.Rejected;
import org.photodesk.core.ingest.IngestOutcome.Updated;
import org.photodesk.core.metadata.MetadataRead;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.metadata.PixelHash;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.Sha256;
import org.photodesk.core.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline: read bytes (with limits), hash, read metadata, clean credits, check captions, store the
 * original and the record, then index. Never throws for a bad file: a bad file is a {@link IngestOutcome.Rejected}.
 *
 * <p>Thread-safe: hashing and metadata reading run in the caller's thread; storing and indexing one photo is a
 * single critical section, so the index never claims a store change whose photo it has not seen.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final int COMMIT_EVERY = 1000;

    private final PhotoStore store;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final MetadataReader reader;
    private final MetadataEnricher enricher;
    private final RenditionMaker renditions;
    private final IngestLimits limits;
    private final PhotoEditor editor;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<Consumer<Photo>> onStored = new CopyOnWriteArrayList<>();
    private final java.util.Set<Long> indexedSinceCommit = new java.util.HashSet<>();
    private int uncommitted;

    public Ingestor(PhotoStore store, BlobStore blobs, SearchIndex index, MetadataReader reader,
            MetadataEnricher enricher, RenditionMaker renditions, IngestLimits limits) {
        this(store, blobs, index, reader, enricher, renditions, limits, java.time.Clock.systemUTC());
    }

    /** A pipeline whose re-sends are dated by {@code clock}. */
    public Ingestor(PhotoStore store, BlobStore blobs, SearchIndex index, MetadataReader reader,
            MetadataEnricher enricher, RenditionMaker renditions, IngestLimits limits, java.time.Clock clock) {
        this.editor = new PhotoEditor(store, clock);
        this.store = store;
        this.blobs = blobs;
        this.index = index;
        this.reader = reader;
        this.enricher = enricher;
        this.renditions = renditions;
        this.limits = limits;
    }

    /**
     * A file read and understood, waiting to be stored: the CPU-bound half of ingest (hashing, metadata, captions)
     * is done. {@link #store(Prepared)} does the other half, so that a caller may overlap the two across files.
     */
    public sealed interface Prepared {

        /** Nothing to store: the file was refused or is a duplicate. */
        record Decided(IngestOutcome outcome) implements Prepared {}

        /** A new photo or a new version, with the bytes of its original. */
        record Ready(String source, PhotoRecord record, byte[] bytes) implements Prepared {}

        /** A new photo or a new version whose original is already kept (written and synced) by the blob store. */
        record Kept(String source, PhotoRecord record) implements Prepared {}
    }

    /** Ingests one file from disk: prepares, stores, indexes, then makes its renditions. */
    public IngestOutcome ingest(Path file) {
        return finish(store(prepare(file)));
    }

    /** Ingests bytes received under {@code name} (an upload). */
    public IngestOutcome ingest(String name, byte[] bytes) {
        return finish(store(prepare(name, bytes)));
    }

    /** Reads one file from disk and does everything up to storing it. */
    public Prepared prepare(Path file) {
        String source = file.toString();
        Optional<String> refused = readFile(file);
        if (refused.isPresent()) {
            return new Prepared.Decided(new Rejected(source, refused.get()));
        }
        try {
            return prepare(source, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new Prepared.Decided(new Rejected(source, "cannot read the file: " + describe(e)));
        }
    }

    /** Does everything up to storing bytes received under {@code name} (an upload). */
    public Prepared prepare(String name, byte[] bytes) {
        return prepare(name, safeName(name), bytes);
    }

    private Prepared prepare(String source, String fileName, byte[] bytes) {
        try {
            return prepareChecked(source, fileName, bytes);
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed", source, e);
            return new Prepared.Decided(new Rejected(source, "could not be read: " + describe(e)));
        }
    }

    /**
     * Stores the original (synced) unless it is kept already, then the record, then indexes it; a refused or
     * duplicate file passes through.
     */
    public IngestOutcome store(Prepared prepared) {
        return switch (keep(prepared)) {
            case Prepared.Decided d -> d.outcome();
            case Prepared.Ready r -> throw new IllegalStateException("keep() leaves no photo unkept: " + r.source());
            case Prepared.Kept k -> storeKept(k);
        };
    }

    /**
     * Writes and syncs the original of a photo ready to store, outside the store's lock: the stage that waits for
     * the disk, so a caller may run it for several files at once (their syncs then share the disk's queue and the
     * file system's journal commits) before {@link #store(Prepared)} records each in turn. Any other stage passes
     * through; an original that cannot be written makes the file rejected, with nothing changed.
     */
    public Prepared keep(Prepared prepared) {
        if (!(prepared instanceof Prepared.Ready ready)) {
            return prepared;
        }
        try {
            blobs.put(ready.record().sha256(), ready.bytes());
            return new Prepared.Kept(ready.source(), ready.record());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Storing the original of {} failed", ready.source(), e);
            return rejected(ready.source(), "could not be stored: " + describe(e) + "; nothing was changed, try again");
        }
    }

    private IngestOutcome storeKept(Prepared.Kept kept) {
        try {
            return storeAndIndex(kept.source(), kept.record());
        } catch (RuntimeException e) {
            LOG.warn("Storing {} failed", kept.source(), e);
            return new Rejected(kept.source(), "could not be stored: " + describe(e)
                    + "; nothing was changed, try again");
        }
    }

    /** Why {@code file} cannot be taken before its bytes are read, or empty when it can. */
    private Optional<String> readFile(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return Optional.of("not a file but a folder");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return Optional.of("file too large: " + size + " bytes, over the limit of " + limits.maxFileBytes()
                        + " bytes (raise it with --max-file-mb)");
            }
            if (!Files.isReadable(file)) {
                return Optional.of("cannot read the file: permission denied; check its owner and mode");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read the file: " + describe(e));
        }
    }

    private Prepared prepareChecked(String source, String fileName, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            return rejected(source, "file too large: " + bytes.length + " bytes, over the limit of "
                    + limits.maxFileBytes() + " bytes");
        }
        Optional<FileKind> kind = FileKind.sniff(bytes);
        if (kind.isEmpty()) {
            return rejected(source, FileKind.describe(bytes));
        }
        Optional<String> incomplete = kind.get().incomplete(bytes);
        if (incomplete.isPresent()) {
            return rejected(source, incomplete.get());
        }
        String sha256 = Sha256.hex(bytes);
        Optional<Photo> same = store.findBySha256(sha256);
        if (same.isPresent()) {
            return new Prepared.Decided(new Duplicate(source, same.get().id()));
        }
        MetadataRead read = reader.read(bytes);
        Optional<String> refused = refuseImage(read.image(), kind.get());
        if (refused.isPresent()) {
            return rejected(source, refused.get());
        }
        return new Prepared.Ready(source, record(sha256, fileName, bytes, read), bytes);
    }

    private static Prepared rejected(String source, String reason) {
        return new Prepared.Decided(new Rejected(source, reason));
    }

    /** Why the image header is refused, or empty when the image may be decoded. */
    private Optional<String> refuseImage(ImageInfo image, FileKind kind) {
        if (image == null || image.width() <= 0 || image.height() <= 0) {
            return Optional.of("not a readable " + kind.name() + ": no image size found in its header; the file is"
                    + " damaged or only has metadata");
        }
        if (image.megapixels() > limits.maxMegapixels()) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "image too large: its header claims %d x %d pixels (%.0f megapixels), over the limit of %.0f;"
                            + " refused before decoding (raise it with --max-megapixels if the image is genuine)",
                    image.width(), image.height(), image.megapixels(), limits.maxMegapixels()));
        }
        return Optional.empty();
    }

    private PhotoRecord record(String sha256, String fileName, byte[] bytes, MetadataRead read) {
        MetadataEnricher.Enrichment enriched = enricher.enrich(read.metadata());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(enriched.problems());
        String pixelHash = PixelHash.of(bytes, read.image().mediaType()).orElse(sha256);
        return new PhotoRecord(sha256, pixelHash, fileName, read.image(), bytes.length, enriched.metadata(),
                enriched.agency(), read.raw(), problems, read.metadata());
    }

    private IngestOutcome storeAndIndex(String source, PhotoRecord record) {
        IngestOutcome outcome;
        writeLock.lock();
        try {
            outcome = storeLocked(source, record);
            switch (outcome) {
                case Added a -> indexLocked(a.photo());
                case Updated u -> indexLocked(u.photo());
                case Duplicate d -> { }
                case Rejected r -> { }
            }
            if (++uncommitted >= COMMIT_EVERY) {
                commitLocked();
            }
        } finally {
            writeLock.unlock();
        }
        return outcome;
    }

    private IngestOutcome storeLocked(String source, PhotoRecord record) {
        Optional<Photo> same = store.findBySha256(record.sha256());
        if (same.isPresent()) {
            return new Duplicate(source, same.get().id());
        }
        Optional<Photo> earlier = resent(record);
        try {
            return earlier.isPresent()
                    ? new Updated(source, editor.resend(earlier.get().id(), record))
                    : new Added(source, store.add(notingPool(record)));
        } catch (IllegalStateException e) {
            return racedDuplicate(source, record).orElseThrow(() -> e);
        }
    }

    /**
     * The duplicate outcome when another process (an ingest worker or desk node on the same shared store) stored the
     * same original between the check above and this write, which the store then refused.
     */
    private Optional<IngestOutcome> racedDuplicate(String source, PhotoRecord record) {
        return store.findBySha256(record.sha256()).map(p -> new Duplicate(source, p.id()));
    }

    /**
     * The photo this record re-sends: the same pixels from the same agency, or the same transmission reference from
     * the same known agency. The same pixels from another agency (a pool picture) are a photo of their own.
     */
    private Optional<Photo> resent(PhotoRecord record) {
        Optional<Photo> byPixels = store.findByPixelHash(record.pixelHash())
                .filter(p -> Objects.equals(lower(p.agency()), lower(record.agency())));
        if (byPixels.isPresent()) {
            return byPixels;
        }
        String ref = record.embedded().transmissionReference();
        return ref == null || record.agency() == null ? Optional.empty()
                : store.findByTransmissionReference(ref).filter(p -> record.agency().equalsIgnoreCase(p.agency()));
    }

    /** The record, with a note when another agency's photo has the very same pixels (a pool picture). */
    private PhotoRecord notingPool(PhotoRecord record) {
        return store.findByPixelHash(record.pixelHash())
                .filter(p -> !Objects.equals(lower(p.agency()), lower(record.agency())))
                .map(p -> withProblem(record, Problem.of("pixels.shared", "the same picture as photo " + p.id()
                        + (p.agency() == null ? "" : " from " + p.agency())
                        + ": a pool or shared picture; check which credit this gallery should carry")))
                .orElse(record);
    }

    private static PhotoRecord withProblem(PhotoRecord r, Problem problem) {
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(problem);
        return new PhotoRecord(r.sha256(), r.pixelHash(), r.fileName(), r.image(), r.sizeBytes(), r.metadata(),
                r.agency(), r.raw(), problems, r.embedded());
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Makes the renditions of a photo just stored (CPU-bound, so a caller may run it apart from storing) and tells
     * the listeners; any other outcome passes through.
     */
    public IngestOutcome finish(IngestOutcome outcome) {
        switch (outcome) {
            case Added a -> stored(a.photo());
            case Updated u -> stored(u.photo());
            case Duplicate d -> { }
            case Rejected r -> { }
        }
        return outcome;
    }

    private void stored(Photo photo) {
        try {
            renditions.make(photo);
        } catch (RuntimeException e) {
            LOG.warn("Renditions of photo {} failed; the desk makes them on demand: {}", photo.id(), e.getMessage(), e);
        }
        for (Consumer<Photo> listener : onStored) {
            try {
                listener.accept(photo);
            } catch (RuntimeException e) {
                LOG.warn("After storing photo {}: {}", photo.id(), e.getMessage(), e);
            }
        }
    }

    /** Calls {@code listener} with every photo added or updated from now on, once it is stored and indexed. */
    public void onStored(Consumer<Photo> listener) {
        onStored.add(listener);
    }

    /** The stage that makes renditions after a photo is searchable. */
    public RenditionMaker renditions() {
        return renditions;
    }

    /** Makes everything ingested so far searchable and durable in the index. */
    public void flush() {
        writeLock.lock();
        try {
            commitLocked();
        } finally {
            writeLock.unlock();
        }
    }

    /** Indexes a stored photo; an index failure is logged, not fatal: the next commit indexes it from the store. */
    private void indexLocked(Photo photo) {
        try {
            index.index(photo);
            indexedSinceCommit.add(photo.id());
        } catch (RuntimeException e) {
            LOG.warn("Indexing photo {} failed; it will be indexed from the store: {}", photo.id(), e.getMessage(), e);
        }
    }

    /** Indexes again, from the store, a photo changed outside ingest (an editor's edit), and commits. */
    public void reindex(long photoId) {
        writeLock.lock();
        try {
            store.findById(photoId).ifPresentOrElse(this::indexLocked, () -> index.delete(photoId));
            commitLocked();
        } finally {
            writeLock.unlock();
        }
    }

    /** Commits the index up to the store's last change, first indexing what other writers changed meanwhile. */
    private void commitLocked() {
        new IndexSync(store, index).follow(indexedSinceCommit);
        indexedSinceCommit.clear();
        uncommitted = 0;
    }

    /**
     * A label for an uploaded file, never used as a path: its last path element, without control characters, at most
     * 120 characters, {@code upload} when nothing is left.
     */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        base = base.isEmpty() || base.equals(".") || base.equals("..") ? "upload" : base;
        return base.length() > 120 ? base.substring(0, 120) : base;
    }

    private static String describe(Exception e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file (a broken link, or it was moved away)";
            case AccessDeniedException a -> "permission denied; check its owner and mode";
            case FileSystemLoopException l -> "symbolic link loop";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
