package org.photodesk.core.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feed item's values as raw tags, by the feed's own field names ({@code guid}, {@code headline},
 * {@code description}, ...), for a photo's {@link org.photodesk.core.photo.RawMetadata#feed()}: what the agency's feed
 * said, kept apart from the file's own tags and from the merged metadata the desk works with.
 */
final class FeedTags {

    private FeedTags() {}

    static Map<String, List<String>> of(FeedItem item) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        put(tags, "format", item.format().name());
        item.findId().ifPresent(id -> {
            put(tags, "guid", id.guid());
            put(tags, "version", id.version());
        });
        put(tags, "type", item.type());
        put(tags, "pubStatus", item.pubStatus().name().toLowerCase(java.util.Locale.ROOT));
        put(tags, "signal", item.signals().stream().map(s -> s.code() + (s.text() == null ? "" : " " + s.text()))
                .toList());
        put(tags, "versionCreated", item.dates().versionCreated());
        put(tags, "firstCreated", item.dates().firstCreated());
        put(tags, "contentCreated", item.dates().created() == null ? null : item.dates().created().iso());
        put(tags, "embargoed", item.embargoedUntil());
        put(tags, "headline", item.headline());
        put(tags, "description", item.description());
        put(tags, "byline", item.bylines());
        put(tags, "creditline", item.credit());
        put(tags, "source", item.source());
        put(tags, "copyrightNotice", item.copyright());
        put(tags, "usageTerms", item.usageTerms());
        put(tags, "edNote", item.edNote());
        put(tags, "title", item.title());
        put(tags, "located", located(item.located()));
        put(tags, "keyword", item.keywords());
        put(tags, "subject", item.subjects().stream()
                .map(s -> s.name() == null ? s.code() : s.code() == null ? s.name() : s.name() + " (" + s.code() + ")")
                .filter(Objects::nonNull).toList());
        put(tags, "person", item.people());
        item.findMainRendition().ifPresent(r -> put(tags, "rendition", r.rendition() == null ? r.href()
                : r.rendition() + " " + r.href()));
        return tags;
    }

    private static String located(Located l) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {l.name(), l.city(), l.region(), l.country(), l.countryCode()}) {
            if (p != null && !parts.contains(p)) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void put(Map<String, List<String>> tags, String key, Object value) {
        if (value != null) {
            tags.put(key, List.of(value.toString()));
        }
    }

    private static void put(Map<String, List<String>> tags, String key, List<String> values) {
        if (!values.isEmpty()) {
            tags.put(key, List.copyOf(values));
        }
    }
}
