package org.photodesk.core.similar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * The duplicates of each photo the sheet has asked about, by id, from the one index: kept up to date as photos
     * are fingerprinted (a new photo is added to the stacks it joins; a photo whose picture changed clears them).
     */
    private final Map<Long, long[]> stacks = new HashMap<>();

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
                boolean replaced = index.remove(photo.id());
                index.put(photo.id(), hash);
                restack(photo.id(), hash, replaced);
            }
        }
    }

    /**
     * The kept stacks after photo {@code id} was fingerprinted: a new photo joins the stacks of its duplicates (one
     * search); a photo whose picture changed may have left stacks, so they are all worked out again when asked.
     */
    private void restack(long id, PictureHash hash, boolean replaced) {
        if (stacks.isEmpty()) {
            return;
        }
        if (replaced) {
            stacks.clear();
            return;
        }
        long[] found = duplicates(id, hash);
        stacks.put(id, found);
        for (long other : found) {
            long[] had = stacks.get(other);
            if (had != null && java.util.Arrays.stream(had).noneMatch(x -> x == id)) {
                long[] more = java.util.Arrays.copyOf(had, had.length + 1);
                more[had.length] = id;
                java.util.Arrays.sort(more);
                stacks.put(other, more);
            }
        }
    }

    /**
     * The duplicates of each of {@code ids} that has any, by id, in id order: what the contact sheet shows as a stack
     * ("+2 similar"). Answered from the stacks kept since they were first asked for, so a sheet costs one index
     * search per photo the first time it is shown and none after; unknown photos and photos without a fingerprint
     * have no stack.
     */
    public Map<Long, List<Long>> stacks(Collection<Long> ids) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        synchronized (this) {
            for (long id : ids) {
                long[] found = stacks.get(id);
                if (found == null) {
                    found = store.findById(id).flatMap(p -> fingerprint(p.sha256())).map(h -> duplicates(id, h))
                            .orElse(NONE);
                    stacks.put(id, found);
                }
                if (found.length > 0) {
                    out.put(id, java.util.Arrays.stream(found).boxed().toList());
                }
            }
        }
        return out;
    }

    /** The ids of photo {@code id}'s duplicates, {@code hash} being its fingerprint, in id order. Under the lock. */
    private long[] duplicates(long id, PictureHash hash) {
        return index().find(hash, other -> other == id ? Optional.empty()
                        : store.findById(other).flatMap(p -> fingerprint(p.sha256()))).stream()
                .filter(n -> n.similarity() instanceof Similarity.Duplicate).mapToLong(NearDuplicateIndex.Neighbour::id)
                .sorted().toArray();
    }

    private static final long[] NONE = new long[0];

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
