package org.photodesk.core.photo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;
import org.photodesk.core.article.Article;

/**
 * The JSON form of the photo records the store adapters keep in text columns (SQLite and PostgreSQL alike, so that
 * a library moved up reads the same): records as plain objects without null fields, {@link DateCreated} as its
 * {@link DateCreated#iso()} string, the raw tags by group ({@code iim}, {@code xmp}, {@code exif}, {@code feed}).
 * Failures become the adapter's own exception through the factory it gives.
 */
public final class RecordJson {

    /** An empty list as {@link #write} writes it, the most common problems and labels; read without a parser. */
    private static final String EMPTY_LIST = "[]";
    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<ResendNotice.FieldChange>> CHANGES = new TypeReference<>() {};
    /** What {@link ItemIdentity#NONE} and {@link PhotoProvenance#NONE} are stored as. */
    public static final String NONE = "{}";
    private static final TypeReference<LinkedHashMap<String, LinkedHashMap<String, List<String>>>> RAW =
            new TypeReference<>() {};

    private final BiFunction<String, Exception, RuntimeException> failure;

    /** Record JSON whose failures are made by {@code failure} from a message and its cause. */
    public RecordJson(BiFunction<String, Exception, RuntimeException> failure) {
        this.failure = failure;
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new SimpleModule("photodesk-store")
                    .addSerializer(DateCreated.class, new DateCreatedSerializer())
                    .addDeserializer(DateCreated.class, new DateCreatedDeserializer()))
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    // Readers made once: a read through the mapper looks its type up and builds a reader every time.
    private final ObjectReader metadataReader = mapper.readerFor(PhotoMetadata.class);
    private final ObjectReader problemsReader = mapper.readerFor(PROBLEMS);
    private final ObjectReader stringsReader = mapper.readerFor(STRINGS);
    private final ObjectReader rawReader = mapper.readerFor(RAW);
    private final ObjectReader identityReader = mapper.readerFor(ItemIdentity.class);
    private final ObjectReader provenanceReader = mapper.readerFor(PhotoProvenance.class);
    private final ObjectReader changesReader = mapper.readerFor(CHANGES);
    private final ObjectReader articleReader = mapper.readerFor(Article.class);

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw failure.apply("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public String writeRaw(RawMetadata raw) {
        var groups = new LinkedHashMap<String, Object>();
        groups.put("iim", raw.iim());
        groups.put("xmp", raw.xmp());
        groups.put("exif", raw.exif());
        if (!raw.feed().isEmpty()) {
            groups.put("feed", raw.feed());
        }
        return write(groups);
    }

    public String write(ItemIdentity identity) {
        return identity.none() ? NONE : write((Object) identity);
    }

    public String write(PhotoProvenance provenance) {
        return provenance.equals(PhotoProvenance.NONE) ? NONE : write((Object) provenance);
    }

    public ItemIdentity identity(String json) {
        return json == null || NONE.equals(json) ? ItemIdentity.NONE : read(json, identityReader, ItemIdentity.class);
    }

    public PhotoProvenance provenance(String json) {
        return json == null || NONE.equals(json) ? PhotoProvenance.NONE
                : read(json, provenanceReader, PhotoProvenance.class);
    }

    public List<ResendNotice.FieldChange> changes(String json) {
        return EMPTY_LIST.equals(json) ? List.of() : read(json, changesReader, List.class);
    }

    public PhotoMetadata metadata(String json) {
        return read(json, metadataReader, PhotoMetadata.class);
    }

    public List<Problem> problems(String json) {
        return EMPTY_LIST.equals(json) ? List.of() : read(json, problemsReader, List.class);
    }

    public List<String> strings(String json) {
        return EMPTY_LIST.equals(json) ? List.of() : read(json, stringsReader, List.class);
    }

    public RawMetadata raw(String json) {
        LinkedHashMap<String, LinkedHashMap<String, List<String>>> tags = read(json, rawReader, RawMetadata.class);
        return new RawMetadata(tags.get("iim"), tags.get("xmp"), tags.get("exif"), tags.get("feed"));
    }

    /** A parsed article as kept beside its text. */
    public Article article(String json) {
        return read(json, articleReader, Article.class);
    }

    private <T> T read(String json, ObjectReader reader, Class<?> what) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw failure.apply("stored JSON is not a valid " + what.getSimpleName()
                    + ": the database was changed outside Photodesk; restore it from a backup", e);
        }
    }

    /** Writes a {@link DateCreated} as its ISO-8601 text. */
    private static final class DateCreatedSerializer extends JsonSerializer<DateCreated> {
        @Override
        public void serialize(DateCreated value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.iso());
        }
    }

    /** Reads a {@link DateCreated} from its ISO-8601 text. */
    private static final class DateCreatedDeserializer extends JsonDeserializer<DateCreated> {
        @Override
        public DateCreated deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return DateCreated.parse(text).orElseThrow(() -> ctxt.weirdStringException(
                    text, DateCreated.class, "not an ISO-8601 date as DateCreated.iso() writes it"));
        }
    }
}
