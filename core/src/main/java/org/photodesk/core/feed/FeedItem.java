package org.photodesk.core.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * One agency item as a feed describes it (a NewsML-G2 {@code newsItem} or {@code packageItem}, or a ninjs object),
 * typed: identity and version, status and signals, the descriptive metadata a picture desk uses, the renditions to
 * fetch, the items it references, and the problems met while reading it.
 *
 * <p>Strings are null when absent (never blank), lists never null. {@code id} is null only when the item carried no
 * guid or uri, which is a problem recorded with it.
 *
 * @param type the item class: {@code picture}, {@code text}, {@code composite}, ... (from {@code ninat:} or ninjs
 *     {@code type}), or null
 * @param embargoedUntil the instant before which the item must not be published, or null when not embargoed
 * @param description the caption (NewsML-G2 {@code description role="drol:caption"}, ninjs caption-like
 *     {@code descriptions}), or null
 * @param source the provider or information source's name, or null
 * @param edNote the agency's note to editors (maps to IPTC Instructions), or null
 * @param title the item's short title or slugline (maps to IPTC Title / Object Name), or null
 * @param previousVersions links to the versions this one replaces ({@code irel:previousVersion})
 * @param members the items a package or composite references, in the package's order
 */
public record FeedItem(
        ItemId id,
        FeedFormat format,
        String type,
        PubStatus pubStatus,
        List<Signal> signals,
        Instant embargoedUntil,
        String headline,
        String description,
        List<String> bylines,
        String credit,
        String source,
        String copyright,
        String usageTerms,
        String edNote,
        String title,
        Located located,
        FeedDates dates,
        List<String> keywords,
        List<Subject> subjects,
        List<String> people,
        List<RemoteContent> renditions,
        List<ItemRef> previousVersions,
        List<ItemRef> members,
        List<Problem> problems) {

    public FeedItem {
        Objects.requireNonNull(format, "format");
        pubStatus = pubStatus == null ? PubStatus.USABLE : pubStatus;
        signals = List.copyOf(signals == null ? List.of() : signals);
        type = FeedText.clean(type);
        headline = FeedText.clean(headline);
        description = FeedText.clean(description);
        bylines = texts(bylines);
        credit = FeedText.clean(credit);
        source = FeedText.clean(source);
        copyright = FeedText.clean(copyright);
        usageTerms = FeedText.clean(usageTerms);
        edNote = FeedText.clean(edNote);
        title = FeedText.clean(title);
        located = located == null ? Located.NONE : located;
        dates = dates == null ? FeedDates.NONE : dates;
        keywords = texts(keywords);
        subjects = List.copyOf(subjects == null ? List.of() : subjects);
        people = texts(people);
        renditions = List.copyOf(renditions == null ? List.of() : renditions);
        previousVersions = List.copyOf(previousVersions == null ? List.of() : previousVersions);
        members = List.copyOf(members == null ? List.of() : members);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(FeedText::clean).filter(Objects::nonNull).distinct().toList();
    }

    /** The agency's id and version, when the item has one. */
    public Optional<ItemId> findId() {
        return Optional.ofNullable(id);
    }

    /** True when the agency withdrew the item: status canceled, or a kill signal. */
    public boolean isKill() {
        return pubStatus == PubStatus.CANCELED || hasSignal(Signal.Kind.KILL);
    }

    /** True when one of the item's signals is of the given kind. */
    public boolean hasSignal(Signal.Kind kind) {
        return signals.stream().anyMatch(s -> s.kind() == kind);
    }

    /** The first signal of the given kind, when there is one. */
    public Optional<Signal> findSignal(Signal.Kind kind) {
        return signals.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The rendition to fetch as the picture: the one named high-resolution or main when there is one, else the one
     * with the most pixels, else the first.
     */
    public Optional<RemoteContent> findMainRendition() {
        return renditions.stream().filter(FeedItem::isMain).findFirst()
                .or(() -> renditions.stream().filter(r -> r.pixels() > 0)
                        .max(java.util.Comparator.comparingLong(RemoteContent::pixels)))
                .or(() -> renditions.stream().findFirst());
    }

    private static boolean isMain(RemoteContent r) {
        String name = r.rendition() == null ? "" : r.rendition().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith("highres") || name.equals("main") || name.endsWith(":original")
                || name.equals("original") || name.endsWith(":main");
    }

    /** A builder, for readers that fill fields one at a time. */
    public static Builder builder(FeedFormat format) {
        return new Builder(format);
    }

    /** Fills a {@link FeedItem} field by field; lists are appended to. */
    public static final class Builder {
        private final FeedFormat format;
        private ItemId id;
        private String type, headline, description, credit, source, copyright, usageTerms, edNote, title;
        private PubStatus pubStatus;
        private Instant embargoedUntil;
        private Located located;
        private FeedDates dates;
        private final List<Signal> signals = new ArrayList<>();
        private final List<String> bylines = new ArrayList<>(), keywords = new ArrayList<>(), people = new ArrayList<>();
        private final List<Subject> subjects = new ArrayList<>();
        private final List<RemoteContent> renditions = new ArrayList<>();
        private final List<ItemRef> previousVersions = new ArrayList<>(), members = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(FeedFormat format) {
            this.format = format;
        }

        public Builder id(ItemId v) { id = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder pubStatus(PubStatus v) { pubStatus = v; return this; }
        public Builder signal(Signal v) { signals.add(v); return this; }
        public Builder embargoedUntil(Instant v) { embargoedUntil = v; return this; }
        public Builder headline(String v) { headline = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder byline(String v) { bylines.add(v); return this; }
        public Builder credit(String v) { credit = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder copyright(String v) { copyright = v; return this; }
        public Builder usageTerms(String v) { usageTerms = v; return this; }
        public Builder edNote(String v) { edNote = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder located(Located v) { located = v; return this; }
        public Builder dates(FeedDates v) { dates = v; return this; }
        public Builder keyword(String v) { keywords.add(v); return this; }
        public Builder subject(Subject v) { subjects.add(v); return this; }
        public Builder person(String v) { people.add(v); return this; }
        public Builder rendition(RemoteContent v) { renditions.add(v); return this; }
        public Builder previousVersion(ItemRef v) { previousVersions.add(v); return this; }
        public Builder member(ItemRef v) { members.add(v); return this; }
        public Builder problem(Problem v) { problems.add(v); return this; }

        /** The title so far, to let a reader fill it from a second-choice field only when still absent. */
        public String title() { return title; }

        public FeedItem build() {
            return new FeedItem(id, format, type, pubStatus, signals, embargoedUntil, headline, description, bylines,
                    credit, source, copyright, usageTerms, edNote, title, located, dates, keywords, subjects, people,
                    renditions, previousVersions, members, problems);
        }
    }
}
