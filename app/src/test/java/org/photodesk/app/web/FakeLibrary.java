package org.photodesk.app.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;

/**
 * An in-memory library for the desk's tests until the real store, index and ingest are merged: a store with edits,
 * blobs, a naive index with facets, a small query parser and an ingestor that reads captions from a test format.
 */
final class FakeLibrary implements PhotoStore, PhotoEditing, BlobStore, SearchIndex, QueryParsing, Uploads {

    private final Map<Long, Photo> photos = new ConcurrentHashMap<>();
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final List<long[]> changes = new ArrayList<>();
    private final List<FieldEdit> edits = new ArrayList<>();
    private final Function<PhotoMetadata, List<Problem>> checks;
    private long nextId = 1;
    private long nextEdit = 1;
    private long indexed;

    FakeLibrary(Function<PhotoMetadata, List<Problem>> checks) {
        this.checks = checks;
    }

    /** The checks the fake runs: a grammar slip the real caption checks also find. */
    static List<Problem> checks(PhotoMetadata m) {
        var out = new ArrayList<Problem>();
        String c = m.caption() == null ? "" : m.caption();
        int i = c.indexOf("An artists");
        if (i >= 0) {
            out.add(new Problem("caption.agreement", "caption: 'An artists' mixes singular and plural: write 'Artists'.",
                    "caption", new Problem.Span(i, i + "An artists".length()), "Artists"));
        }
        return out;
    }

    /** Adds a photo with {@code metadata} and {@code bytes} as if ingested. */
    synchronized Photo add(String name, byte[] bytes, PhotoMetadata metadata, String agency) {
        String sha = Integer.toHexString(Arrays.hashCode(bytes)) + "-" + nextId;
        blobs.put(sha, bytes);
        Instant now = Instant.now();
        Photo p = new Photo(nextId++, sha, sha, name, "image/jpeg", 640, 480, metadata, metadata, agency, null,
                checks.apply(metadata), now, now, 1, 0, List.of());
        photos.put(p.id(), p);
        changes.add(new long[] {changes.size() + 1, p.id()});
        return p;
    }

    // ---- PhotoStore ----
    @Override public Optional<Photo> findById(long id) { return Optional.ofNullable(photos.get(id)); }
    @Override public Optional<Photo> findBySha256(String sha) { return photos.values().stream().filter(p -> p.sha256().equals(sha)).findFirst(); }
    @Override public Optional<Photo> findByTransmissionReference(String ref) { return Optional.empty(); }
    @Override public Optional<Photo> findByPixelHash(String hash) { return Optional.empty(); }
    @Override public Photo add(PhotoRecord record) { throw new UnsupportedOperationException("use add(name, bytes, metadata)"); }
    @Override public Photo replace(long id, PhotoRecord record) { throw new UnsupportedOperationException(); }
    @Override public List<PhotoVersion> history(long id) { return List.of(); }
    @Override public List<Photo> page(long afterId, int limit) {
        return photos.values().stream().filter(p -> p.id() > afterId).sorted(Comparator.comparingLong(Photo::id)).limit(limit).toList();
    }
    @Override public long count() { return photos.size(); }
    @Override public synchronized long lastChange() { return changes.size(); }
    @Override public synchronized List<Long> changedSince(long since) {
        var ids = new LinkedHashSet<Long>();
        changes.stream().filter(c -> c[0] > since).forEach(c -> ids.add(c[1]));
        return List.copyOf(ids);
    }
    @Override public void close() {}

