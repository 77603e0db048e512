package org.photodesk.scale.search;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.search.ExactValues;
import org.photodesk.core.search.Query;

/**
 * The shape of a photo's OpenSearch document, kept field for field like the embedded Lucene index's
 * ({@code embedded/search/IndexSchema}), so that both find, order and count the same photos: one text field per
 * metadata field, every text value also in {@link #ALL}, the combined {@code in} field, day and sort keys, and one
 * keyword field per facet. The index settings and mapping are in {@code index.json} beside this class.
 */
final class PhotoDocuments {

    /**
     * Kept in the metadata document; an index written with another version is replaced by an empty one on open. (5:
     * photo documents carry their state as an external version, which documents of version 4's counted writes would
     * refuse.)
     */
    static final String VERSION = "5";

    static final String ID = "id";
    /** {@code killed} on a killed photo's document, absent on a live one (as the Lucene index's status field). */
    static final String STATUS = "status";
    static final String KILLED = "killed";
    static final String ALL = "all";
    static final String TAKEN_DAY = "takenDay";
    static final String TAKEN_SORT = "takenSort";
    static final String INGESTED_SORT = "ingestedSort";

    /** The id of the one document that is not a photo: it records the store change and the schema version. */
    static final String META_ID = "meta";
    static final String META_STORE_CHANGE = "storeChange";
    static final String META_SCHEMA = "schema";

    /** The facets by name, as {@link org.photodesk.core.search.SearchResult} names them, in their order. */
    static final List<String> FACETS = List.of("agency", "byline", "city", "person", "date", "c2pa", "event",
            "rating", "label");
    /** The desk's rating, 0 to 5 stars (0 unrated), on every document. */
    static final String RATING = "rating";
    /** The desk's labels as exact terms (stripped, lower case), for {@code label:} and {@code tagged:}. */
    static final String LABEL = "label";

    /** Longest facet value kept, in code points, as the Lucene index keeps it. */
    private static final int MAX_FACET_LENGTH = 200;

    private PhotoDocuments() {}

    /** The keyword field that holds the values of facet {@code name}. */
    static String facetField(String name) {
        return "facet_" + name;
    }

    /** The text field a query field searches. */
    static String field(Query.Field field) {
        return switch (field) {
            case ANY -> ALL;
            case BY -> "byline";
            case CREDIT -> "credit";
            case AGENCY -> "agency";
            case PERSON -> "person";
            case CITY -> "city";
            case COUNTRY -> "country";
            case IN -> "in";
            case KEYWORD -> "keyword";
            case EVENT -> "event";
            case C2PA -> "c2pa";
            case ASSIGNMENT -> "assignment";
        };
    }

