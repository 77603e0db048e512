package org.photodesk.core.feed;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;

/**
 * The {@link ItemLedger} of a library: what it holds of an agency item is the photo that carries the item's GUID
 * (as {@value #ID_SCHEME}{@code GUID} among its item ids), at the version that photo records; what this process was
 * told besides (a kill of an item never held, a version handed on) is kept in memory and wins while it runs.
 */
public final class LibraryLedger implements ItemLedger {

    /** How a feed item's GUID is written among a photo's {@link org.photodesk.core.photo.ItemIdentity#ids()}. */
    public static final String ID_SCHEME = "feed:guid=";

    private final PhotoStore store;
    private final Map<String, KnownItem> told = new ConcurrentHashMap<>();

    public LibraryLedger(PhotoStore store) {
        this.store = store;
    }

    /** The photo that holds the agency item {@code guid}, if any. */
    public Optional<Photo> photo(String guid) {
        return store.findByItemId(ID_SCHEME + guid);
    }

    @Override
    public Optional<KnownItem> find(String guid) {
        KnownItem known = told.get(guid);
        if (known != null) {
            return Optional.of(known);
        }
        return photo(guid).map(p -> new KnownItem(new ItemId(guid, p.identity().version()),
                p.identity().versionCreated()));
    }

    @Override
    public void remember(KnownItem item) {
        told.put(item.id().guid(), item);
    }
}
