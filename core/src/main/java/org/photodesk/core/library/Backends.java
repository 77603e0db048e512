package org.photodesk.core.library;

/**
 * The port that opens the library on one set of backends: the embedded default (SQLite, Lucene and a folder under
 * one data folder) or shared servers. The composition root picks the implementation from the command line; the rest
 * of Photodesk only sees the {@link Library} it opens.
 */
public interface Backends {

    /**
     * Opens the library, creating it when new: the index is checked against the store and repaired when a crash
     * left them apart. When another process holds the index (see {@link IndexOwnership}), the library opens
     * store-only instead of failing.
     */
    Library open(LibraryOptions options);

    /**
     * Opens an existing library to read it, writing nothing to it (so it opens on a read-only folder or a full
     * disk): no creation, no migration, no clean-up; writes through its ports fail. A search index found behind the
     * store is brought up to date when this process can write it, else searched as it is. Backends whose opening
     * writes nothing anyway may keep this default.
     *
     * @throws LibraryNotFoundException when there is no library there
     */
    default Library openReadOnly(LibraryOptions options) {
        if (!exists()) {
            throw new LibraryNotFoundException(describe());
        }
        return open(options);
    }

    /**
     * Backups of the library there: a consistent copy taken while it runs, and a new library from one; empty for
     * backends that leave backups to their servers' own tools.
     */
    default java.util.Optional<LibraryBackup> backups() {
        return java.util.Optional.empty();
    }

    /**
     * The library's agency feed subscriptions (opened, and migrated, on each call; call it after {@link #open});
     * empty for backends that do not keep them yet.
     */
    default java.util.Optional<org.photodesk.core.feed.FeedSubscriptions> feedSubscriptions() {
        return java.util.Optional.empty();
    }

    /** Whether a library exists there already (opening creates one). */
    boolean exists();

    /** Where the library lives, for messages: a data folder, or the backends' addresses without credentials. */
    String describe();

    /**
     * Opens the store for {@code photodesk migrate} to copy another library into, ids and times kept (see
     * {@link LibraryRestore}); empty when these backends take no copies (the embedded default, which is what is
     * copied from).
     */
    default java.util.Optional<LibraryRestore> openRestore() {
        return java.util.Optional.empty();
    }
}
