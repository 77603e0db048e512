package org.photodesk.core.library;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.template.TemplateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open photo library: every port it lives on (whatever the backends) and the domain services over them. A
 * {@link Backends} opens it; everything else receives it and never learns which database, index or storage it runs on.
 *
 * @param location where the library lives, for messages (a data folder, or the backends' addresses)
 * @param ownership whether this process writes the search index
 * @param resources what closing the library must close besides the ports it names
 * @param changes what wakes this process when the store changes (pushed by a shared store, else polled)
 * @param templates the caption templates ({@link TemplateStore#NONE} when the backends keep none)
 */
public record Library(
        String location,
        PhotoStore store,
        BlobStore blobs,
        SearchIndex index,
        IndexOwnership ownership,
        GalleryRepository galleries,
        EventStore events,
        AccountStore accounts,
        AuditLog audit,
        PublishedSite site,
        Locks locks,
        StoredRenditions renditions,
        Ingestor ingestor,
        PhotoEditor editor,
        QueryParser queryParser,
        LibraryOptions options,
        Clock clock,
        AutoCloseable resources,
        StoreChanges changes,
        TemplateStore templates) implements AutoCloseable {

    /** How often a store that cannot push its changes is polled. */
    public static final Duration POLL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    public Library {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(galleries, "galleries");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(locks, "locks");
        Objects.requireNonNull(renditions, "renditions");
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(queryParser, "queryParser");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        resources = resources == null ? () -> { } : resources;
        changes = changes == null ? StoreChanges.polling(POLL) : changes;
        templates = templates == null ? TemplateStore.NONE : templates;
    }

    /** A library that keeps no caption templates. */
    public Library(String location, PhotoStore store, BlobStore blobs, SearchIndex index, IndexOwnership ownership,
            GalleryRepository galleries, EventStore events, AccountStore accounts, AuditLog audit, PublishedSite site,
            Locks locks, StoredRenditions renditions, Ingestor ingestor, PhotoEditor editor, QueryParser queryParser,
            LibraryOptions options, Clock clock, AutoCloseable resources, StoreChanges changes) {
        this(location, store, blobs, index, ownership, galleries, events, accounts, audit, site, locks, renditions,
                ingestor, editor, queryParser, options, clock, resources, changes, null);
    }

    /** A library whose store is polled for changes every {@link #POLL}. */
    public Library(String location, PhotoStore store, BlobStore blobs, SearchIndex index, IndexOwnership ownership,
            GalleryRepository galleries, EventStore events, AccountStore accounts, AuditLog audit, PublishedSite site,
            Locks locks, StoredRenditions renditions, Ingestor ingestor, PhotoEditor editor, QueryParser queryParser,
            LibraryOptions options, Clock clock, AutoCloseable resources) {
        this(location, store, blobs, index, ownership, galleries, events, accounts, audit, site, locks, renditions,
                ingestor, editor, queryParser, options, clock, resources, null, null);
    }

    /** Makes everything ingested searchable and durable. */
    public void flush() {
        ingestor.flush();
    }

    /** Flushes the index, then closes the index, the other resources and the store, reporting failures in the log. */
    @Override
    public void close() {
        try {
            ingestor.closeListeners();
            ingestor.flush();
            index.close();
            galleries.close();
            events.close();
            resources.close();
        } catch (Exception e) {
            LOG.warn("Closing the library in {}: {}", location, e.getMessage(), e);
        } finally {
            store.close();
        }
    }
}
