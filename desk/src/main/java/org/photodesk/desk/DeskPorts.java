package org.photodesk.desk;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.search.SearchIndex;

/**
 * Everything the desk server works on: the library's ports plus the small desk interfaces that adapt its edits,
 * renditions, checks, galleries, hot folders and events to what the pages and the API need. {@link #of} builds them
 * over an open {@link Library}, whatever backends it runs on.
 *
 * @param site the published galleries, served publicly at {@code /published/}
 * @param library closes the library when the desk stops (flushing the index, releasing its lock)
 * @param changes what wakes the desk's change feed when the store changes (polled once a second when null)
 * @param reindex indexes a photo again from the store after an edit, taking turns with every other writer of the
 *     index (the ingestor's, which also re-indexes a photo once its fingerprint is made); null indexes directly
 * @param captioning the caption templates and roster codes (none when null)
 * @param stacks the near-duplicates of the photos on a contact sheet; null shows no stacks
 */
public record DeskPorts(
        PhotoStore store,
        BlobStore blobs,
        SearchIndex index,
        QueryParsing queries,
        Uploads uploads,
        PhotoEditing editing,
        Renditions renditions,
        Galleries galleries,
        PublishedSite site,
        PhotoChecks checks,
        HotFolders hotFolders,
        Events events,
        AccountStore accounts,
        AuditLog audit,
        AutoCloseable library,
        StoreChanges changes,
        java.util.function.LongConsumer reindex,
        Captioning captioning,
        Stacks stacks) implements AutoCloseable {

    public DeskPorts {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(editing, "editing");
        renditions = renditions == null ? Renditions.none() : renditions;
        Objects.requireNonNull(galleries, "galleries");
        Objects.requireNonNull(site, "site");
        checks = checks == null ? PhotoChecks.asStored() : checks;
        hotFolders = hotFolders == null ? HotFolders.none() : hotFolders;
        events = events == null ? Events.none() : events;
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(audit, "audit");
        library = library == null ? () -> { } : library;
        changes = changes == null ? StoreChanges.polling(Library.POLL) : changes;
        captioning = captioning == null ? Captioning.none() : captioning;
        stacks = stacks == null ? Stacks.none() : stacks;
        if (reindex == null) {
            PhotoStore s = store;
            SearchIndex i = index;
            reindex = id -> {
                s.findById(id).ifPresentOrElse(i::index, () -> i.delete(id));
                new org.photodesk.core.ingest.IndexSync(s, i).follow(java.util.Set.of(id));
            };
        }
    }

    /** The desk's ports with the store polled for changes once a second. */
    public DeskPorts(PhotoStore store, BlobStore blobs, SearchIndex index, QueryParsing queries, Uploads uploads,
            PhotoEditing editing, Renditions renditions, Galleries galleries, PublishedSite site, PhotoChecks checks,
            HotFolders hotFolders, Events events, AccountStore accounts, AuditLog audit, AutoCloseable library) {
        this(store, blobs, index, queries, uploads, editing, renditions, galleries, site, checks, hotFolders, events,
                accounts, audit, library, null, null, null, null);
    }

    /** The desk's ports without caption templates, roster codes or near-duplicate stacks. */
    public DeskPorts(PhotoStore store, BlobStore blobs, SearchIndex index, QueryParsing queries, Uploads uploads,
            PhotoEditing editing, Renditions renditions, Galleries galleries, PublishedSite site, PhotoChecks checks,
            HotFolders hotFolders, Events events, AccountStore accounts, AuditLog audit, AutoCloseable library,
            StoreChanges changes, java.util.function.LongConsumer reindex) {
        this(store, blobs, index, queries, uploads, editing, renditions, galleries, site, checks, hotFolders, events,
                accounts, audit, library, changes, reindex, null, null);
    }

    /**
     * The desk's ports over the open {@code library}, with galleries published for readers at {@code publicUrl}
     * (asked at each publication, since the server's port may be known late); closing them closes the library.
     */
    public static DeskPorts of(Library library, Supplier<String> publicUrl) {
        return DeskWiring.ports(library, publicUrl, library.clock());
    }

    /** As {@link #of(Library, Supplier)} with its own clock for galleries and events. */
    public static DeskPorts of(Library library, Supplier<String> publicUrl, Clock clock) {
        return DeskWiring.ports(library, publicUrl, clock);
    }

    /** Closes the library; a failure is reported, never thrown. */
    @Override
    public void close() {
        try {
            library.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(DeskPorts.class).warn("closing the library failed: {}", e.toString(), e);
        }
    }
}
