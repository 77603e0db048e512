package org.photodesk.embedded.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.DocumentOrder;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.provenance.DigitalSourceType;
import org.photodesk.core.search.ExactValues;
import org.photodesk.core.search.Query;

/**
 * The shape of a photo's Lucene document: field names, the analyzer, and how a {@link Photo} becomes a document.
 *
 * <p>Every text field goes into a field of its own and into {@link #ALL}; the filters that span several metadata
 * fields ({@code in:}, {@code country:}) get one combined field each, so that a filter is always one Lucene field.
 */
final class IndexSchema {

    /** Written into the commit user data; an index with another version is rebuilt from the store. */
    static final String VERSION = "4";

    static final String ID = "id";
    static final String ID_VALUE = "idValue";
    /**
     * The state of the photo the document holds ({@link DocumentOrder}), so that an older state never replaces it;
     * documents written before it had this field have none and are replaced by any state.
     */
    static final String STATE = "photoState";
    static final String ALL = "all";
    static final String TAKEN_DAY = "takenDay";
    static final String TAKEN_SORT = "takenSort";
    static final String INGESTED_SORT = "ingestedSort";
    /** {@code killed} on a killed photo's document, absent on the others: default searches leave killed photos out. */
    static final String STATUS = "status";
    static final String KILLED = "killed";

    static final String FACET_AGENCY = "agency";
    static final String FACET_BYLINE = "byline";
    static final String FACET_CITY = "city";
    static final String FACET_PERSON = "person";
    static final String FACET_DATE = "date";
    static final String FACET_C2PA = "c2pa";
    static final String FACET_EVENT = "event";
    static final String FACET_RATING = "rating";
    static final String FACET_LABEL = "label";
    static final List<String> FACETS = List.of(FACET_AGENCY, FACET_BYLINE, FACET_CITY, FACET_PERSON, FACET_DATE,
            FACET_C2PA, FACET_EVENT, FACET_RATING, FACET_LABEL);

    /** The desk's rating, 0 to 5 stars (a point, for {@code rating:}). */
    static final String RATING = "rating";
    /** The desk's labels as exact terms (stripped, lower case), for {@code label:} and {@code tagged:}. */
    static final String LABEL = "label";

    /** Exact-value fields: the provenance words of {@code c2pa:} and the Job Id of {@code assignment:}. */
    static final String C2PA = "c2pa";
    static final String ASSIGNMENT = "assignment";
    /** The perceptual hash (doc values) and its four 16-bit quarters as exact terms, for near-duplicate search. */
    static final String PERCEPTUAL_HASH = "perceptualHash";
    static final String PERCEPTUAL_HASH_QUARTER = "phash";

    /** Longest facet value kept; longer values are cut (doc values terms are limited to 32 KB). */
    private static final int MAX_FACET_LENGTH = 200;

    private final FacetsConfig facetsConfig = new FacetsConfig();

