package org.photodesk.core.caption;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem.Span;

/**
 * What a caption says, field by field, with where each value was found: credit (agency, photographer,
 * distributor, collection), place, venue, date, event, people, usage restrictions, agency flags and the body.
 *
 * <p>Values are null (lists empty) when the caption does not state them. {@code country}/{@code countryCode} and
 * {@code city} may be inferred from the gazetteer ("in Paris" gives France, FR); {@code region} only when stated.
 *
 * @param agency normalised agency ("AP", "Reuters", "AFP", "Getty Images", "EPA", "PA", "ANP"...) or null
 * @param photographer the person credited, recased ("LUDOVIC MARIN" to "Ludovic Marin"); null for Stringer,
 *     Staff, handouts and agency-only credits
 * @param creditLine the credit as printed, from the first to the last stacked credit
 * @param distributor the agency named after "via" ("AFP via Getty Images" gives "Getty Images"), normalised
 * @param collection "Pool", "Handout" or "File", or null
 * @param weekdayStated the weekday written next to the date (or alone when there is no date)
 * @param embargoUntil the end of an embargo the caption states, when its time could be read
 * @param body the caption without its credits, flags, picture ids, restrictions and trailers
 * @param found every value found, with its span in the caption
 */
public record CaptionParse(
        String agency,
        String photographer,
        String creditLine,
        String distributor,
        String collection,
        String city,
        String region,
        String country,
        String countryCode,
        String venue,
        LocalDate date,
        DayOfWeek weekdayStated,
        String event,
        List<String> people,
        List<String> restrictions,
        Instant embargoUntil,
        List<String> flags,
        String body,
        List<Found> found) {

    /** One value found in the caption and the characters it came from. */
    public record Found(String field, String value, Span span) {}

    public CaptionParse {
        people = people == null ? List.of() : List.copyOf(people);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        flags = flags == null ? List.of() : List.copyOf(flags);
        found = found == null ? List.of() : List.copyOf(found);
        body = body == null ? "" : body;
    }

    /** The first value found for {@code field} ("agency", "date", "people"...), with its span. */
    public Optional<Found> find(String field) {
        for (Found f : found) {
            if (f.field().equals(field)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every value found for {@code field}, in caption order. */
    public List<Found> findAll(String field) {
        return found.stream().filter(f -> f.field().equals(field)).toList();
    }
}
