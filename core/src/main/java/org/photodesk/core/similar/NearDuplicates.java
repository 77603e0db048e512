package org.photodesk.core.similar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's near-duplicates: each photo's {@link PictureHash} is kept beside its original (a rendition named
 * {@value #FINGERPRINT}, so every blob store keeps it), and a {@link NearDuplicateIndex} over them, built on first
 * use from the store and kept up to date as photos are fingerprinted, answers which photos show the same picture.
 *
 * <p>A {@link Link#duplicate() duplicate} is the same frame re-encoded, resized, slightly cropped or overlaid
 * ({@link NearDuplicateRule}); a related photo is a near frame, shown only when both were taken within
 * {@link #BURST_WINDOW} of each other (frames of a burst), since unrelated pictures come out related about three
 * times in 10,000 pairs. Thread-safe.
 */
public final class NearDuplicates {

    /** The rendition kind the fingerprint is kept under, as its text form. */
    public static final String FINGERPRINT = "fingerprint";
    /** How far apart in capture time two related frames may be to be shown as one burst. */
    public static final Duration BURST_WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicates.class);
    private static final int PAGE = 1000;

    private final PhotoStore store;
    private final BlobStore blobs;
    private NearDuplicateIndex index;

    /** A photo near another: its id, the bits apart, and whether it is a duplicate (else a frame of the burst). */
    public record Link(long id, int distance, boolean duplicate) {}

    public NearDuplicates(PhotoStore store, BlobStore blobs) {
        this.store = Objects.requireNonNull(store, "store");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
    }

    /** Keeps {@code hash} as the fingerprint of {@code photo}'s current original and adds it to the index. */
    public void remember(Photo photo, PictureHash hash) throws IOException {
        blobs.putRendition(photo.sha256(), FINGERPRINT, hash.toString().getBytes(StandardCharsets.US_ASCII));
        synchronized (this) {
            if (index != null) {
                index.put(photo.id(), hash);
            }
        }
    }

    /** The fingerprint kept for the original {@code sha256}, if one was made and reads back whole. */
    public Optional<PictureHash> fingerprint(String sha256) {
        try {
            Optional<InputStream> in = blobs.openRendition(sha256, FINGERPRINT);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream stream = in.get()) {
                return Optional.of(PictureHash.parse(new String(stream.readNBytes(4096), StandardCharsets.US_ASCII)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("no fingerprint for {}: {}", sha256, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The photos showing the same picture as photo {@code photoId} (duplicates) and the frames of its burst, nearest
     * first; empty when the photo is unknown or has no fingerprint yet. Killed photos are included: the desk says so.
     */
    public List<Link> of(long photoId) {
        Optional<Photo> photo = store.findById(photoId);
        Optional<PictureHash> hash = photo.flatMap(p -> fingerprint(p.sha256()));
        if (hash.isEmpty()) {
            return List.of();
        }
        List<NearDuplicateIndex.Neighbour> near;
        synchronized (this) {
            near = index().find(hash.get(), id -> id == photoId ? Optional.empty()
                    : store.findById(id).flatMap(p -> fingerprint(p.sha256())));
        }
        List<Link> links = new ArrayList<>();
        for (NearDuplicateIndex.Neighbour n : near) {
            switch (n.similarity()) {
                case Similarity.Duplicate d -> links.add(new Link(n.id(), d.distance(), true));
                case Similarity.Related r -> {
                    if (sameBurst(photo.get(), n.id())) {
                        links.add(new Link(n.id(), r.distance(), false));
                    }
                }
                case Similarity.Unrelated u -> { }
            }
        }
        return links;
    }

    /**
     * {@code query} with each {@code similar:ID} replaced by the ids of that photo and of the photos near it, which
     * every search index understands.
     */
    public Query resolve(Query query) {
        return switch (query) {
            case Query.Similar s -> {
                var ids = new java.util.HashSet<Long>();
                ids.add(s.photoId());
                of(s.photoId()).forEach(l -> ids.add(l.id()));
                yield new Query.Ids(ids);
            }
            case Query.Not n -> new Query.Not(resolve(n.query()));
            case Query.And and -> new Query.And(and.clauses().stream().map(this::resolve).toList());
            default -> query;
        };
    }

    /** Only the duplicates of photo {@code photoId}. */
    public List<Link> duplicatesOf(long photoId) {
        return of(photoId).stream().filter(Link::duplicate).toList();
    }

    private boolean sameBurst(Photo photo, long otherId) {
        Optional<LocalDateTime> a = taken(photo);
        Optional<LocalDateTime> b = store.findById(otherId).flatMap(NearDuplicates::taken);
        return a.isPresent() && b.isPresent()
                && Duration.between(a.get(), b.get()).abs().compareTo(BURST_WINDOW) <= 0;
    }

    private static Optional<LocalDateTime> taken(Photo p) {
        DateCreated d = p.metadata().dateCreated();
        return d == null || d.time() == null ? Optional.empty() : Optional.of(d.date().atTime(d.time()));
    }

    /** The index, built from every fingerprinted photo in the store the first time it is needed. */
    private NearDuplicateIndex index() {
        if (index == null) {
            var built = new NearDuplicateIndex();
            long after = 0;
            for (List<Photo> page = store.page(after, PAGE); !page.isEmpty(); page = store.page(after, PAGE)) {
                for (Photo p : page) {
                    if (p.perceptualHash() != null) {
                        fingerprint(p.sha256()).ifPresent(h -> built.put(p.id(), h));
                    }
                    after = Math.max(after, p.id());
                }
            }
            LOG.debug("near-duplicate index built with {} photos", built.size());
            index = built;
        }
        return index;
    }
}