    IndexSchema() {
        facetsConfig.setMultiValued(FACET_BYLINE, true);
        facetsConfig.setMultiValued(FACET_PERSON, true);
        facetsConfig.setMultiValued(FACET_C2PA, true);
        facetsConfig.setMultiValued(FACET_LABEL, true);
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /**
     * Standard tokenizer, lower case, then ASCII folding, so that {@code angele} finds {@code Angèle} and back; a
     * gap of 100 positions between the values of a multi-valued field keeps phrases inside one value.
     */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    /** The Lucene field a query field searches. */
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
            case C2PA -> C2PA;
            case ASSIGNMENT -> ASSIGNMENT;
        };
    }

    /** Whether a query field matches its value whole (one exact term) rather than as analysed words. */
    static boolean exact(Query.Field field) {
        return field == Query.Field.C2PA || field == Query.Field.ASSIGNMENT;
    }

    /** The term an exact field's value is kept and searched as: stripped, lower case. */
    static String exactTerm(String value) {
        return ExactValues.term(value);
    }

    /** The term every killed photo's document has. */
    static Term killedTerm() {
        return new Term(STATUS, KILLED);
    }

    static Term idTerm(long photoId) {
        return new Term(ID, Long.toString(photoId));
    }

    /** The document for {@code photo}. */
    Document document(Photo photo) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(photo.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_VALUE, photo.id()));
        doc.add(new NumericDocValuesField(STATE, DocumentOrder.of(photo)));
        if (photo.killed()) {
            doc.add(new StringField(STATUS, KILLED, Field.Store.NO));
        }
        addText(doc, photo);
        addDates(doc, photo);
        addFacets(doc, photo);
        addProvenance(doc, photo);
        addPerceptualHash(doc, photo);
        addDeskMarks(doc, photo);
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addText(Document doc, Photo photo) {
        PhotoMetadata m = photo.metadata();
        text(doc, "caption", m.caption());
        text(doc, "headline", m.headline());
        text(doc, "title", m.title());
        text(doc, "byline", m.byline());
        text(doc, "credit", m.credit());
        text(doc, "source", m.source());
        text(doc, "copyright", m.copyright());
        text(doc, "city", m.city());
        text(doc, "sublocation", m.sublocation());
        text(doc, "state", m.state());
        text(doc, "country", m.country(), m.countryCode());
        text(doc, "locationsShown", m.locationsShown());
        text(doc, "keyword", m.keywords());
        text(doc, "person", m.people());
        text(doc, "event", m.event());
        text(doc, "instructions", m.instructions());
        text(doc, "altText", m.altText());
        text(doc, "fileName", photo.fileName());
        text(doc, "agency", photo.agency());
        text(doc, "in", Stream.concat(Stream.of(m.city(), m.sublocation(), m.state(), m.country(), m.countryCode()),
                m.locationsShown().stream()).toList());
    }

    private static void text(Document doc, String name, String... values) {
        text(doc, name, Arrays.asList(values));
    }

    /** Adds each value to {@code name} and, unless {@code name} is a combined field, to {@link #ALL}. */
    private static void text(Document doc, String name, List<String> values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                doc.add(new TextField(name, value, Field.Store.NO));
                if (!name.equals("in")) {
                    doc.add(new TextField(ALL, value, Field.Store.NO));
                }
            }
        }
    }

    private static void addDates(Document doc, Photo photo) {
        DateCreated taken = photo.metadata().dateCreated();
        if (taken != null) {
            doc.add(new IntPoint(TAKEN_DAY, Math.toIntExact(taken.date().toEpochDay())));
            doc.add(new NumericDocValuesField(TAKEN_SORT, takenSortKey(taken)));
        }
        if (photo.ingestedAt() != null) {
            doc.add(new NumericDocValuesField(INGESTED_SORT, photo.ingestedAt().toEpochMilli()));
        }
    }

    /** Seconds since the epoch: the instant when the offset is known, else the local time read as UTC. */
    static long takenSortKey(DateCreated taken) {
        return taken.offsetDateTime()
                .map(OffsetDateTime::toEpochSecond)
                .orElseGet(() -> taken.date().atTime(Objects.requireNonNullElse(taken.time(), LocalTime.MIDNIGHT))
                        .toEpochSecond(ZoneOffset.UTC));
    }

    private static void addFacets(Document doc, Photo photo) {
        PhotoMetadata m = photo.metadata();
        facet(doc, FACET_AGENCY, photo.agency());
        m.byline().forEach(b -> facet(doc, FACET_BYLINE, b));
        facet(doc, FACET_CITY, m.city());
        facet(doc, FACET_EVENT, m.event());
        m.people().forEach(p -> facet(doc, FACET_PERSON, p));
        if (m.dateCreated() != null) {
            facet(doc, FACET_DATE, m.dateCreated().date().toString());
        }
    }

    /** The words {@code c2pa:} finds a photo by: its credentials' state, and {@code ai} when declared generated. */
    static List<String> provenanceWords(Photo photo) {
        return ExactValues.provenanceWords(photo);
    }

    private static void addProvenance(Document doc, Photo photo) {
        for (String word : provenanceWords(photo)) {
            doc.add(new StringField(C2PA, word, Field.Store.NO));
            facet(doc, FACET_C2PA, word);
        }
        String job = photo.metadata().transmissionReference();
        if (job != null && !job.isBlank()) {
            doc.add(new StringField(ASSIGNMENT, exactTerm(job), Field.Store.NO));
        }
    }

    /** The rating (every document, 0 when unrated) and the labels, searched and counted as facets. */
    private static void addDeskMarks(Document doc, Photo photo) {
        doc.add(new IntPoint(RATING, photo.rating()));
        facet(doc, FACET_RATING, Integer.toString(photo.rating()));
        photo.labels().stream().map(IndexSchema::exactTerm).filter(l -> !l.isEmpty()).distinct().forEach(l -> {
            doc.add(new StringField(LABEL, l, Field.Store.NO));
            facet(doc, FACET_LABEL, l);
        });
    }

    private static void addPerceptualHash(Document doc, Photo photo) {
        Long hash = photo.perceptualHash();
        if (hash == null) {
            return;
        }
        doc.add(new NumericDocValuesField(PERCEPTUAL_HASH, hash));
        for (int q = 0; q < 4; q++) {
            doc.add(new StringField(PERCEPTUAL_HASH_QUARTER + q,
                    String.format(java.util.Locale.ROOT, "%04x", (hash >>> (16 * q)) & 0xFFFF), Field.Store.NO));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        String label = facetLabel(value);
        if (!label.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(dim, label));
        }
    }

    /** The value as shown: trimmed, control characters (which the facet encoding reserves) made spaces, cut short. */
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
