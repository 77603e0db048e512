package org.photodesk.scale.postgres;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.contract.AccountStoreContract;
import org.photodesk.core.contract.AuditLogContract;
import org.photodesk.core.contract.EventStoreContract;
import org.photodesk.core.contract.GalleryRepositoryContract;
import org.photodesk.core.contract.LocksContract;
import org.photodesk.core.contract.PhotoStoreContract;
import org.photodesk.core.contract.StoreChangesContract;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.ScaleServers;

/** The port contracts of core, run against the PostgreSQL adapters on a real server, a fresh schema each. */
@ExtendWith(ScaleServers.class)
class PostgresContractsTest {

    private LocalPostgres server;
    private PostgresAddress schema;
    private final List<PgDatabase> opened = new ArrayList<>();

    @BeforeEach
    void schema(LocalPostgres server) {
        this.server = server;
        this.schema = server.freshSchema();
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(PgDatabase::close);
    }

    /** A new pool on this test's schema (another process's view of the same library). */
    private PgDatabase db() {
        PgDatabase db = PgDatabase.open(schema, 4);
        opened.add(db);
        return db;
    }

    @Nested
    class Photos extends PhotoStoreContract {
        @Override
        protected PhotoStore newStore() {
            return new PgPhotoStore(db(), CLOCK);
        }
    }

    @Nested
    class Changes extends StoreChangesContract {
        @Override
        protected PhotoStore newStore() {
            return new PgPhotoStore(db(), Clock.systemUTC());
        }

        @Override
        protected PhotoStore otherView(PhotoStore store) {
            return new PgPhotoStore(db(), Clock.systemUTC());
        }

        @Override
        protected StoreChanges changesOf(PhotoStore store) {
            return new PgStoreChanges(opened.getFirst());
        }
    }

    @Nested
    class Galleries extends GalleryRepositoryContract {
        @Override
        protected GalleryRepository newRepository() {
            return new PgGalleryRepository(db());
        }
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return new PgEventStore(db());
        }
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected AccountStore newStore() {
            return new PgAccountStore(db());
        }
    }

    @Nested
    class Templates extends org.photodesk.core.contract.TemplateStoreContract {
        @Override
        protected org.photodesk.core.template.TemplateStore newStore() {
            return new PgTemplateStore(db(), Clock.systemUTC());
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected AuditLog newLog(Clock clock) {
            return new PgAuditLog(db(), clock);
        }
    }

    @Nested
    class Feeds extends org.photodesk.core.contract.FeedSubscriptionsContract {
        @Override
        protected org.photodesk.core.feed.FeedSubscriptions newSubscriptions() {
            return new PgFeedSubscriptions(db(), Clock.systemUTC());
        }
    }

    @Nested
    class FeedsUnpooled extends org.photodesk.core.contract.FeedSubscriptionsContract {
        @Override
        protected org.photodesk.core.feed.FeedSubscriptions newSubscriptions() {
            return PgFeedSubscriptions.unpooled(schema, Clock.systemUTC());
        }
    }

    @Nested
    class AdvisoryLocks extends LocksContract {
        @Override
        protected Locks newLocks() {
            return new PgLocks(db());
        }
    }
}
