package org.photodesk.core.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.photodesk.core.feed.XmlTree.El;
import org.photodesk.core.photo.Problem;

/**
 * Reads NewsML-G2 (IPTC, 2.x): a {@code newsItem} (a picture with {@code remoteContent}), a {@code packageItem}
 * (groups of {@code itemRef}s, read as one ordered list of members) and a {@code newsMessage} wrapping either.
 * Never throws: what is wrong is a {@link Problem} on the document or the item.
 *
 * <p>Mapping follows the IPTC NewsML-G2 Guidelines, "Mapping Embedded Photo Metadata to NewsML-G2": headline,
 * {@code description role="drol:caption"} (Description), {@code creator} (Creator), {@code creditline} (Credit
 * Line), {@code copyrightNotice}, {@code usageTerms} (Rights Usage Terms), {@code edNote} (Instructions),
 * {@code itemMeta/title} (Title), {@code located} (City, Province/State, Country), {@code contentCreated} (Date
 * Created), {@code keyword}s, {@code subject type="cpnat:person"} (Person Shown).
 */
public final class NewsMlReader {

    /** Reads the bytes of one NewsML-G2 document. */
    public FeedRead read(byte[] bytes) {
        if (bytes.length > FeedReader.DEFAULT_MAX_BYTES) {
            return FeedRead.failed(FeedFormat.NONE, FeedReader.tooLarge(bytes.length, FeedReader.DEFAULT_MAX_BYTES));
        }
        XmlTree.Parsed parsed = XmlTree.parse(bytes);
        if (parsed.root() == null) {
            List<Problem> problems = parsed.problems().isEmpty()
                    ? List.of(Problem.of("feed.xml.empty", "the document has no root element"))
                    : parsed.problems();
            return new FeedRead(FeedFormat.NONE, List.of(), problems);
        }
        return read(parsed.root(), parsed.problems());
    }

    private FeedRead read(El root, List<Problem> problems) {
        return switch (root.name()) {
            case "newsItem" -> new FeedRead(FeedFormat.NEWSML_G2_NEWS_ITEM, List.of(newsItem(root)), problems);
            case "packageItem" -> new FeedRead(FeedFormat.NEWSML_G2_PACKAGE_ITEM, List.of(packageItem(root)),
                    problems);
            case "newsMessage" -> newsMessage(root, problems);
            default -> new FeedRead(FeedFormat.NONE, List.of(), plus(problems, Problem.of("feed.xml.root",
                    "the root element is <" + root.name() + ">, not a NewsML-G2 newsItem, packageItem or"
                            + " newsMessage")));
        };
    }

    private FeedRead newsMessage(El root, List<Problem> problems) {
        List<FeedItem> items = new ArrayList<>();
        root.all("itemSet").flatMap(set -> set.children().stream()).forEach(el -> {
            switch (el.name()) {
                case "newsItem" -> items.add(newsItem(el));
                case "packageItem" -> items.add(packageItem(el));
                default -> { }
            }
        });
        if (items.isEmpty()) {
            problems = plus(problems, Problem.of("feed.newsml.empty",
                    "the newsMessage carries no newsItem or packageItem in its itemSet"));
        }
        return new FeedRead(FeedFormat.NEWSML_G2_NEWS_MESSAGE, items, problems);
    }

    private FeedItem newsItem(El item) {
        FeedItem.Builder b = FeedItem.builder(FeedFormat.NEWSML_G2_NEWS_ITEM);
        common(item, b);
        item.first("contentSet").ifPresent(set -> set.all("remoteContent").forEach(rc -> b.rendition(remote(rc))));
        return b.build();
    }

    private FeedItem packageItem(El item) {
        FeedItem.Builder b = FeedItem.builder(FeedFormat.NEWSML_G2_PACKAGE_ITEM);
        common(item, b);
        members(item).forEach(b::member);
        return b.build();
    }

