package org.photodesk.core.library;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a library lives, as the user gives it: the data folder of the embedded default, or the addresses of shared
 * backends (a store, an index and a blob storage URL) that override it.
 *
 * @param dataDir the data folder (always set: the embedded default, and where local state such as locks lives)
 * @param store the store's URL such as {@code postgresql://host/db}, or null for the embedded store
 * @param index the index's URL such as {@code http://host:9200/photos}, or null for the embedded index
 * @param blobs the blob storage's URL such as {@code s3://bucket/prefix}, or null for the embedded folder
 */
public record LibraryAddress(Path dataDir, String store, String index, String blobs) {

    public LibraryAddress {
        Objects.requireNonNull(dataDir, "dataDir");
        store = blankToNull(store);
        index = blankToNull(index);
        blobs = blankToNull(blobs);
    }

    /** The embedded library in {@code dataDir}. */
    public static LibraryAddress embedded(Path dataDir) {
        return new LibraryAddress(dataDir, null, null, null);
    }

    /** Whether no shared backend is named: everything is in the data folder. */
    public boolean isEmbedded() {
        return store == null && index == null && blobs == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
