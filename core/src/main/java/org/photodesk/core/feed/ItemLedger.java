package org.photodesk.core.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The port that remembers which version of each agency item the library holds, by GUID, so that a poller hands on
 * only new and changed items. The library's photo store implements it durably; {@link #inMemory()} is for tests and
 * for a desk that re-reads on start.
 */
public interface ItemLedger {

    /** What is held under the GUID, if anything. */
    Optional<KnownItem> find(String guid);

    /** Records that the library now holds this version (a kill included, so a late usable copy is refused). */
    void remember(KnownItem item);

    /** A ledger in memory, safe for concurrent use. */
    static ItemLedger inMemory() {
        Map<String, KnownItem> known = new ConcurrentHashMap<>();
        return new ItemLedger() {
            @Override
            public Optional<KnownItem> find(String guid) {
                return Optional.ofNullable(known.get(guid));
            }

            @Override
            public void remember(KnownItem item) {
                known.put(item.id().guid(), item);
            }
        };
    }
}
