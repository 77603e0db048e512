package org.photodesk.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.photodesk.core.event.DateFact;
import org.photodesk.core.event.EventSheet;
import org.photodesk.core.event.Figure;
import org.photodesk.core.event.FigureComparison;
import org.photodesk.core.event.Highlight;
import org.photodesk.core.event.PersonEntry;
import org.photodesk.core.event.Photographer;
import org.photodesk.core.event.Place;
import org.photodesk.core.event.SourceRef;
import org.photodesk.core.event.SourceSummary;

/** An event sheet as text for a person at a terminal: sections, one item a line, every item with its sources. */
final class SheetText {

    private static final String NL = System.lineSeparator();

    private SheetText() {}

    static String of(EventSheet s) {
        StringBuilder b = new StringBuilder();
        b.append(s.name()).append("  [").append(s.eventId()).append(']').append(NL);
        b.append("where:  ").append(where(s)).append(NL);
        b.append("when:   ").append(s.dates().isEmpty() ? "unknown"
                : s.dates().stream().map(SheetText::date).collect(Collectors.joining("; "))).append(NL);
        section(b, "sources", s.sources(), SheetText::source);
        section(b, "people", s.people(), SheetText::person);
        Map<String, Figure> figures = s.figures().stream().collect(Collectors.toMap(Figure::id, f -> f));
        section(b, "figures", s.figures(), f -> f.id() + "  " + f.text() + "  [" + f.source().sourceId() + "]");
        section(b, "figures compared", s.comparisons(), c -> comparison(c, figures));
        section(b, "highlights", s.highlights(), SheetText::highlight);
        section(b, "photographers", s.photographers(), SheetText::photographer);
        return b.toString().stripTrailing();
    }

    private static <T> void section(StringBuilder b, String title, List<T> items, Function<T, String> line) {
        b.append(title).append(':');
        if (items.isEmpty()) {
            b.append(" none").append(NL);
            return;
        }
        b.append(NL);
        items.forEach(i -> b.append("  ").append(line.apply(i)).append(NL));
    }

    private static String where(EventSheet s) {
        String w = Stream.of(s.venue(), s.city(), s.country()).filter(Objects::nonNull).map(SheetText::place)
                .collect(Collectors.joining(", "));
        return w.isEmpty() ? "unknown" : w;
    }

    private static String place(Place p) {
        return p.name() + (p.variants().isEmpty() ? "" : " (also written " + String.join(", ", p.variants()) + ")");
    }

    private static String date(DateFact d) {
        return d.date() + " (" + d.basis() + ": " + sources(d.evidence()) + ")";
    }

    private static String sources(List<SourceRef> refs) {
        return String.join(", ", new TreeSet<>(refs.stream().map(SourceRef::sourceId).toList()));
    }

    private static String source(SourceSummary s) {
        return s.kind() + " " + s.id() + "  " + (s.date() == null ? "undated" : s.date()) + "  "
                + (s.title() == null ? "(no title)" : s.title()) + "  " + s.captions()
                + (s.captions() == 1 ? " caption" : " captions")
                + (s.agencies().isEmpty() ? "" : " (" + String.join(", ", s.agencies()) + ")");
    }

    private static String person(PersonEntry p) {
        String roles = p.roles().isEmpty() ? "no role given"
                : p.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        String spellings = p.variants().isEmpty() ? "" : "; also written " + String.join(", ", p.variants());
        return p.name() + " (" + p.kind().name().toLowerCase(Locale.ROOT) + ", " + roles + ")" + spellings
                + "; sources: " + String.join(", ", p.sources())
                + (p.photos().isEmpty() ? "" : "; in " + p.photos().size() + (p.photos().size() == 1 ? " photo" : " photos"));
    }

    private static String comparison(FigureComparison c, Map<String, Figure> figures) {
        return c.measure() + ":  " + figure(figures.get(c.first())) + "  |  " + figure(figures.get(c.second()))
                + "  => " + c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " (" + c.relation().name().toLowerCase(Locale.ROOT) + ")"
                + (c.note() == null ? "" : NL + "      " + c.note());
    }

    private static String figure(Figure f) {
        return f == null ? "?" : f.text() + " [" + f.source().sourceId() + "]";
    }

    private static String highlight(Highlight h) {
        return h.moment() + ": " + h.label()
                + (h.people().isEmpty() ? "" : NL + "      people: " + String.join(", ", h.people()))
                + NL + "      sources: " + String.join(", ", h.sources());
    }

    private static String photographer(Photographer p) {
        return p.name() + (p.agency() == null ? "" : " (" + p.agency() + ")") + ": " + p.photos()
                + (p.photos() == 1 ? " photo" : " photos") + "  [" + String.join(", ", p.sources()) + "]";
    }
}