    /** The document for {@code photo}: field name to a value or a list of values, in a stable order. */
    static Map<String, Object> document(Photo photo) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put(ID, photo.id());
        addText(doc, photo);
        addDates(doc, photo);
        addFacets(doc, photo);
        addExact(doc, photo);
        addDeskMarks(doc, photo);
        return doc;
    }

    /** The metadata document that records {@code storeChange}. */
    static Map<String, Object> meta(long storeChange) {
        return Map.of(META_STORE_CHANGE, storeChange, META_SCHEMA, VERSION);
    }

    private static void addText(Map<String, Object> doc, Photo photo) {
        PhotoMetadata m = photo.metadata();
        var all = new ArrayList<String>();
        text(doc, all, "caption", m.caption());
        text(doc, all, "headline", m.headline());
        text(doc, all, "title", m.title());
        text(doc, all, "byline", m.byline());
        text(doc, all, "credit", m.credit());
        text(doc, all, "source", m.source());
        text(doc, all, "copyright", m.copyright());
        text(doc, all, "city", m.city());
        text(doc, all, "sublocation", m.sublocation());
        text(doc, all, "state", m.state());
        text(doc, all, "country", m.country(), m.countryCode());
        text(doc, all, "locationsShown", m.locationsShown());
        text(doc, all, "keyword", m.keywords());
        text(doc, all, "person", m.people());
        text(doc, all, "event", m.event());
        text(doc, all, "instructions", m.instructions());
        text(doc, all, "altText", m.altText());
        text(doc, all, "fileName", photo.fileName());
        text(doc, all, "agency", photo.agency());
        text(doc, null, "in", Stream.concat(Stream.of(m.city(), m.sublocation(), m.state(), m.country(),
                m.countryCode()), m.locationsShown().stream()).toList());
        if (!all.isEmpty()) {
            doc.put(ALL, all);
        }
    }

    private static void text(Map<String, Object> doc, List<String> all, String name, String... values) {
        text(doc, all, name, Arrays.asList(values));
    }

    /** Puts the non-blank values under {@code name} and, unless {@code all} is null, adds them to it. */
    private static void text(Map<String, Object> doc, List<String> all, String name, List<String> values) {
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (!kept.isEmpty()) {
            doc.put(name, kept);
            if (all != null) {
                all.addAll(kept);
            }
        }
    }

    private static void addDates(Map<String, Object> doc, Photo photo) {
        DateCreated taken = photo.metadata().dateCreated();
        if (taken != null) {
            doc.put(TAKEN_DAY, Math.toIntExact(taken.date().toEpochDay()));
            doc.put(TAKEN_SORT, takenSortKey(taken));
        }
        if (photo.ingestedAt() != null) {
            doc.put(INGESTED_SORT, photo.ingestedAt().toEpochMilli());
        }
    }

    /** Seconds since the epoch: the instant when the offset is known, else the local time read as UTC. */
    static long takenSortKey(DateCreated taken) {
        return taken.offsetDateTime()
                .map(OffsetDateTime::toEpochSecond)
                .orElseGet(() -> taken.date().atTime(Objects.requireNonNullElse(taken.time(), LocalTime.MIDNIGHT))
                        .toEpochSecond(ZoneOffset.UTC));
    }

    private static void addFacets(Map<String, Object> doc, Photo photo) {
        PhotoMetadata m = photo.metadata();
        facet(doc, "agency", List.of(Objects.requireNonNullElse(photo.agency(), "")));
        facet(doc, "byline", m.byline());
        facet(doc, "city", List.of(Objects.requireNonNullElse(m.city(), "")));
        facet(doc, "person", m.people());
        facet(doc, "event", List.of(Objects.requireNonNullElse(m.event(), "")));
        if (m.dateCreated() != null) {
            facet(doc, "date", List.of(m.dateCreated().date().toString()));
        }
    }

    /** The whole values of {@code c2pa:} and {@code assignment:} (see {@link ExactValues}). */
    private static void addExact(Map<String, Object> doc, Photo photo) {
        List<String> words = ExactValues.provenanceWords(photo);
        doc.put("c2pa", words);
        facet(doc, "c2pa", words);
        if (photo.killed()) {
            doc.put(STATUS, KILLED);
        }
        String job = photo.metadata().transmissionReference();
        if (job != null && !job.isBlank()) {
            doc.put("assignment", ExactValues.term(job));
        }
    }

    /** The rating (every document) and the labels, searched and counted as facets, as the Lucene index keeps them. */
    private static void addDeskMarks(Map<String, Object> doc, Photo photo) {
        doc.put(RATING, photo.rating());
        facet(doc, "rating", List.of(Integer.toString(photo.rating())));
        List<String> labels = photo.labels().stream().map(ExactValues::term).filter(l -> !l.isEmpty()).distinct()
                .toList();
        if (!labels.isEmpty()) {
            doc.put(LABEL, labels);
            facet(doc, "label", labels);
        }
    }

    private static void facet(Map<String, Object> doc, String name, List<String> values) {
        List<String> labels = values.stream().map(PhotoDocuments::facetLabel).filter(l -> !l.isEmpty()).toList();
        if (!labels.isEmpty()) {
            doc.put(facetField(name), labels);
        }
    }

    /** The value as shown: trimmed, control characters made spaces, cut short (as the Lucene index shows it). */
    static String facetLabel(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .limit(MAX_FACET_LENGTH)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.strip();
    }
}
