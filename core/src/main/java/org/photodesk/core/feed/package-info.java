/**
 * Agency feeds: NewsML-G2 and ninjs items read into typed {@link org.photodesk.core.feed.FeedItem}s, merged with a
 * picture's own metadata, ordered against what the library holds, and polled from HTTP(S) endpoints.
 *
 * <ul>
 *   <li>{@link org.photodesk.core.feed.FeedReader} sniffs bytes and reads them with
 *       {@link org.photodesk.core.feed.NewsMlReader} (newsItem, packageItem, newsMessage) or
 *       {@link org.photodesk.core.feed.NinjsReader} (ninjs 1.x, 2.x, 3.x). Readers never throw: problems are
 *       {@link org.photodesk.core.photo.Problem}s on the document or item. XML is read with StAX with DTDs refused
 *       (no external entities, no entity expansion), depth and element count bounded; JSON with Jackson's read
 *       constraints.</li>
 *   <li>{@link org.photodesk.core.feed.FeedMerge} applies a feed item to embedded metadata: the feed wins where it
 *       speaks; both sides are kept in {@link org.photodesk.core.feed.MergedMetadata}.</li>
 *   <li>{@link org.photodesk.core.feed.ResendRule} decides {@link org.photodesk.core.feed.Resend}: {@code New |
 *       NewerVersion | SameOrOlder | Kill | Correction}, by the agency's GUID and version only (IPTC 2:103, the Job
 *       Id, is shared by a whole assignment and is never an identity).</li>
 *   <li>{@link org.photodesk.core.feed.FeedPoller} polls {@link org.photodesk.core.feed.FeedSubscription}s through
 *       the {@link org.photodesk.core.feed.FeedFetcher} port with conditional requests and exponential back-off,
 *       remembering versions in an {@link org.photodesk.core.feed.ItemLedger}, and hands new and changed items to a
 *       {@link org.photodesk.core.feed.FeedListener}.</li>
 * </ul>
 *
 * <p>Decisions: signals a desk acts on are read from NewsML-G2 {@code signal} QCodes, from {@code pubStatus}
 * (canceled is a kill) and from the capitalised words agencies put in editorial notes ("CORRECTS ...", "REFILE",
 * "MANDATORY KILL"); ninjs has no signal property, so the last two are all it gives, plus a {@code signals} array
 * where an agency adds one. The HTTP adapters live in {@code org.photodesk.core.feed.http}, apart, so that they can
 * move to an adapter module.
 */
package org.photodesk.core.feed;
