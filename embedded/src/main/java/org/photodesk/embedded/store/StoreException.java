package org.photodesk.embedded.store;

/** A failure of the embedded store's database that callers can only report: the disk, the file, or its schema. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