    // ---- PhotoEditing ----
    @Override
    public synchronized Photo edit(long id, String field, String after, String user) {
        Photo p = photos.get(id);
        String before = Fields.value(p, field).orElse(null);
        var b = p.metadata().toBuilder();
        int rating = p.rating();
        List<String> labels = p.labels();
        List<String> list = after == null ? List.of() : Arrays.stream(after.split(";")).map(String::strip).toList();
        switch (field) {
            case "headline" -> b.headline(after);
            case "caption" -> b.caption(after);
            case "byline" -> b.byline(list);
            case "credit" -> b.credit(after);
            case "city" -> b.city(after);
            case "sublocation" -> b.sublocation(after);
            case "state" -> b.state(after);
            case "country" -> b.country(after);
            case "people" -> b.people(list);
            case "rating" -> rating = Integer.parseInt(after);
            case "labels" -> labels = after == null ? List.of() : Arrays.stream(after.split(",")).map(String::strip).toList();
            default -> throw new IllegalArgumentException(field);
        }
        PhotoMetadata m = b.build();
        Photo q = new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(), p.embedded(),
                m, p.agency(), p.raw(), checks.apply(m), p.ingestedAt(), Instant.now(), p.version() + 1, rating, labels);
        photos.put(id, q);
        edits.add(new FieldEdit(nextEdit++, id, field, before, after, user, Instant.now()));
        changes.add(new long[] {changes.size() + 1, id});
        return q;
    }

    @Override
    public synchronized List<FieldEdit> edits(long id) {
        return edits.stream().filter(e -> e.photoId() == id).toList();
    }

    // ---- BlobStore ----
    @Override public void put(String sha, byte[] bytes) { blobs.put(sha, bytes); }
    @Override public boolean contains(String sha) { return blobs.containsKey(sha); }
    @Override public InputStream open(String sha) throws IOException {
        byte[] b = blobs.get(sha);
        if (b == null) {
            throw new IOException("no blob " + sha);
        }
        return new ByteArrayInputStream(b);
    }
    @Override public Optional<Path> localPath(String sha) { return Optional.empty(); }

    // ---- SearchIndex: searches the store directly ----
    @Override public void index(Photo photo) {}
    @Override public void delete(long photoId) {}
    @Override public void clear() {}
    @Override public synchronized void commit(long storeChange) { indexed = storeChange; }
    @Override public synchronized long lastStoreChange() { return indexed; }

    @Override
    public SearchResult search(SearchRequest request) {
        List<Photo> hits = photos.values().stream().filter(p -> matches(request.query(), p))
                .sorted(Comparator.comparingLong(Photo::id).reversed()).toList();
        Map<String, SequencedMap<String, Long>> facets = new LinkedHashMap<>();
        facets.put("agency", count(hits, p -> p.agency() == null ? List.of() : List.of(p.agency())));
        facets.put("byline", count(hits, p -> p.metadata().byline()));
        facets.put("person", count(hits, p -> p.metadata().people()));
        facets.put("city", count(hits, p -> p.metadata().city() == null ? List.of() : List.of(p.metadata().city())));
        facets.put("date", count(hits, p -> p.metadata().dateCreated() == null ? List.of() : List.of(p.metadata().dateCreated().date().toString())));
        List<Long> ids = hits.stream().skip(request.offset()).limit(request.limit()).map(Photo::id).toList();
        return new SearchResult(hits.size(), ids, facets);
    }

    private static SequencedMap<String, Long> count(List<Photo> hits, Function<Photo, List<String>> values) {
        var counts = new LinkedHashMap<String, Long>();
        hits.forEach(p -> values.apply(p).forEach(v -> counts.merge(v, 1L, Long::sum)));
        var sorted = new LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static boolean matches(Query q, Photo p) {
        var m = p.metadata();
        return switch (q) {
            case Query.All a -> true;
            case Query.And and -> and.clauses().stream().allMatch(c -> matches(c, p));
            case Query.Not not -> !matches(not.query(), p);
            case Query.Taken t -> m.dateCreated() != null && (t.from() == null || !m.dateCreated().date().isBefore(t.from()))
                    && (t.to() == null || !m.dateCreated().date().isAfter(t.to()));
            case Query.Words w -> Arrays.stream(w.text().split("\\s+")).allMatch(word -> text(w.field(), p).contains(word.toLowerCase(Locale.ROOT)));
            case Query.Phrase ph -> text(ph.field(), p).contains(ph.text().toLowerCase(Locale.ROOT));
        };
    }

    private static String text(Query.Field f, Photo p) {
        var m = p.metadata();
        String s = switch (f) {
            case BY -> String.join(" ", m.byline());
            case CREDIT -> m.credit();
            case AGENCY -> p.agency();
            case PERSON -> String.join(" ", m.people());
            case CITY -> m.city();
            case COUNTRY -> m.country();
            case EVENT -> m.event();
            case KEYWORD -> String.join(" ", m.keywords());
            case IN -> m.city() + " " + m.country() + " " + m.sublocation();
            case ANY -> m.caption() + " " + m.headline() + " " + String.join(" ", m.byline()) + " " + m.credit() + " " + m.city();
        };
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    // ---- QueryParsing: words, "phrases", -negation and field:value ----
    @Override
    public Query parse(String text) {
        var clauses = new ArrayList<Query>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean not = text.charAt(i) == '-';
            int start = not ? i + 1 : i;
            Query.Field field = Query.Field.ANY;
            int colon = text.indexOf(':', start);
            int space = text.indexOf(' ', start);
            if (colon > start && (space < 0 || colon < space)) {
                String prefix = text.substring(start, colon);
                int at = start;
                field = Arrays.stream(Query.Field.values()).filter(f -> f.prefix().equals(prefix)).findFirst()
                        .orElseThrow(() -> new QuerySyntaxException(text, at, "unknown field '" + prefix + "': use by:, agency:, person:, city: or in:"));
                start = colon + 1;
            }
            Query clause;
            if (start < text.length() && text.charAt(start) == '"') {
                int end = text.indexOf('"', start + 1);
                if (end < 0) {
                    throw new QuerySyntaxException(text, start, "the quote is never closed: add a \" after the phrase");
                }
                clause = new Query.Phrase(field, text.substring(start + 1, end));
                i = end + 1;
            } else {
                int end = text.indexOf(' ', start);
                end = end < 0 ? text.length() : end;
                clause = new Query.Words(field, text.substring(start, end));
                i = end;
            }
            clauses.add(not ? new Query.Not(clause) : clause);
        }
        return clauses.isEmpty() ? new Query.All() : clauses.size() == 1 ? clauses.getFirst() : new Query.And(clauses);
    }

    // ---- Uploads: the caption is the text after "CAPTION:" in the bytes, for tests ----
    @Override
    public IngestOutcome ingest(String name, byte[] bytes) {
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("CAPTION:");
        if (at < 0) {
            return new IngestOutcome.Rejected(name, "not a photo the fake understands: no CAPTION: marker");
        }
        String caption = s.substring(at + 8).strip();
        return new IngestOutcome.Added(name, add(name, bytes, PhotoMetadata.builder().caption(caption).build(), "Upload"));
    }
}
