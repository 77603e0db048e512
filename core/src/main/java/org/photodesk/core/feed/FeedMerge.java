package org.photodesk.core.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Merges a feed item into the metadata embedded in its picture: the feed wins wherever it speaks, the embedded
 * values stay wherever it is silent. The agency's feed is its latest word (a correction reaches the feed before, or
 * instead of, a re-sent file), while the file may carry fields the feed leaves out.
 *
 * <p>Mapping (IPTC NewsML-G2 Guidelines, "Mapping Embedded Photo Metadata"): headline, description as caption,
 * bylines, credit line, source, copyright notice, usage terms, the editorial note as Instructions, title, content
 * created as Date Created, keywords, people shown, and the located place; an embargo goes to the Instructions.
 * The place moves as one unit (city, region, country, code) so that a feed's "Rotterdam, Netherlands" never sits
 * beside an embedded "Germany". The transmission reference (IPTC 2:103, "Job Id") is never taken from a feed: it
 * is not an identity.
 */
public final class FeedMerge {

    private FeedMerge() {}

    /** The merged metadata of a picture whose own metadata is {@code embedded} and whose feed item is {@code feed}. */
    public static MergedMetadata merge(PhotoMetadata embedded, FeedItem feed) {
        PhotoMetadata own = embedded == null ? PhotoMetadata.EMPTY : embedded;
        PhotoMetadata.Builder b = own.toBuilder();
        List<String> fromFeed = new ArrayList<>();
        text("headline", feed.headline(), b::headline, fromFeed);
        text("caption", feed.description(), b::caption, fromFeed);
        list("byline", feed.bylines(), b::byline, fromFeed);
        text("credit", feed.credit(), b::credit, fromFeed);
        text("source", feed.source(), b::source, fromFeed);
        text("copyright", feed.copyright(), b::copyright, fromFeed);
        text("usageTerms", feed.usageTerms(), b::usageTerms, fromFeed);
        place(feed.located(), b, fromFeed);
        if (feed.dates().created() != null) {
            b.dateCreated(feed.dates().created());
            fromFeed.add("dateCreated");
        }
        list("keywords", feed.keywords(), b::keywords, fromFeed);
        text("instructions", instructions(feed), b::instructions, fromFeed);
        list("people", feed.people(), b::people, fromFeed);
        text("title", feed.title(), b::title, fromFeed);
        return new MergedMetadata(b.build(), own, feed, order(fromFeed));
    }

    /**
     * The editorial note, after the item's NewsML-G2 {@code embargoed} (ninjs {@code embargoedUntil}) written as
     * "EMBARGOED UNTIL 2026-03-15T05:00:00Z": the photo keeps it where the desk's rights rule reads embargoes, and
     * instructions are never published.
     */
    private static String instructions(FeedItem feed) {
        if (feed.embargoedUntil() == null) {
            return feed.edNote();
        }
        String embargo = "EMBARGOED UNTIL " + feed.embargoedUntil();
        return feed.edNote() == null ? embargo : embargo + ". " + feed.edNote();
    }

    private static void place(Located place, PhotoMetadata.Builder b, List<String> fromFeed) {
        String city = place.city();
        if (city == null && place.region() == null && place.country() == null) {
            city = place.name();
        }
        if (city == null && place.region() == null && place.country() == null && place.countryCode() == null) {
            return;
        }
        b.city(city).state(place.region()).country(place.country()).countryCode(place.countryCode());
        fromFeed.addAll(List.of("city", "state", "country", "countryCode"));
    }

    private static void text(String field, String value, Consumer<String> set, List<String> fromFeed) {
        if (value != null) {
            set.accept(value);
            fromFeed.add(field);
        }
    }

    private static void list(String field, List<String> values, Consumer<List<String>> set, List<String> fromFeed) {
        if (!values.isEmpty()) {
            set.accept(values);
            fromFeed.add(field);
        }
    }

    private static final List<String> COMPONENTS = java.util.Arrays
            .stream(PhotoMetadata.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
            .toList();

    private static List<String> order(List<String> fields) {
        return COMPONENTS.stream().filter(fields::contains).toList();
    }
}
