package org.photodesk.core.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.photo.BlobCheck;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.publish.JpegImages;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.search.IndexDamagedException;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a library against itself: every original (current and earlier versions) is read back and hashed against
 * the SHA-256 that names it, every stored rendition is read back and must be a whole JPEG, and the search index must
 * hold exactly the store's photos. {@link #repair} makes again what is derived (renditions, the index); an original
 * cannot be made again here: re-ingesting the original file restores it.
 */
public final class LibraryVerifier {

    /** How many ids of photos missing from (or extra in) the index a report lists. */
    public static final int LISTED = 100;

    private static final Logger LOG = LoggerFactory.getLogger(LibraryVerifier.class);
    private static final int PAGE = 500;
    private static final List<String> KINDS = List.of(StoredRenditions.THUMB, StoredRenditions.PREVIEW);

    private final PhotoStore store;
    private final BlobStore blobs;
    private final SearchIndex index;

    /**
     * A verifier of the library on these ports; {@code index} null leaves the index unchecked (another process holds
     * it, and checks it against the store itself).
     */
    public LibraryVerifier(PhotoStore store, BlobStore blobs, SearchIndex index) {
        this.store = store;
        this.blobs = blobs;
        this.index = index;
    }

    /** Checks everything; reads every original once, so it takes about as long as reading the blob store. */
    public VerifyReport verify() {
        var tally = new Tally();
        var damaged = new ArrayList<VerifyReport.DamagedPhoto>();
        Set<String> used = new HashSet<>();
        long photos = 0;
        for (List<Photo> page = store.page(0, PAGE); !page.isEmpty(); page = store.page(page.getLast().id(), PAGE)) {
            for (Photo photo : page) {
                photos++;
                List<String> problems = check(photo, tally, used);
                if (!problems.isEmpty()) {
                    damaged.add(new VerifyReport.DamagedPhoto(photo.id(), photo.sha256(), photo.fileName(), problems));
                }
            }
        }
        return new VerifyReport(photos, new VerifyReport.Originals(tally.originals, tally.missing, tally.damaged),
                new VerifyReport.Renditions(tally.renditions, tally.renditionsMissing, tally.unreadable),
                checkIndex(), orphans(used), damaged);
    }

    /** Counts of one run. */
    private static final class Tally {
        long originals, missing, damaged, renditions, renditionsMissing, unreadable;
    }

