package org.photodesk.core.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.photodesk.core.photo.Problem;

/**
 * Reads ninjs (IPTC News in JSON) 1.x, 2.x and 3.x, whose names changed across generations: 1.x {@code headline},
 * {@code byline}, {@code description_text}, {@code person}, renditions and associations keyed by name; 2.x
 * {@code headlines}, {@code by}, {@code descriptions}, {@code people}, arrays; 3.x the same in camelCase
 * ({@code versionCreated}, {@code pubStatus}, {@code embargoedUntil}, {@code sizeInBytes}). Every spelling is read
 * whatever the generation, since agencies mix them. Also reads a JSON array of ninjs objects, and an object whose
 * {@code items} (or {@code data.items}) holds them, each maybe wrapped as {@code {"item": {...}}}.
 *
 * <p>ninjs has no signal property: a kill is {@code pubStatus: canceled}; corrections and refiles are read from the
 * editorial note's words, and from a {@code signals} array where an agency adds one. Never throws.
 */
public final class NinjsReader {

    static final int MAX_DEPTH = 4;
    static final int MAX_ITEMS = 10_000;

    private final ObjectMapper json;

    /** A reader with Jackson's parser bounded: nesting depth 200, 16 MB strings. */
    public NinjsReader() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(16 * 1024 * 1024).maxNumberLength(100).build();
        json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build();
    }

    /** Reads the bytes of one ninjs document (or a list of them). */
    public FeedRead read(byte[] bytes) {
        if (bytes.length > FeedReader.DEFAULT_MAX_BYTES) {
            return FeedRead.failed(FeedFormat.NONE, FeedReader.tooLarge(bytes.length, FeedReader.DEFAULT_MAX_BYTES));
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return FeedRead.failed(FeedFormat.NONE, Problem.of("feed.json.malformed", "the JSON is not well-formed ("
                    + oneLine(e) + "): ask the sender for a complete, valid file"));
        }
        return read(root);
    }

    /** Reads an already parsed document. */
    FeedRead read(JsonNode root) {
        List<JsonNode> objects = objects(root);
        if (objects.isEmpty()) {
            return FeedRead.failed(FeedFormat.NONE, Problem.of("feed.ninjs.none",
                    "the JSON holds no ninjs object (one with a uri, or ninjs properties such as type and headline)"));
        }
        FeedFormat format = generation(objects.getFirst());
        List<FeedItem> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            item(object, 0, items);
            if (items.size() >= MAX_ITEMS) {
                problems.add(Problem.of("feed.ninjs.size", "more than " + MAX_ITEMS
                        + " items in one document; the rest was not read: ask for smaller pages"));
                break;
            }
        }
        return new FeedRead(format, items, problems);
    }

    /** The ninjs objects a document holds: itself, its array's objects, or its {@code items}. */
    static List<JsonNode> objects(JsonNode root) {
        if (root == null) {
            return List.of();
        }
        if (root.isArray()) {
            return stream(root).map(NinjsReader::unwrap).filter(NinjsReader::isNinjs).toList();
        }
        if (isNinjs(root)) {
            return List.of(root);
        }
        JsonNode list = root.path("items").isArray() ? root.path("items") : root.path("data").path("items");
        return list.isArray() ? stream(list).map(NinjsReader::unwrap).filter(NinjsReader::isNinjs).toList()
                : List.of();
    }

    private static JsonNode unwrap(JsonNode node) {
        return node.path("item").isObject() ? node.path("item") : node;
    }

    private static final Set<String> TYPES = Set.of("text", "audio", "video", "picture", "graphic", "composite",
            "component", "event", "planning");
    private static final List<String> GEN3 = List.of("versionCreated", "firstCreated", "contentCreated", "pubStatus",
            "embargoedUntil", "usageTerms", "edNote", "copyrightNotice", "copyrightHolder", "altIds", "infoSources",
            "representationType", "trustIndicators", "rightsInfo", "digitalSourceType", "eventDetails",
            "plannedCoverage");
    private static final List<String> GEN2 = List.of("headlines", "descriptions", "bodies", "by", "people", "places",
            "subjects", "organisations", "events", "objects", "infosources", "genres", "altids", "standard");
    private static final List<String> GEN1 = List.of("headline", "byline", "person", "place", "subject",
            "organisation", "event", "object", "infosource", "genre", "mimetype", "$standard");

    /** True when the object looks like ninjs: a uri, or a ninjs type with at least one other ninjs property. */
    static boolean isNinjs(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        if (node.path("uri").isTextual()) {
            return true;
        }
        boolean typed = node.path("type").isTextual() && TYPES.contains(node.path("type").asText());
        return typed && Stream.of(GEN1, GEN2, GEN3).flatMap(List::stream).anyMatch(node::has);
    }

    /** The generation: from {@code standard.version} when given, else from which spelling of names is used. */
    static FeedFormat generation(JsonNode node) {
        String declared = node.path("standard").path("version").asText(node.path("$standard").path("version")
                .asText(""));
        if (declared.startsWith("3")) {
            return FeedFormat.NINJS_3;
        }
        if (declared.startsWith("2")) {
            return FeedFormat.NINJS_2;
        }
        if (declared.startsWith("1")) {
            return FeedFormat.NINJS_1;
        }
        if (GEN3.stream().anyMatch(node::has) || hasRenditionKey(node, "contentType", "sizeInBytes")) {
            return FeedFormat.NINJS_3;
        }
        if (GEN2.stream().anyMatch(node::has) || node.path("renditions").isArray()) {
            return FeedFormat.NINJS_2;
        }
        return FeedFormat.NINJS_1;
    }

    private static boolean hasRenditionKey(JsonNode node, String... keys) {
        return renditionNodes(node).anyMatch(r -> Stream.of(keys).anyMatch(r::has));
    }

    private void item(JsonNode node, int depth, List<FeedItem> out) {
        FeedFormat format = generation(node);
        FeedItem.Builder b = FeedItem.builder(format);
        identity(node, b);
        b.type(text(node, "type"));
        status(node, b);
        descriptive(node, b);
        places(node, b);
        dates(node, b);
        renditionNodes(node).forEach(r -> b.rendition(rendition(r)));
        List<JsonNode> associated = associations(node);
        associated.forEach(a -> b.member(itemRef(a)));
        out.add(b.build());
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (JsonNode a : associated) {
            if (out.size() >= MAX_ITEMS) {
                return;
            }
            if (a.path("uri").isTextual() && isFull(a)) {
                item(a, depth + 1, out);
            }
        }
    }

    private static final Set<String> REFERENCE_ONLY = Set.of("uri", "version", "type", "name", "rel");

    /** True when an association carries content of its own, not just a reference to an item sent apart. */
    private static boolean isFull(JsonNode association) {
        return association.propertyStream().anyMatch(e -> !REFERENCE_ONLY.contains(e.getKey()));
    }

    private void identity(JsonNode node, FeedItem.Builder b) {
        String uri = FeedText.clean(text(node, "uri"));
        if (uri == null) {
            b.problem(Problem.inField("feed.guid.missing", "uri", "the ninjs object has no uri, so a re-send of it"
                    + " cannot be recognised; ask the agency to send its items with a uri"));
            return;
        }
        b.id(new ItemId(uri, text(node, "version")));
    }

    private void status(JsonNode node, FeedItem.Builder b) {
        String status = text(node, "pubStatus", "pubstatus");
        PubStatus parsed = PubStatus.parse(status);
        if (status != null && parsed == null) {
            b.problem(Problem.inField("feed.pubstatus.unknown", "pubStatus", "publishing status '" + status
                    + "' is none of usable, withheld, canceled; taken as usable"));
        }
        b.pubStatus(parsed);
        String embargo = text(node, "embargoedUntil", "embargoed");
        if (FeedText.clean(embargo) != null) {
            FeedText.instant(embargo).ifPresentOrElse(b::embargoedUntil, () -> b.problem(Problem.inField(
                    "feed.embargo.malformed", "embargoed", "embargo '" + FeedText.clean(embargo) + "' is not an ISO"
                            + " 8601 date-time: hold the picture until an editor has read the embargo")));
        }
        String edNote = text(node, "edNote", "ednote");
        b.edNote(edNote);
        signals(node, parsed, edNote, b);
    }

    private void signals(JsonNode node, PubStatus status, String edNote, FeedItem.Builder b) {
        Set<Signal.Kind> kinds = new HashSet<>();
        JsonNode declared = node.has("signals") ? node.path("signals") : node.path("signal");
        Stream<JsonNode> values = declared.isArray() ? stream(declared) : Stream.of(declared);
        values.forEach(v -> {
            String code = v.isTextual() ? v.asText() : text(v, "code", "qcode", "uri", "value", "name");
            if (FeedText.clean(code) != null) {
                Signal.Kind kind = Signal.Kind.ofCode(code);
                String words = v.isObject() ? Optional.ofNullable(text(v, "text", "name")).orElse(edNote) : edNote;
                b.signal(new Signal(kind, code, words));
                kinds.add(kind);
            }
        });
        if (status == PubStatus.CANCELED && kinds.add(Signal.Kind.KILL)) {
            b.signal(new Signal(Signal.Kind.KILL, "pubStatus", edNote));
        }
        EdNoteSignals.infer(edNote).filter(s -> kinds.add(s.kind())).ifPresent(b::signal);
    }

    private void descriptive(JsonNode node, FeedItem.Builder b) {
        b.headline(headline(node));
        List<JsonNode> descriptions = descriptions(node);
        b.description(caption(descriptions));
        b.credit(Optional.ofNullable(role(descriptions, "creditline", "credit", "credit_line"))
                .orElse(text(node, "creditline", "creditLine", "credit")));
        b.byline(text(node, "by", "byline"));
        b.copyright(Optional.ofNullable(text(node, "copyrightNotice", "copyrightnotice"))
                .orElse(text(node, "copyrightHolder", "copyrightholder")));
        b.usageTerms(text(node, "usageTerms", "usageterms"));
        b.title(Optional.ofNullable(text(node, "title")).orElse(text(node, "slugline")));
        stream(node.path("keywords")).map(NinjsReader::scalar).forEach(b::keyword);
        names(node, "infoSources", "infosources", "infosource").findFirst().ifPresent(b::source);
        names(node, "people", "person").forEach(b::person);
        concepts(node, "subjects", "subject").forEach(s -> b.subject(new Subject(text(s, "name"),
                Optional.ofNullable(text(s, "uri")).orElse(code(s)), text(s, "rel"))));
    }

    private static String headline(JsonNode node) {
        JsonNode headlines = node.path("headlines");
        if (headlines.isArray() && !headlines.isEmpty()) {
            return stream(headlines).filter(h -> "main".equals(text(h, "role"))).findFirst()
                    .or(() -> stream(headlines).findFirst()).map(h -> text(h, "value")).orElse(null);
        }
        return Optional.ofNullable(text(node, "headline")).orElseGet(() -> prefixed(node, "headline_"));
    }

    /** Descriptions as {@code {role, contentType, value}}: 2.x/3.x as given, 1.x {@code description_<role>}. */
    private static List<JsonNode> descriptions(JsonNode node) {
        JsonNode array = node.path("descriptions");
        if (array.isArray()) {
            return stream(array).filter(JsonNode::isObject).toList();
        }
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().startsWith("description_") && e.getValue().isTextual()) {
                out.add(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("role", e.getKey().substring("description_".length()))
                        .put("value", e.getValue().asText()));
            }
        }
        return out;
    }

    /** The caption: role caption, else a plain-text description that is not a credit or markup, else none. */
    private static String caption(List<JsonNode> descriptions) {
        String caption = role(descriptions, "caption", "text", "summary", "description");
        if (caption != null) {
            return caption;
        }
        return descriptions.stream().filter(d -> !isMarkup(d) && !isCredit(text(d, "role")))
                .map(d -> text(d, "value")).filter(v -> FeedText.clean(v) != null).findFirst().orElse(null);
    }

    private static String role(List<JsonNode> descriptions, String... roles) {
        for (String role : roles) {
            Optional<String> found = descriptions.stream()
                    .filter(d -> role.equalsIgnoreCase(lastSegment(text(d, "role"))) && !isMarkup(d))
                    .map(d -> text(d, "value")).filter(v -> FeedText.clean(v) != null).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static boolean isMarkup(JsonNode d) {
        String type = Optional.ofNullable(text(d, "contentType", "contenttype")).orElse("")
                + Optional.ofNullable(text(d, "role")).orElse("");
        type = type.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.contains("xml") || type.contains("richtext");
    }

    private static boolean isCredit(String role) {
        return role != null && role.toLowerCase(Locale.ROOT).contains("credit");
    }

    private void places(JsonNode node, FeedItem.Builder b) {
        b.located(Located.ofLine(text(node, "located")));
    }

    private void dates(JsonNode node, FeedItem.Builder b) {
        b.dates(new FeedDates(
                date(node, b, "contentCreated", "contentcreated"),
                instant(node, b, "firstCreated", "firstcreated"),
                instant(node, b, "versionCreated", "versioncreated")));
    }

    private static java.time.Instant instant(JsonNode node, FeedItem.Builder b, String... names) {
        String text = FeedText.clean(text(node, names));
        if (text == null) {
            return null;
        }
        return FeedText.instant(text).orElseGet(() -> {
            b.problem(Problem.inField("feed.date.malformed", names[0], names[0] + " '" + text
                    + "' is not an ISO 8601 date-time; ignored"));
            return null;
        });
    }

    private static org.photodesk.core.photo.DateCreated date(JsonNode node, FeedItem.Builder b, String... names) {
        String text = FeedText.clean(text(node, names));
        if (text == null) {
            return null;
        }
        return FeedText.dateCreated(text).orElseGet(() -> {
            b.problem(Problem.inField("feed.date.malformed", names[0], names[0] + " '" + text
                    + "' is not an ISO 8601 date or date-time; ignored"));
            return null;
        });
    }

    /** Renditions: 2.x/3.x an array of objects with a name; 1.x an object keyed by name. */
    private static Stream<JsonNode> renditionNodes(JsonNode node) {
        JsonNode r = node.path("renditions");
        if (r.isArray()) {
            return stream(r).filter(JsonNode::isObject);
        }
        if (r.isObject()) {
            return r.properties().stream().filter(e -> e.getValue().isObject())
                    .map(e -> e.getValue().isObject() && !e.getValue().has("name")
                            ? ((com.fasterxml.jackson.databind.node.ObjectNode) e.getValue().deepCopy())
                                    .put("name", e.getKey())
                            : e.getValue());
        }
        return Stream.empty();
    }

    private static RemoteContent rendition(JsonNode r) {
        return new RemoteContent(text(r, "name"), text(r, "href"),
                text(r, "contentType", "contenttype", "mimetype"), FeedText.smallNumber(text(r, "width")),
                FeedText.smallNumber(text(r, "height")), FeedText.number(text(r, "sizeInBytes", "sizeinbytes")),
                hash(r));
    }

    /** ninjs has no hash property; some agencies add one as {@code hash: {algorithm, value}} or a string. */
    private static RemoteContent.Hash hash(JsonNode r) {
        JsonNode h = r.path("hash");
        if (h.isTextual() && FeedText.clean(h.asText()) != null) {
            return new RemoteContent.Hash(null, h.asText().strip());
        }
        String value = text(h, "value");
        return FeedText.clean(value) == null ? null : new RemoteContent.Hash(text(h, "algorithm", "type"), value);
    }

    /** Associations: 2.x/3.x an array of ninjs objects with a name; 1.x an object keyed by name. */
    private static List<JsonNode> associations(JsonNode node) {
        JsonNode a = node.path("associations");
        if (a.isArray()) {
            return stream(a).filter(JsonNode::isObject).toList();
        }
        if (a.isObject()) {
            return a.properties().stream().filter(e -> e.getValue().isObject())
                    .map(e -> (JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) e.getValue().deepCopy())
                            .put("name", e.getKey()))
                    .toList();
        }
        return List.of();
    }

    private static ItemRef itemRef(JsonNode a) {
        String href = renditionNodes(a).map(r -> text(r, "href")).filter(h -> FeedText.clean(h) != null)
                .findFirst().orElse(null);
        return new ItemRef(text(a, "uri"), text(a, "version"), href, text(a, "type"), headline(a),
                caption(descriptions(a)), Optional.ofNullable(text(a, "name")).orElse(text(a, "rel")));
    }

    private static Stream<String> names(JsonNode node, String... fields) {
        return concepts(node, fields).map(c -> text(c, "name")).filter(n -> FeedText.clean(n) != null);
    }

    private static Stream<JsonNode> concepts(JsonNode node, String... fields) {
        return Stream.of(fields).map(node::path).filter(JsonNode::isArray).findFirst()
                .map(NinjsReader::stream).orElse(Stream.empty()).filter(JsonNode::isObject);
    }

    /** A 1.x concept's code, qualified by its scheme when it has one. */
    private static String code(JsonNode concept) {
        String code = text(concept, "code", "literal");
        String scheme = text(concept, "scheme");
        return code == null || scheme == null ? code : scheme + "#" + code;
    }

    private static String prefixed(JsonNode node, String prefix) {
        return node.properties().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue().isTextual())
                .map(e -> e.getValue().asText()).findFirst().orElse(null);
    }

    /** The first of the named properties that holds a string or number, as text; null when none does. */
    static String text(JsonNode node, String... names) {
        for (String name : names) {
            String v = scalar(node.path(name));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String scalar(JsonNode v) {
        return v.isTextual() || v.isNumber() ? v.asText() : null;
    }

    private static String lastSegment(String code) {
        return code == null ? null : code.substring(Math.max(code.lastIndexOf(':'), code.lastIndexOf('/')) + 1);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return out.stream();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