    private void common(El item, FeedItem.Builder b) {
        identity(item, b);
        item.first("rightsInfo").ifPresent(rights -> rights(rights, b));
        El meta = item.first("itemMeta").orElse(null);
        El content = item.first("contentMeta").orElse(null);
        if (meta != null) {
            itemMeta(meta, b);
        }
        if (content != null) {
            contentMeta(content, b);
        }
        b.dates(new FeedDates(
                content == null ? null : dateCreated(content, b),
                meta == null ? null : instant(meta, "firstCreated", b),
                meta == null ? null : instant(meta, "versionCreated", b)));
    }

    private void identity(El item, FeedItem.Builder b) {
        String guid = item.attr("guid");
        if (guid == null || guid.isBlank()) {
            b.problem(Problem.inField("feed.guid.missing", "guid", "the " + item.name() + " has no guid, so a"
                    + " re-send of it cannot be recognised; ask the agency to send its items with a guid"));
            return;
        }
        String version = item.attr("version");
        if (version != null && FeedText.number(version) == null) {
            b.problem(Problem.inField("feed.version.malformed", "version", "version '" + version
                    + "' is not a positive integer as NewsML-G2 requires; versions are compared as text"));
        }
        b.id(new ItemId(guid, version));
    }

    private void rights(El rights, FeedItem.Builder b) {
        String notice = rights.text("copyrightNotice");
        String holder = rights.first("copyrightHolder").map(h -> h.text("name")).orElse(null);
        b.copyright(FeedText.clean(notice) != null ? notice : holder);
        b.usageTerms(rights.text("usageTerms"));
    }

    private void itemMeta(El meta, FeedItem.Builder b) {
        b.type(shortCode(meta.first("itemClass").map(c -> c.attr("qcode")).orElse(null)));
        b.source(meta.first("provider").map(p -> FeedText.clean(p.text("name")) != null ? p.text("name")
                : shortCode(p.attr("qcode"))).orElse(null));
        b.title(meta.text("title"));
        String edNote = FeedText.clean(meta.all("edNote").map(El::text).collect(Collectors.joining(" ")));
        b.edNote(edNote);
        pubStatus(meta, b);
        embargo(meta, b);
        signals(meta, edNote, b);
        meta.all("link").filter(NewsMlReader::isPreviousVersion).forEach(l -> b.previousVersion(new ItemRef(
                l.attr("residref"), l.attr("version"), l.attr("href"), null, l.attr("title"), null, l.attr("rel"))));
    }

    private static boolean isPreviousVersion(El link) {
        String rel = Optional.ofNullable(link.attr("rel")).orElse(link.attr("reluri"));
        return rel != null && rel.toLowerCase(Locale.ROOT).endsWith("previousversion");
    }

    private void pubStatus(El meta, FeedItem.Builder b) {
        meta.first("pubStatus").map(p -> Optional.ofNullable(p.attr("qcode")).orElse(p.attr("uri")))
                .ifPresent(code -> {
                    PubStatus status = PubStatus.parse(code);
                    if (status == null) {
                        b.problem(Problem.inField("feed.pubstatus.unknown", "pubStatus", "publishing status '"
                                + code + "' is none of stat:usable, stat:withheld, stat:canceled; taken as usable"));
                    }
                    b.pubStatus(status);
                });
    }

    private void embargo(El meta, FeedItem.Builder b) {
        meta.first("embargoed").map(El::text).map(FeedText::clean).ifPresent(text -> FeedText.instant(text)
                .ifPresentOrElse(b::embargoedUntil, () -> b.problem(Problem.inField("feed.embargo.malformed",
                        "embargoed", "embargo '" + text + "' is not an ISO 8601 date-time: hold the picture until"
                                + " an editor has read the embargo"))));
    }

