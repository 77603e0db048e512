package org.photodesk.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.event.Figure;
import org.photodesk.core.event.FigureComparison;
import org.photodesk.core.event.PersonEntry;
import org.photodesk.core.event.PhotoRef;
import org.photodesk.core.event.SourceSummary;

/**
 * An event sheet shaped for its desk page: figures grouped by what they count with their comparisons, each source
 * with where it links to, the library photo of each photo reference, and the other events an editor may merge with.
 *
 * @param members the event's member ids (article source ids and {@code photo:<id>}), for the split form
 * @param others the other events, for the merge form
 * @param sources each source of the sheet by id, in the sheet's order
 * @param photos the library photo of each photo reference key that has one
 */
public record EventSheetView(EventSheet sheet, List<String> members, List<EventBook.Summary> others,
        Map<String, Source> sources, Map<String, Long> photos) {

    public EventSheetView {
        members = List.copyOf(members);
        others = List.copyOf(others);
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        photos = Map.copyOf(photos);
    }

    /**
     * A source of the sheet as the page links to it.
     *
     * @param anchor the id of its line in the page's list of sources
     * @param href where it opens: the gallery made from an article, or the photo's page
     */
    public record Source(SourceSummary summary, String anchor, String href) {}

    /** The figures about one kind of thing ({@link Figure#measure()}), side by side, and how they compare. */
    public record Measure(String measure, List<Figure> figures, List<FigureComparison> comparisons) {}

    /** One role of a person, with the distinct words that give it, as written. */
    public record RoleView(String role, List<String> cues) {}

    /** The view of {@code sheet} of {@code event}, with links resolved through {@code events}. */
    static EventSheetView of(Event event, EventSheet sheet, Events events) {
        Map<String, Source> sources = new LinkedHashMap<>();
        int n = 0;
        for (SourceSummary s : sheet.sources()) {
            sources.put(s.id(), new Source(s, "src-" + ++n, href(s.id(), events)));
        }
        Map<String, Long> photos = new LinkedHashMap<>();
        sheet.people().forEach(p -> p.photos().forEach(ref -> photos.computeIfAbsent(ref.photo(),
                k -> events.photoOf(ref).orElse(null))));
        photos.values().removeIf(java.util.Objects::isNull);
        List<EventBook.Summary> others = events.list().stream().filter(s -> !s.id().equals(event.id())).toList();
        return new EventSheetView(sheet, event.memberIds(), others, sources, photos);
    }

    private static String href(String sourceId, Events events) {
        if (sourceId.startsWith("photo:")) {
            return "/photos/" + sourceId.substring("photo:".length());
        }
        return events.article(sourceId).map(Events.Article::galleryId).map(g -> "/galleries/" + g).orElse(null);
    }

    /** The figures grouped by what they count, in the order each kind first appears; comparisons with their group. */
    public List<Measure> measures() {
        Map<String, List<Figure>> byMeasure = new LinkedHashMap<>();
        sheet.figures().forEach(f -> byMeasure.computeIfAbsent(f.measure(), k -> new ArrayList<>()).add(f));
        return byMeasure.entrySet().stream().map(e -> new Measure(e.getKey(), e.getValue(),
                sheet.comparisons().stream().filter(c -> c.measure().equals(e.getKey())).toList())).toList();
    }

    /** The roles of {@code person}, each once, with the words the text gives it by. */
    public List<RoleView> roles(PersonEntry person) {
        return person.roles().stream().map(r -> new RoleView(r.name().toLowerCase(java.util.Locale.ROOT),
                person.roleEvidence().stream().filter(f -> f.role() == r).map(f -> f.cue()).distinct().toList())).toList();
    }

    /** The figure with id {@code id} ({@code f1}...). */
    public Optional<Figure> figure(String id) {
        return sheet.figures().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The figure's text, or its id when the sheet has no such figure. */
    public String figureText(String id) {
        return figure(id).map(Figure::text).orElse(id);
    }

    /** Where a citation of {@code sourceId} links: the source's line in the page's list of sources. */
    public String cite(String sourceId) {
        Source s = sources.get(sourceId);
        return s == null ? (sourceId.startsWith("photo:") ? "/photos/" + sourceId.substring(6) : "#sources") : "#" + s.anchor();
    }

    /** The library photo showing {@code ref}, or null when none does yet. */
    public Long photo(PhotoRef ref) {
        return photos.get(ref.photo());
    }

    /** The words shown for a verdict. */
    public static String verdict(FigureComparison.Verdict v) {
        return switch (v) {
            case AGREE -> "agree";
            case DIFFER -> "differ";
            case NOT_COMPARABLE -> "not comparable";
        };
    }

    /** The words shown for how two figures relate. */
    public static String relation(FigureComparison.Relation r) {
        return switch (r) {
            case SAME -> "the same thing";
            case SIMILAR -> "similar things";
            case BOUND -> "a capacity and a count";
        };
    }

    /** A member id as a person reads it: the article's title, or the photo. */
    public String memberLabel(String member) {
        Source s = sources.get(member);
        if (s == null || s.summary().title() == null) {
            return member;
        }
        return member + " (" + s.summary().title() + ")";
    }
}
