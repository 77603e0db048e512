package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the sources of one event say, side by side and each item with the sentence it came from: the day(s), venue,
 * city and country; the people and groups with their roles and spellings; the figures and how they compare; the
 * moments described; the photographers. Built by {@link EventSheets}; deterministic for the same event.
 *
 * @param dates the days of the event, the best attested first, then by date
 * @param venue the venue, or null when no source names one
 * @param city the city, or null
 * @param country the country, or null
 * @param people people and groups the text gives a role (or photos name), most mentioned first
 * @param figures every figure found, in source order
 * @param comparisons figures about the same or similar things, compared two by two
 */
public record EventSheet(String eventId, String name, List<DateFact> dates, Place venue, Place city, Place country,
        List<PersonEntry> people, List<Figure> figures, List<FigureComparison> comparisons, List<Highlight> highlights,
        List<Photographer> photographers, List<SourceSummary> sources) {

    public EventSheet {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(name, "name");
        dates = List.copyOf(dates);
        people = List.copyOf(people);
        figures = List.copyOf(figures);
        comparisons = List.copyOf(comparisons);
        highlights = List.copyOf(highlights);
        photographers = List.copyOf(photographers);
        sources = List.copyOf(sources);
    }

    /** The names the caption checks can take as reference spellings: people and groups, then the places. */
    public List<NameEntry> referenceNames() {
        List<NameEntry> out = new ArrayList<>();
        people.forEach(p -> out.add(new NameEntry(p.name(), p.variants(), p.kind())));
        for (Place place : java.util.Arrays.asList(venue, city, country)) {
            if (place != null) {
                out.add(new NameEntry(place.name(), place.variants(), NameKind.PLACE));
            }
        }
        return out;
    }

    /** The person or group with this canonical name or spelling. */
    public java.util.Optional<PersonEntry> findPerson(String spelling) {
        return people.stream().filter(p -> p.spellings().contains(spelling)).findFirst();
    }
}
