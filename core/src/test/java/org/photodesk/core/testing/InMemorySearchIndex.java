package org.photodesk.core.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.DeskLabels;
import org.photodesk.core.search.DocumentOrder;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;

/**
 * A {@link SearchIndex} in memory that keeps committed and pending documents apart, like a real index, so that
 * tests can simulate a crash by dropping what was not committed. Its search matches every document in id order,
 * except that, like the real index, it leaves killed photos out unless the query names a status
 * ({@code status:killed}), and it applies the desk's marks ({@code rating:}, {@code label:}, {@code tagged:}).
 * Like a real index, it keeps a photo's later state when an earlier one is indexed after it ({@link DocumentOrder}).
 */
public final class InMemorySearchIndex implements SearchIndex {

    private Map<Long, Photo> committed = new TreeMap<>();
    private Map<Long, Photo> pending = new TreeMap<>();
    private long committedChange;

    @Override
    public synchronized void index(Photo photo) {
        Photo current = pending.get(photo.id());
        if (current == null || DocumentOrder.of(photo) >= DocumentOrder.of(current)) {
            pending.put(photo.id(), photo);
        }
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
        Query q = request.query();
        List<Long> all = committed.values().stream()
                .filter(p -> (Query.namesStatus(q) || !p.killed()) && matches(p, q)).map(Photo::id).toList();
        List<Long> ids = all.stream().skip(request.offset()).limit(request.limit()).toList();
        return new SearchResult(all.size(), ids, Map.of());
    }

    /** Whether {@code p} passes the status, rating, label and id clauses of {@code q}; every other clause matches. */
    private static boolean matches(Photo p, Query q) {
        return switch (q) {
            case Query.Status s -> switch (s.kind()) {
                case KILLED -> p.killed();
                case LIVE -> !p.killed();
                case ANY -> true;
            };
            case Query.Ids i -> i.ids().contains(p.id());
            case Query.Rating r -> p.rating() >= r.min() && p.rating() <= r.max();
            case Query.Label l -> DeskLabels.has(p.labels(), l.name());
            case Query.Not n -> !understood(n.query()) || !matches(p, n.query());
            case Query.And and -> and.clauses().stream().allMatch(c -> matches(p, c));
            default -> true;
        };
    }

    private static boolean understood(Query q) {
        return q instanceof Query.Status || q instanceof Query.Rating || q instanceof Query.Label
                || q instanceof Query.Ids;
    }

    @Override
    public void close() {}
}
