package org.photodesk.desk;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.core.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the store for changes made by any route (this server, a CLI in another process, a hot folder, another desk
 * node): each time the store's {@link StoreChanges} wake it (a poll once a second on the embedded store, a
 * notification from a shared one) it compares {@code store.lastChange()} with what it last saw, brings the search
 * index up to date, and pushes the changed photo ids to every open contact sheet as a server-sent event
 * {@code photos}.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private final PhotoStore store;
    private final SearchIndex index;
    private final java.util.function.LongConsumer reindex;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final StoreChanges changes;
    private volatile StoreChanges.Watch watch;
    private volatile long seen;
    /** Follows the store into the index on a thread of its own, so that telling the sheets never waits for it. */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("desk-index-follower").factory());
    private final AtomicBoolean indexQueued = new AtomicBoolean();
    /** How long the follower gives this process's own index writer to catch up before following itself. */
    private static final long FOLLOW_GRACE_MILLIS = 1000;

    /** A feed that polls the store once a second. */
    public ChangeFeed(PhotoStore store, SearchIndex index) {
        this(store, index, StoreChanges.polling(Duration.ofSeconds(1)));
    }

    /** A feed woken by {@code changes}. */
    public ChangeFeed(PhotoStore store, SearchIndex index, StoreChanges changes) {
        this(store, index, changes, null);
    }

    /**
     * A feed woken by {@code changes} that brings the index up to the store through {@code reindex} (the desk's
     * {@link DeskPorts#reindex()}, which takes turns with every other writer of the index and reads the store only
     * once it has the turn; null follows directly). Following outside those turns could index a photo read before
     * an editor's change after that change was indexed, and leave the index one change behind.
     */
    public ChangeFeed(PhotoStore store, SearchIndex index, StoreChanges changes, java.util.function.LongConsumer reindex) {
        this.store = store;
        this.index = index;
        this.changes = changes;
        this.reindex = reindex;
        this.seen = store.lastChange();
    }

    /** Starts watching the store. */
    public void start() {
        watch = changes.watch(this::tick);
    }

    /** Keeps {@code client} open and sends it, first, the ids changed after {@code since}. */
    public void join(SseClient client, long since) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
        if (since >= 0 && since < seen) {
            send(client, store.changedSince(since), seen);
        }
    }

    /**
     * One look at the store: tell the clients (their sheets read the changed photos from the store, by id), then
     * have the index follow the store, apart (a follow already queued covers this change too). Never throws.
     */
    synchronized void tick() {
        try {
            long last = store.lastChange();
            if (last != seen) {
                List<Long> ids = store.changedSince(seen);
                seen = last;
                clients.forEach(c -> send(c, ids, last));
            }
            if (index.lastStoreChange() < last && indexQueued.compareAndSet(false, true)) {
                indexer.execute(this::followIndex);
            }
        } catch (RuntimeException e) {
            LOG.warn("change feed: could not read the store's changes: {}", e.getMessage(), e);
        }
    }

    /**
     * Brings the index up to the store when nobody else does: an index that moves within a grace time is being
     * followed by this process's ingest pipeline (whose commits index every store change, other processes' too, and
     * end every burst), and indexing the same photos again here, outside its lock, only took the cores a burst
     * needs; an index that has not moved is followed here (a change made by another process while this one ingests
     * nothing).
     */
    /**
     * Indexes the photos changed after {@code at} again and commits; through the desk's reindex, one photo is enough,
     * since its commit follows every store change the index has not seen.
     */
    private void follow(long at) {
        if (reindex == null) {
            new IndexSync(store, index).follow(Set.of());
            return;
        }
        List<Long> changed = store.changedSince(at);
        if (!changed.isEmpty()) {
            reindex.accept(changed.getFirst());
        }
    }

    private void followIndex() {
        indexQueued.set(false);
        try {
            long at = index.lastStoreChange();
            if (at >= store.lastChange()) {
                return;
            }
            Thread.sleep(FOLLOW_GRACE_MILLIS);
            if (index.lastStoreChange() == at) {
                follow(at);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("change feed: could not bring the search index up to the store: {}", e.getMessage(), e);
        }
    }

    private void send(SseClient client, List<Long> ids, long last) {
        if (ids.isEmpty() || client.terminated()) {
            return;
        }
        String data = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        client.sendEvent("photos", data, Long.toString(last));
    }

    /** The number of sheets listening, for tests and diagnostics. */
    public int listeners() {
        return clients.size();
    }

    @Override
    public void close() {
        StoreChanges.Watch w = watch;
        if (w != null) {
            w.close();
        }
        indexer.shutdown();   // not interrupted: Lucene does not want its writer's threads interrupted
        try {
            indexer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
