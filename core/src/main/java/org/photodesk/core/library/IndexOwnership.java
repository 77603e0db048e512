package org.photodesk.core.library;

/** Who writes a library's search index, as seen by one process that opened it. */
public enum IndexOwnership {
    /** This process holds the index: it indexes and searches. */
    THIS_PROCESS,
    /**
     * Another process on this machine holds it (a running desk over the embedded index): this one stores photos
     * only, that process indexes them from the store's change log; searching here is refused with a message.
     */
    ANOTHER_PROCESS,
    /** A shared index server every process writes to and searches (the scale backends). */
    SHARED
}