    private List<String> check(Photo photo, Tally tally, Set<String> used) {
        List<String> problems = new ArrayList<>();
        used.add(photo.sha256());
        checkOriginal(photo.sha256(), "original", tally).ifPresent(problems::add);
        for (PhotoVersion version : store.history(photo.id())) {
            if (used.add(version.sha256())) {
                checkOriginal(version.sha256(), "original of version " + version.version(), tally)
                        .ifPresent(problems::add);
            }
        }
        for (String kind : KINDS) {
            checkRendition(photo, kind, tally).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<String> checkOriginal(String sha256, String what, Tally tally) {
        tally.originals++;
        BlobCheck check;
        try {
            check = blobs.check(sha256);
        } catch (IOException | RuntimeException e) {
            tally.damaged++;
            return Optional.of(what + " unreadable (" + e.getMessage() + "): re-ingest the original file");
        }
        return switch (check) {
            case BlobCheck.Intact i -> Optional.empty();
            case BlobCheck.Missing m -> {
                tally.missing++;
                yield Optional.of(what + " missing: re-ingest the original file to restore it");
            }
            case BlobCheck.Damaged d -> {
                tally.damaged++;
                yield Optional.of(what + " " + d.describe() + ": re-ingest the original file to restore it");
            }
        };
    }

    private Optional<String> checkRendition(Photo photo, String kind, Tally tally) {
        try {
            Optional<InputStream> in = blobs.openRendition(photo.sha256(), kind);
            if (in.isEmpty()) {
                tally.renditionsMissing++;
                return Optional.empty();   // made on demand, or by --repair: not damage
            }
            tally.renditions++;
            byte[] jpeg;
            try (InputStream stream = in.get()) {
                jpeg = stream.readAllBytes();
            }
            Optional<String> wrong = notAWholeJpeg(jpeg);
            if (wrong.isPresent()) {
                tally.unreadable++;
                return Optional.of(kind + " rendition unreadable (" + wrong.get() + "): verify --repair makes it again");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            tally.unreadable++;
            return Optional.of(kind + " rendition unreadable (" + e.getMessage() + "): verify --repair makes it again");
        }
    }

    /** Why {@code jpeg} is not a whole JPEG whose header gives a size, or empty when it is one. */
    static Optional<String> notAWholeJpeg(byte[] jpeg) {
        int n = jpeg.length;
        if (n < 4 || !JpegImages.isJpeg(jpeg)) {
            return Optional.of("not a JPEG");
        }
        if ((jpeg[n - 2] & 0xFF) != 0xFF || (jpeg[n - 1] & 0xFF) != 0xD9) {
            return Optional.of("cut short: no end-of-image marker");
        }
        try {
            var size = JpegImages.size(jpeg);
            return size.width > 0 && size.height > 0 ? Optional.empty() : Optional.of("no image size in its header");
        } catch (IOException | RuntimeException e) {
            return Optional.of("its header cannot be read");
        }
    }

    private VerifyReport.IndexCheck checkIndex() {
        long storeCount = store.count();
        if (index == null) {
            return new VerifyReport.IndexCheck(storeCount, storeCount, List.of(), List.of(), false, Optional.empty());
        }
        Optional<String> damage = index.damage();
        if (damage.isPresent()) {
            return new VerifyReport.IndexCheck(storeCount, 0, List.of(), List.of(), false, damage);
        }
        try {
            long indexCount = index.count();
            boolean behind = index.lastStoreChange() < store.lastChange();
            var hits = index.search(new SearchRequest(new Query.All(), SearchRequest.Sort.INGESTED, 0,
                    (int) Math.min(Integer.MAX_VALUE - 1, Math.max(indexCount, storeCount) + 1)));
            Set<Long> indexed = new HashSet<>(hits.ids());
            List<Long> notIndexed = new ArrayList<>();
            Set<Long> stored = new HashSet<>();
            for (List<Photo> page = store.page(0, PAGE); !page.isEmpty(); page = store.page(page.getLast().id(), PAGE)) {
                for (Photo p : page) {
                    stored.add(p.id());
                    if (!indexed.contains(p.id()) && notIndexed.size() < LISTED) {
                        notIndexed.add(p.id());
                    }
                }
            }
            List<Long> notStored = indexed.stream().filter(id -> !stored.contains(id)).sorted().limit(LISTED).toList();
            return new VerifyReport.IndexCheck(storeCount, indexCount, notIndexed, notStored, behind, Optional.empty());
        } catch (IndexDamagedException e) {
            return new VerifyReport.IndexCheck(storeCount, 0, List.of(), List.of(), false,
                    Optional.of(e.getMessage()));
        }
    }

    private long orphans(Set<String> used) {
        try (Stream<String> all = blobs.originals()) {
            return all.filter(sha -> !used.contains(sha)).count();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot list the blob store to find orphans: {}", e.getMessage());
            return 0;
        }
    }

    /** What a repair did: renditions made again, whether the index was rebuilt (and with how many photos). */
    public record Repairs(int renditionsMade, int renditionsFailed, boolean reindexed, long indexed) {}

    /**
     * Makes again what {@code report} found missing or unreadable among the derived files: the renditions of photos
     * whose original is intact (all missing ones too), and the whole search index when it disagrees with the store.
     */
    public Repairs repair(VerifyReport report, StoredRenditions renditions) {
        int made = 0;
        int failed = 0;
        for (List<Photo> page = store.page(0, PAGE); !page.isEmpty(); page = store.page(page.getLast().id(), PAGE)) {
            for (Photo photo : page) {
                if (!renditionsSound(photo) && originalIntact(photo)) {
                    if (renditions.remake(photo).isEmpty()) {
                        made++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        boolean reindex = index != null && !report.index().sound();
        long indexed = reindex ? new IndexSync(store, index).rebuild() : 0;
        return new Repairs(made, failed, reindex, indexed);
    }

    /** Whether both renditions of {@code photo} are there and whole. */
    private boolean renditionsSound(Photo photo) {
        Tally scratch = new Tally();
        return KINDS.stream().allMatch(kind -> blobs.hasRendition(photo.sha256(), kind)
                && checkRendition(photo, kind, scratch).isEmpty());
    }

    private boolean originalIntact(Photo photo) {
        try {
            return blobs.check(photo.sha256()).intact();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