    private void signals(El meta, String edNote, FeedItem.Builder b) {
        Set<Signal.Kind> kinds = new HashSet<>();
        meta.all("signal").forEach(s -> {
            String code = Optional.ofNullable(s.attr("qcode")).orElse(s.attr("uri"));
            if (code == null) {
                return;
            }
            Signal.Kind kind = Signal.Kind.ofCode(code);
            String name = FeedText.clean(s.text("name"));
            b.signal(new Signal(kind, code, kind == Signal.Kind.OTHER ? name : Optional.ofNullable(edNote)
                    .orElse(name)));
            kinds.add(kind);
        });
        if (PubStatus.parse(meta.first("pubStatus").map(p -> p.attr("qcode")).orElse(null)) == PubStatus.CANCELED
                && kinds.add(Signal.Kind.KILL)) {
            b.signal(new Signal(Signal.Kind.KILL, "stat:canceled", edNote));
        }
        EdNoteSignals.infer(edNote).filter(s -> kinds.add(s.kind())).ifPresent(b::signal);
    }

    private void contentMeta(El content, FeedItem.Builder b) {
        content.all("creator").map(c -> c.text("name")).forEach(b::byline);
        b.credit(content.text("creditline"));
        content.first("infoSource").map(s -> FeedText.clean(s.text("name"))).ifPresent(b::source);
        b.headline(content.text("headline"));
        b.description(description(content));
        content.all("keyword").map(El::text).forEach(b::keyword);
        content.all("subject").forEach(s -> subject(s, b));
        if (b.title() == null) {
            b.title(content.text("slugline"));
        }
        content.first("located").ifPresent(l -> b.located(located(l)));
    }

    private static String description(El content) {
        return content.first("description", d -> endsWith(d.attr("role"), "caption"))
                .or(() -> content.first("description", d -> endsWith(d.attr("role"), "summary")))
                .or(() -> content.first("description"))
                .map(El::text).orElse(null);
    }

    private void subject(El s, FeedItem.Builder b) {
        String type = Optional.ofNullable(s.attr("type")).orElse("");
        String name = FeedText.clean(s.text("name"));
        if (type.endsWith("person")) {
            if (name != null) {
                b.person(name);
            }
            return;
        }
        if (type.endsWith("geoArea") || type.endsWith("poi")) {
            return;
        }
        String code = Optional.ofNullable(s.attr("qcode")).orElse(s.attr("uri"));
        if (name != null || code != null) {
            b.subject(new Subject(name, code, s.attr("type")));
        }
    }

    /**
     * The place: {@code located} names the city (unless its type says otherwise) and its {@code broader} concepts
     * the region and country, by their type or an ISO 3166 QCode ({@code iso3166-1a2:DE}).
     */
    private static Located located(El located) {
        Map<String, String> parts = new HashMap<>();
        place(located, "city", parts);
        located.all("broader").forEach(br -> place(br, parts.containsKey("region") ? "country" : "region", parts));
        String name = FeedText.clean(located.text("name"));
        return new Located(name, parts.get("city"), parts.get("region"), parts.get("country"), parts.get("code"));
    }

    private static void place(El el, String fallback, Map<String, String> parts) {
        String type = (Optional.ofNullable(el.attr("type")).orElse("") + " "
                + Optional.ofNullable(el.attr("qcode")).orElse("")).toLowerCase(Locale.ROOT);
        String qcode = Optional.ofNullable(el.attr("qcode")).orElse("");
        String kind = type.contains("country") || type.contains("cntry") || type.contains("iso3166") ? "country"
                : type.contains("prov") || type.contains("state") || type.contains("region") || type.contains("adm1")
                        ? "region" : type.contains("city") || type.contains("locality") ? "city" : fallback;
        if (qcode.toLowerCase(Locale.ROOT).startsWith("iso3166")) {
            String code = qcode.substring(qcode.indexOf(':') + 1);
            parts.putIfAbsent("code", code.contains("-") && kind.equals("region") ? null : code);
        }
        String name = FeedText.clean(el.text("name"));
        if (name != null) {
            parts.putIfAbsent(kind, name);
        }
    }

