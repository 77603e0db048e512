package org.photodesk.core.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;

/**
 * A {@link SearchIndex} in memory that keeps committed and pending documents apart, like a real index, so that
 * tests can simulate a crash by dropping what was not committed. Its search matches every document.
 */
public final class InMemorySearchIndex implements SearchIndex {

    private Map<Long, Photo> committed = new TreeMap<>();
    private Map<Long, Photo> pending = new TreeMap<>();
    private long committedChange;

    @Override
    public synchronized void index(Photo photo) {
        pending.put(photo.id(), photo);
    }

    @Override
    public synchronized void delete(long photoId) {
        pending.remove(photoId);
    }

    @Override
    public synchronized void clear() {
        pending.clear();
    }

    @Override
    public synchronized void commit(long storeChange) {
        committed = new TreeMap<>(pending);
        committedChange = storeChange;
    }

    /** Forgets everything since the last commit, as a crash would. */
    public synchronized void crash() {
        pending = new TreeMap<>(committed);
    }

    @Override
    public synchronized long lastStoreChange() {
        return committedChange;
    }

    @Override
    public synchronized long count() {
        return committed.size();
    }

    @Override
    public synchronized SearchResult search(SearchRequest request) {
        List<Long> ids = committed.keySet().stream().skip(request.offset()).limit(request.limit()).toList();
        return new SearchResult(committed.size(), ids, Map.of());
    }

    @Override
    public void close() {}
}
