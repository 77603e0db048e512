package org.photodesk.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.AccountStore;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.contract.AccountStoreContract;
import org.photodesk.core.contract.AuditLogContract;
import org.photodesk.core.contract.BlobStoreContract;
import org.photodesk.core.contract.EventStoreContract;
import org.photodesk.core.contract.GalleryRepositoryContract;
import org.photodesk.core.contract.LocksContract;
import org.photodesk.core.contract.PhotoStoreContract;
import org.photodesk.core.contract.PublishedSiteContract;
import org.photodesk.core.contract.SearchIndexContract;
import org.photodesk.core.contract.StoreChangesContract;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.StoreChanges;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.embedded.account.SqliteAccountStore;
import org.photodesk.embedded.account.SqliteAuditLog;
import org.photodesk.embedded.account.SqliteDeskDatabase;
import org.photodesk.embedded.event.SqliteEventStore;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.embedded.lock.FileLocks;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.embedded.store.SqlitePhotoStore;

/** The port contracts of core, run against the embedded adapters on a fresh data folder each. */
class EmbeddedContractsTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(EmbeddedBackends.DB_FILE);
    }

    @Nested
    class Photos extends PhotoStoreContract {
        @Override
        protected PhotoStore newStore() {
            return new SqlitePhotoStore(db(), CLOCK);
        }
    }

    @Nested
    class Blobs extends BlobStoreContract {
        @Override
        protected BlobStore newBlobStore() {
            return new FileBlobStore(dir.resolve("blobs"));
        }

        @Override
        protected void damage(String sha256) throws IOException {
            Path file = blobFile(sha256);
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x10;
            java.nio.file.Files.write(file, bytes);
        }

        @Override
        protected void lose(String sha256) throws IOException {
            java.nio.file.Files.delete(blobFile(sha256));
        }

        private Path blobFile(String sha256) {
            return dir.resolve("blobs").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        }
    }

    @Nested
    class Galleries extends GalleryRepositoryContract {
        @Override
        protected GalleryRepository newRepository() {
            return SqliteGalleryRepository.openMigrated(db());
        }
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected EventStore newStore() {
            return SqliteEventStore.openMigrated(db());
        }
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected AccountStore newStore() {
            return new SqliteAccountStore(SqliteDeskDatabase.open(db()));
        }
    }

    @Nested
    class Feeds extends org.photodesk.core.contract.FeedSubscriptionsContract {
        @Override
        protected org.photodesk.core.feed.FeedSubscriptions newSubscriptions() {
            return new org.photodesk.embedded.feed.SqliteFeedSubscriptions(SqliteDeskDatabase.open(db()),
                    Clock.systemUTC());
        }
    }

    @Nested
    class Templates extends org.photodesk.core.contract.TemplateStoreContract {
        @Override
        protected org.photodesk.core.template.TemplateStore newStore() {
            return new org.photodesk.embedded.template.SqliteTemplateStore(SqliteDeskDatabase.open(db()),
                    Clock.systemUTC());
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected AuditLog newLog(Clock clock) {
            return new SqliteAuditLog(SqliteDeskDatabase.open(db()), clock);
        }
    }

    @Nested
    class Site extends PublishedSiteContract {
        @Override
        protected PublishedSite newSite() throws IOException {
            return new FolderSite(dir.resolve("published"));
        }
    }

    @Nested
    class Changes extends StoreChangesContract {
        @Override
        protected PhotoStore newStore() {
            return new SqlitePhotoStore(db(), Clock.systemUTC());
        }

        @Override
        protected PhotoStore otherView(PhotoStore store) {
            return new SqlitePhotoStore(db(), Clock.systemUTC());
        }

        @Override
        protected StoreChanges changesOf(PhotoStore store) {
            return StoreChanges.polling(org.photodesk.core.library.Library.POLL);
        }
    }

    @Nested
    class Files extends LocksContract {
        @Override
        protected Locks newLocks() {
            return new FileLocks(dir.resolve("locks"));
        }
    }

    @Nested
    class Search extends SearchIndexContract {
        @Override
        protected SearchIndex openIndex() {
            return new LuceneSearchIndex(dir.resolve("index"));
        }
    }
}
