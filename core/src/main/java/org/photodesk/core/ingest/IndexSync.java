package org.photodesk.core.ingest;

import java.util.List;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the derived search index in step with the store: at start-up it replays the store changes the index has
 * not seen (a crash between the two), and it rebuilds the index from scratch on demand or when counts disagree.
 */
public final class IndexSync {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private static final int PAGE = 1000;

    private final PhotoStore store;
    private final SearchIndex index;

    public IndexSync(PhotoStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** What a check found and did: the changes replayed, and whether a full rebuild was needed. */
    public record Report(long storeChange, long indexChange, int replayed, boolean rebuilt) {
        public boolean wasInStep() {
            return replayed == 0 && !rebuilt;
        }
    }

    /** Brings the index up to the store's last change; rebuilds it when, after that, the counts still differ. */
    public Report repair() {
        long storeChange = store.lastChange();
        long indexChange = index.lastStoreChange();
        int replayed = 0;
        if (indexChange > storeChange) {
            LOG.warn("Index claims store change {} but the store is at {}: rebuilding", indexChange, storeChange);
            return new Report(storeChange, indexChange, 0, rebuild() >= 0);
        }
        if (indexChange < storeChange) {
            replayed = replay(store.changedSince(indexChange));
            index.commit(storeChange);
        }
        if (index.count() != store.count()) {
            LOG.warn("Index holds {} photos, the store {}: rebuilding", index.count(), store.count());
            rebuild();
            return new Report(storeChange, indexChange, replayed, true);
        }
        return new Report(storeChange, indexChange, replayed, false);
    }

    /**
     * Brings the index up to the store's last change and commits it: every photo changed since the index's last
     * commit is indexed again from the store (changes by other processes too), except those in
     * {@code alreadyIndexed}, which the caller has just indexed itself. The store's last change is read first, so the
     * commit never claims a change whose photo was not indexed. Returns how many photos were indexed again.
     */
    public int follow(java.util.Set<Long> alreadyIndexed) {
        long upTo = store.lastChange();
        long seen = index.lastStoreChange();
        if (seen >= upTo) {
            return 0;
        }
        int n = 0;
        for (long id : store.changedSince(seen)) {
            if (!alreadyIndexed.contains(id)) {
                store.findById(id).ifPresentOrElse(index::index, () -> index.delete(id));
                n++;
            }
        }
        index.commit(upTo);
        return n;
    }

    private int replay(List<Long> ids) {
        for (long id : ids) {
            store.findById(id).ifPresentOrElse(index::index, () -> index.delete(id));
        }
        return ids.size();
    }

    /** Rebuilds the whole index from the store; returns the number of photos indexed. */
    public long rebuild() {
        long change = store.lastChange();
        index.clear();
        long n = 0;
        long after = 0;
        for (List<Photo> page = store.page(after, PAGE); !page.isEmpty(); page = store.page(after, PAGE)) {
            for (Photo p : page) {
                index.index(p);
                n++;
            }
            after = page.getLast().id();
        }
        index.commit(change);
        return n;
    }
}
