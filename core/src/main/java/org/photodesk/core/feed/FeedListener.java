package org.photodesk.core.feed;

/** Receives each new or changed agency item a {@link FeedPoller} finds, with what the re-send rule decided for it. */
@FunctionalInterface
public interface FeedListener {

    /**
     * Handles one item ({@link Resend.SameOrOlder} items are never passed on). An exception makes the poll count as
     * failed: the item is offered again at the next poll.
     */
    void onItem(FeedSubscription feed, FeedItem item, Resend decision);
}