    private static RemoteContent remote(El rc) {
        RemoteContent.Hash hash = rc.first("hash").map(h -> new RemoteContent.Hash(
                Optional.ofNullable(h.attr("hashtype")).orElse(h.attr("hashtypeuri")), FeedText.clean(h.text())))
                .filter(h -> h.value() != null).orElse(null);
        return new RemoteContent(rc.attr("rendition"), Optional.ofNullable(rc.attr("href")).orElse(rc.attr("residref")),
                rc.attr("contenttype"), FeedText.smallNumber(rc.attr("width")),
                FeedText.smallNumber(rc.attr("height")), FeedText.number(rc.attr("size")), hash);
    }

    /** The package's members in order: from the root group, following groupRefs depth first, once each. */
    private List<ItemRef> members(El pkg) {
        List<ItemRef> out = new ArrayList<>();
        pkg.all("itemRef").forEach(ref -> out.add(itemRef(ref, null)));
        Optional<El> groupSet = pkg.first("groupSet");
        if (groupSet.isEmpty()) {
            return out;
        }
        Map<String, El> groups = new HashMap<>();
        groupSet.get().all("group").forEach(g -> groups.putIfAbsent(Optional.ofNullable(g.attr("id")).orElse(""), g));
        Set<El> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        El root = groups.get(Optional.ofNullable(groupSet.get().attr("root")).orElse(""));
        if (root != null) {
            visit(root, groups, visited, out);
        }
        groupSet.get().all("group").forEach(g -> visit(g, groups, visited, out));
        return out;
    }

    private void visit(El group, Map<String, El> groups, Set<El> visited, List<ItemRef> out) {
        if (!visited.add(group)) {
            return;
        }
        for (El child : group.children()) {
            if (child.name().equals("itemRef")) {
                out.add(itemRef(child, group.attr("role")));
            } else if (child.name().equals("groupRef") && groups.containsKey(child.attr("idref"))) {
                visit(groups.get(child.attr("idref")), groups, visited, out);
            }
        }
    }

    private static ItemRef itemRef(El ref, String role) {
        return new ItemRef(ref.attr("residref"), ref.attr("version"), ref.attr("href"),
                shortCode(ref.first("itemClass").map(c -> c.attr("qcode")).orElse(null)),
                Optional.ofNullable(ref.text("title")).orElse(ref.text("headline")), description(ref), role);
    }

    private static java.time.Instant instant(El meta, String child, FeedItem.Builder b) {
        String text = FeedText.clean(meta.text(child));
        if (text == null) {
            return null;
        }
        return FeedText.instant(text).orElseGet(() -> {
            b.problem(Problem.inField("feed.date.malformed", child, child + " '" + text
                    + "' is not an ISO 8601 date-time; ignored"));
            return null;
        });
    }

    private static org.photodesk.core.photo.DateCreated dateCreated(El content, FeedItem.Builder b) {
        String text = FeedText.clean(content.text("contentCreated"));
        if (text == null) {
            return null;
        }
        return FeedText.dateCreated(text).orElseGet(() -> {
            b.problem(Problem.inField("feed.date.malformed", "contentCreated", "contentCreated '" + text
                    + "' is not an ISO 8601 date or date-time; ignored"));
            return null;
        });
    }

    /** {@code ninat:picture} as {@code picture}; other values as given. */
    private static String shortCode(String qcode) {
        if (qcode == null) {
            return null;
        }
        String c = qcode.strip();
        return c.startsWith("ninat:") ? c.substring(6) : c;
    }

    private static boolean endsWith(String value, String suffix) {
        return value != null && value.toLowerCase(Locale.ROOT).endsWith(suffix);
    }

    private static List<Problem> plus(List<Problem> problems, Problem problem) {
        List<Problem> out = new ArrayList<>(problems);
        out.add(problem);
        return out;
    }
}
