/**
 * The JDK HttpClient adapters of the feed package: {@link org.photodesk.core.feed.http.JdkFeedFetcher} (the poller's
 * conditional GET) and {@link org.photodesk.core.feed.http.UrlFetcher} (one picture for {@code photodesk ingest
 * https://...}, with size and time limits, redirects checked hop by hop and private addresses refused by
 * {@link org.photodesk.core.feed.http.AddressPolicy} unless allowed). Kept apart from the domain so that they can
 * move to an adapter module.
 */
package org.photodesk.core.feed.http;
