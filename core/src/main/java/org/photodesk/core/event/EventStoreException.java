package org.photodesk.core.event;

/** The article and event tables could not be read or written; the message names the operation and the cause. */
public final class EventStoreException extends RuntimeException {

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
