package org.photodesk.core.contract;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.lock.InProcessLocks;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.testing.InMemoryAccountStore;
import org.photodesk.core.testing.InMemoryAuditLog;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryEventStore;
import org.photodesk.core.testing.InMemoryFeedSubscriptions;
import org.photodesk.core.testing.InMemoryGalleryRepository;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.InMemorySite;

/** The port contracts run against the in-memory fakes the domain's tests use, so the fakes behave like adapters. */
class InMemoryContractsTest {

    @Nested
    class Photos extends PhotoStoreContract {
        @Override
        protected PhotoStore newStore() {
            return new InMemoryPhotoStore(Clock.systemUTC());
        }
    }

    @Nested
    class Feeds extends FeedSubscriptionsContract {
        @Override
        protected org.photodesk.core.feed.FeedSubscriptions newSubscriptions() {
            return new InMemoryFeedSubscriptions();
        }
    }

    @Nested
    class Templates extends TemplateStoreContract {
        @Override
        protected org.photodesk.core.template.TemplateStore newStore() {
            return new org.photodesk.core.testing.InMemoryTemplateStore();
        }
    }

    @Nested
    class Blobs extends BlobStoreContract {
        @Override
        protected BlobStore newBlobStore() {
            return new InMemoryBlobStore();
        }

        @Override
        protected void damage(String sha256) {
            ((InMemoryBlobStore) blobs).damage(sha256);
        }

        @Override
        protected void lose(String sha256) {
            ((InMemoryBlobStore) blobs).lose(sha256);
        }
    }

    @Nested
    class Galleries extends GalleryRepositoryContract {
        @Override
        protected GalleryRepository newRepository() {
            return new InMemoryGalleryRepository();
        }
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return new InMemoryEventStore();
        }
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected AccountStore newStore() {
            return new InMemoryAccountStore();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected AuditLog newLog(Clock clock) {
            return new InMemoryAuditLog(clock);
        }
    }

    @Nested
    class Site extends PublishedSiteContract {
        @Override
        protected PublishedSite newSite() {
            return new InMemorySite();
        }
    }

    @Nested
    class Changes extends StoreChangesContract {
        @Override
        protected PhotoStore newStore() {
            return new InMemoryPhotoStore(Clock.systemUTC());
        }

        @Override
        protected PhotoStore otherView(PhotoStore store) {
            return store;
        }

        @Override
        protected StoreChanges changesOf(PhotoStore store) {
            return StoreChanges.polling(Duration.ofMillis(200));
        }
    }

    @Nested
    class InProcess extends LocksContract {
        private final InProcessLocks shared = new InProcessLocks();

        @Override
        protected Locks newLocks() {
            return shared;
        }
    }

    /** The fake matches every photo in id order and counts no facets: the query cases are skipped for it. */
    @Nested
    class Search extends SearchIndexContract {
        private InMemorySearchIndex opened;

        @Override
        protected SearchIndex openIndex() {
            opened = opened == null ? new InMemorySearchIndex() : opened;
            return opened;
        }

        @Override
        protected boolean searchesQueries() {
            return false;
        }
    }
}
