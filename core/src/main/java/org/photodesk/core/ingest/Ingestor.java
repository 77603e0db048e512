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
import org.photodesk.core.photo.BlobCheck;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.Sha256;
import org.photodesk.core.provenance.C2paReader;
import org.photodesk.core.provenance.Provenance;
import org.photodesk.core.provenance.TrustAnchors;
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
    /** The rendition the perceptual hash is made from (the renderer's 400 px thumbnail). */
    private static final String THUMB = "thumb";

    private final PhotoStore store;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final MetadataReader reader;
    private final MetadataEnricher enricher;
    private final RenditionMaker renditions;
    private final IngestLimits limits;
    private final PhotoEditor editor;
    private final C2paReader credentials;
    private final PerceptualHasher hasher;
    private final org.photodesk.core.similar.NearDuplicates nearDuplicates;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<Consumer<Photo>> onStored = new CopyOnWriteArrayList<>();
    private volatile DocumentRoute documents = DocumentRoute.NONE;
    private final java.util.Set<Long> indexedSinceCommit = new java.util.HashSet<>();
    /**
     * Originals written by {@link #keep} whose files are not stored yet, counted by SHA-256 (guarded by itself): one
     * of them is never deleted while another file with the same bytes is still on its way.
     */
    private final java.util.Map<String, Integer> keeping = new java.util.HashMap<>();
    private int uncommitted;

    public Ingestor(PhotoStore store, BlobStore blobs, SearchIndex index, MetadataReader reader,
            MetadataEnricher enricher, RenditionMaker renditions, IngestLimits limits) {
        this(store, blobs, index, reader, enricher, renditions, limits, java.time.Clock.systemUTC());
    }

    /**
     * A pipeline whose re-sends are dated by {@code clock}, reading Content Credentials with no trust anchors (a
     * valid signature is "claimed") and fingerprinting each photo from its thumbnail for near-duplicates.
     */
    public Ingestor(PhotoStore store, BlobStore blobs, SearchIndex index, MetadataReader reader,
            MetadataEnricher enricher, RenditionMaker renditions, IngestLimits limits, java.time.Clock clock) {
        this(store, blobs, index, reader, enricher, renditions, limits, clock,
                new C2paReader(TrustAnchors.none(), clock), new org.photodesk.core.similar.ThumbnailFingerprints());
    }

    /**
     * A pipeline that reads Content Credentials with {@code credentials} and gives each photo a perceptual hash
     * with {@code hasher}, from the thumbnail made after it is stored.
     */
    public Ingestor(PhotoStore store, BlobStore blobs, SearchIndex index, MetadataReader reader,
            MetadataEnricher enricher, RenditionMaker renditions, IngestLimits limits, java.time.Clock clock,
            C2paReader credentials, PerceptualHasher hasher) {
        this.editor = new PhotoEditor(store, clock);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.nearDuplicates = new org.photodesk.core.similar.NearDuplicates(store, blobs);
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

    /**
     * Ingests bytes received under {@code source} that {@code description} speaks for (a picture an agency feed item
     * describes): its metadata reading is described before it is cleaned and checked; with
     * {@link Description#replaces()} the result is stored as a new version of that photo, even when the bytes are
     * those it holds (a corrected caption for the same picture), keeping the editors' edits and leaving a notice.
     */
    public IngestOutcome ingest(String source, byte[] bytes, Description description) {
        Prepared prepared;
        try {
            prepared = keep(prepareChecked(source, safeName(source), bytes, description));
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed", source, e);
            prepared = rejected(source, "could not be read: " + describe(e));
        }
        if (!(prepared instanceof Prepared.Kept kept)) {
            return ((Prepared.Decided) prepared).outcome();
        }
        PhotoRecord record = kept.record();
        Long target = description.replaces();
        IngestOutcome outcome = null;
        try {
            outcome = storeAndIndex(() -> target == null ? storeLocked(source, record)
                    : new Updated(source, editor.resend(target, record, description.kind(), description.note())));
        } catch (RuntimeException e) {
            LOG.warn("Storing {} failed", source, e);
            outcome = new Rejected(source, "could not be stored: " + describe(e) + "; nothing was changed, try again");
        } finally {
            settle(record.sha256(), outcome);
        }
        return finish(outcome);
    }

    /**
     * Routes files that describe pictures (agency feed documents) to {@code route} in {@link #ingestAny(Path)};
     * the composition root installs it.
     */
    public void routeDocuments(DocumentRoute route) {
        documents = Objects.requireNonNull(route, "route");
    }

    /**
     * Ingests one file from disk that is a picture, or a document that describes pictures when a
     * {@link DocumentRoute} is installed (its pictures' outcomes then). A symbolic link is refused, not followed.
     */
    public List<IngestOutcome> ingestAny(Path file) {
        String source = file.toString();
        Optional<String> refused = FileChecks.refusal(file, false, limits.maxFileBytes());
        if (refused.isPresent()) {
            return List.of(new Rejected(source, refused.get()));
        }
        byte[] bytes;
        try {
            Optional<byte[]> read = FileChecks.read(file, false, limits.maxFileBytes());
            if (read.isEmpty()) {
                return List.of(new Rejected(source, "file too large: it grew past the limit of "
                        + limits.maxFileBytes() + " bytes while it was read (raise it with --max-file-mb)"));
            }
            bytes = read.get();
        } catch (IOException e) {
            return List.of(new Rejected(source, "cannot read the file: " + describe(e)));
        }
        if (FileKind.sniff(bytes).isEmpty()) {
            Path folder = file.toAbsolutePath().getParent();
            Optional<List<IngestOutcome>> taken = documents.take(source, folder, bytes);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        return List.of(finish(store(prepare(source, file.getFileName().toString(), bytes))));
    }

    /**
     * Reads one file from disk and does everything up to storing it; a symbolic link is refused, not followed (see
     * {@link #prepare(Path, boolean)}).
     */
    public Prepared prepare(Path file) {
        return prepare(file, false);
    }

    /**
     * Reads one file from disk and does everything up to storing it. Only a regular file is opened: a folder, a
     * FIFO, a device or a socket is refused by its type first (a FIFO would block the reader, a device such as
     * {@code /dev/zero} never ends), and so is a symbolic link unless {@code followLinks}, and then the type of its
     * target decides. At most the size limit is read, whatever size the file claims.
     */
    public Prepared prepare(Path file, boolean followLinks) {
        String source = file.toString();
        Optional<String> refused = FileChecks.refusal(file, followLinks, limits.maxFileBytes());
        if (refused.isPresent()) {
            return new Prepared.Decided(new Rejected(source, refused.get()));
        }
        try {
            Optional<byte[]> bytes = FileChecks.read(file, followLinks, limits.maxFileBytes());
            if (bytes.isEmpty()) {
                return rejected(source, "file too large: it grew past the limit of " + limits.maxFileBytes()
                        + " bytes while it was read (raise it with --max-file-mb)");
            }
            return prepare(source, file.getFileName().toString(), bytes.get());
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
        String sha256 = ready.record().sha256();
        hold(sha256);
        try {
            blobs.put(sha256, ready.bytes());
            return new Prepared.Kept(ready.source(), ready.record());
        } catch (IOException | RuntimeException e) {
            settle(sha256, null);
            LOG.warn("Storing the original of {} failed", ready.source(), e);
            return rejected(ready.source(), "could not be stored: " + describe(e) + "; nothing was changed, try again");
        }
    }

    private IngestOutcome storeKept(Prepared.Kept kept) {
        IngestOutcome outcome = null;
        try {
            outcome = storeAndIndex(() -> storeLocked(kept.source(), kept.record()));
        } catch (RuntimeException e) {
            Optional<Photo> stored = storedMeanwhile(kept.record().sha256());
            if (stored.isPresent()) {
                outcome = new Duplicate(kept.source(), stored.get().id());   // another process stored it first
            } else {
                LOG.warn("Storing {} failed", kept.source(), e);
                outcome = new Rejected(kept.source(), "could not be stored: " + describe(e)
                        + "; nothing was changed, try again");
            }
        } finally {
            settle(kept.record().sha256(), outcome);
        }
        return outcome;
    }

    /** Counts an original being kept for a file not stored yet (see {@link #settle}). */
    private void hold(String sha256) {
        synchronized (keeping) {
            keeping.merge(sha256, 1, Integer::sum);
        }
    }

    /**
     * Ends the keeping of an original once its file's {@code outcome} is known (null: the file failed), and deletes
     * the original when nothing uses it: the file turned out to be a duplicate (an older or the same version of a
     * photo held) or could not be stored, no photo has (or had) these bytes, and no other file with the same bytes
     * is on its way. Blobs are content-addressed: the check and the delete are one step under the same monitor that
     * {@link #hold} takes, so a file with these bytes either counts first (and the original stays) or writes it
     * again after.
     */
    private void settle(String sha256, IngestOutcome outcome) {
        boolean used = outcome instanceof Added || outcome instanceof Updated;
        synchronized (keeping) {
            boolean last = keeping.merge(sha256, -1, Integer::sum) <= 0;
            if (last) {
                keeping.remove(sha256);
            }
            if (!last || used) {
                return;
            }
            try {
                if (store.findBySha256(sha256).isEmpty() && blobs.deleteOriginal(sha256)) {
                    LOG.debug("Deleted original {}: its file was not stored as a new photo or version", sha256);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete the unused original {} ('photodesk verify' counts it as an orphan): {}",
                        sha256, e.toString());
            }
        }
    }

    /** The photo another writer stored with these bytes while this one was deciding, if any. */
    private Optional<Photo> storedMeanwhile(String sha256) {
        try {
            return store.findBySha256(sha256);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Prepared prepareChecked(String source, String fileName, byte[] bytes) {
        return prepareChecked(source, fileName, bytes, null);
    }

    /** As above; with a {@code description} that names the photo replaced, the same bytes are no duplicate. */
    private Prepared prepareChecked(String source, String fileName, byte[] bytes, Description description) {
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
        if (same.isPresent() && (description == null || description.replaces() == null)) {
            return new Prepared.Decided(duplicateOrRepair(source, same.get(), sha256, bytes));
        }
        MetadataRead read = description == null ? reader.read(bytes) : description.describe().apply(reader.read(bytes));
        Optional<String> refused = refuseImage(read.image(), kind.get());
        if (refused.isPresent()) {
            return rejected(source, refused.get());
        }
        return new Prepared.Ready(source, record(sha256, fileName, bytes, read), bytes);
    }

    /**
     * A duplicate of {@code photo}; when the stored original with these bytes' hash is missing or damaged, these
     * bytes, which hash right, are put back first: re-ingesting the good file repairs a damaged original.
     */
    private IngestOutcome duplicateOrRepair(String source, Photo photo, String sha256, byte[] bytes) {
        try {
            BlobCheck check = blobs.check(sha256);
            if (check.intact()) {
                return new Duplicate(source, photo.id());
            }
            blobs.put(sha256, bytes);
            LOG.warn("Restored the original {} of photo {} from {}: it was {}", sha256, photo.id(), source,
                    check.describe());
            return new Duplicate(source, photo.id(), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Checking or restoring the original of photo {} from {} failed", photo.id(), source, e);
            return new Rejected(source, "the same file as photo " + photo.id() + ", whose stored original could not "
                    + "be checked or restored: " + describe(e) + "; run 'photodesk verify'");
        }
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
        Provenance c2pa = credentials.read(bytes);
        problems.addAll(c2pa.problems());
        return new PhotoRecord(sha256, pixelHash, fileName, read.image(), bytes.length, enriched.metadata(),
                enriched.agency(), read.raw(), problems, read.metadata(), read.identity(),
                ProvenanceSummary.of(c2pa, read.metadata().digitalSourceType()));
    }

    private IngestOutcome storeAndIndex(java.util.function.Supplier<IngestOutcome> work) {
        IngestOutcome outcome;
        writeLock.lock();
        try {
            outcome = store.atomically(work);
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
            if (earlier.isEmpty()) {
                return new Added(source, store.add(notingShared(record)));
            }
            Photo held = earlier.get();
            return switch (FileResendRule.decide(held, store.history(held.id()), record)) {
                case FileResendRule.Decision.Newer n ->
                        new Updated(source, editor.resend(held.id(), record, n.kind(), n.note()));
                case FileResendRule.Decision.Same s -> new Duplicate(source, held.id(), s.reason());
                case FileResendRule.Decision.Older o -> new Duplicate(source, held.id(), o.reason());
            };
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

    /** The photo this record re-sends, by the rule of {@link ResendIdentity}; empty for a picture of its own. */
    private Optional<Photo> resent(PhotoRecord record) {
        return ResendIdentity.find(store, record);
    }

    /**
     * The record, with a note when another agency's photo has the very same pixels (a pool picture), or when a
     * photo taken at another time carries the same per-picture agency id (a copied id, not the same picture).
     */
    private PhotoRecord notingShared(PhotoRecord record) {
        PhotoRecord out = ResendIdentity.otherAgencies(store, record).stream().findFirst()
                .map(p -> record.withProblem(Problem.of("pixels.shared", "the same picture as photo " + p.id()
                        + (p.agency() == null ? "" : " from " + p.agency())
                        + ": a pool or shared picture; check which credit this gallery should carry")))
                .orElse(record);
        return ResendIdentity.sharedId(store, record)
                .map(shared -> out.withProblem(Problem.of("identity.shared", "photo " + shared.photo().id()
                        + " carries the same agency id (" + shared.id() + ") but was taken at another time: kept as a"
                        + " photo of its own; the id was probably copied by a metadata template")))
                .orElse(out);
    }

    /**
     * Tells the listeners of a photo just stored, then makes its renditions and fingerprint; any other outcome
     * passes through. {@link IngestPipeline} runs the two halves apart ({@link #tell} and {@link #render}).
     */
    public IngestOutcome finish(IngestOutcome outcome) {
        return render(tell(outcome));
    }

    /** Tells the listeners ({@link #onStored}) of a photo just stored and indexed; any other outcome passes. */
    public IngestOutcome tell(IngestOutcome outcome) {
        photoOf(outcome).ifPresent(this::told);
        return outcome;
    }

    /**
     * Makes the renditions and the fingerprint of a photo just stored (CPU-bound, so a caller may run it apart from
     * storing); any other outcome passes through.
     */
    public IngestOutcome render(IngestOutcome outcome) {
        return render(outcome, true);
    }

    /**
     * As {@link #render(IngestOutcome)}; with {@code commitNow} false the photo's fingerprint is indexed but only
     * committed with the next commit ({@link #flush()}, or the group commit of the next files stored): a burst's
     * renditions then cost one index commit, not one each (a commit syncs the index's files to disk).
     */
    public IngestOutcome render(IngestOutcome outcome, boolean commitNow) {
        photoOf(outcome).ifPresent(photo -> rendered(photo, commitNow));
        return outcome;
    }

    private static Optional<Photo> photoOf(IngestOutcome outcome) {
        return switch (outcome) {
            case Added a -> Optional.of(a.photo());
            case Updated u -> Optional.of(u.photo());
            case Duplicate d -> Optional.empty();
            case Rejected r -> Optional.empty();
        };
    }

    private void rendered(Photo photo, boolean commitNow) {
        try {
            renditions.make(photo);
        } catch (RuntimeException e) {
            LOG.warn("Renditions of photo {} failed; the desk makes them on demand: {}", photo.id(), e.getMessage(), e);
        }
        perceptualHash(photo, commitNow);
    }

    private void told(Photo photo) {
        for (Consumer<Photo> listener : onStored) {
            try {
                listener.accept(photo);
            } catch (RuntimeException e) {
                LOG.warn("After storing photo {}: {}", photo.id(), e.getMessage(), e);
            }
        }
    }

    /**
     * Gives a photo just rendered its perceptual hash, from the thumbnail the renderer made: the near-duplicate
     * stage's place in the pipeline. Nothing happens with {@link PerceptualHasher#NONE}, without a thumbnail
     * (renditions deferred: the hash waits for them), or when the photo already has one for this original.
     */
    private void perceptualHash(Photo photo, boolean commitNow) {
        if (hasher == PerceptualHasher.NONE || photo.perceptualHash() != null) {
            return;
        }
        try {
            Optional<java.io.InputStream> thumb = blobs.openRendition(photo.sha256(), THUMB);
            if (thumb.isEmpty()) {
                return;
            }
            byte[] jpeg;
            try (java.io.InputStream in = thumb.get()) {
                jpeg = in.readAllBytes();
            }
            Optional<org.photodesk.core.similar.PictureHash> fingerprint = hasher.fingerprint(jpeg);
            java.util.OptionalLong hash = fingerprint.isPresent()
                    ? java.util.OptionalLong.of(fingerprint.get().frame()) : hasher.hash(jpeg);
            if (hash.isPresent()) {
                if (fingerprint.isPresent()) {
                    nearDuplicates.remember(photo, fingerprint.get());
                }
                store.putPerceptualHash(photo.sha256(), hash.getAsLong());
                reindex(photo.id(), commitNow);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Perceptual hash of photo {} failed; it has none until it is made again: {}", photo.id(),
                    e.getMessage(), e);
        }
    }

    /** The library's near-duplicates, fed by this pipeline's fingerprints. */
    public org.photodesk.core.similar.NearDuplicates nearDuplicates() {
        return nearDuplicates;
    }

    /**
     * Calls {@code listener} with every photo added or updated from now on, once it is stored and indexed (before
     * its renditions are made).
     */
    public void onStored(Consumer<Photo> listener) {
        onStored.add(listener);
    }

    /**
     * Stops the listeners that work on threads of their own ({@link AutoCloseable} ones, such as the events' keeper),
     * letting each finish what it is doing; the library calls it before closing its stores. A failure is logged.
     */
    public void closeListeners() {
        for (Consumer<Photo> listener : onStored) {
            if (listener instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("Stopping the ingest listener {}: {}", listener, e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Loads, once, what the first file would otherwise wait for (the enricher's tables); a failure is only logged,
     * the first file then loads them itself.
     */
    public void warmUp() {
        try {
            enricher.warmUp();
        } catch (RuntimeException e) {
            LOG.warn("Warming up the caption checks failed; the first file loads them: {}", e.toString());
        }
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
        reindex(photoId, true);
    }

    private void reindex(long photoId, boolean commitNow) {
        writeLock.lock();
        try {
            store.findById(photoId).ifPresentOrElse(this::indexLocked, () -> index.delete(photoId));
            if (commitNow) {
                commitLocked();
            }
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
        if (diskFull(e)) {
            return "no space left on the library's disk; free some space";
        }
        return switch (e) {
            case NoSuchFileException n -> "no such file (a broken link, or it was moved away)";
            case AccessDeniedException a -> "permission denied; check its owner and mode";
            case FileSystemLoopException l -> "symbolic link loop";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    /** Whether {@code e} or a cause says the disk is full, in the operating system's or a database's words. */
    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk is full")) {
                return true;
            }
        }
        return false;
    }
}
