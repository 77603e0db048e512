package org.photodesk.core.event;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure a source gives: how many of what, with the qualifier it is hedged by, as written in its sentence.
 *
 * @param id the figure's id in its sheet ({@code f1}, {@code f2}...), used by comparisons
 * @param quantity the number, number words read ("two" is 2)
 * @param unit what is counted, singular and lower case ("spectator", "capacity", "hour")
 * @param measure the group of similar things it is compared within ("audience", "performers", "duration")
 * @param qualifier the hedge as written in lower case ("over", "more than", "just over", "about"), or null
 * @param bound true when the figure is a capacity (an upper bound), not a count
 * @param text the figure as written ("over 70,000 spectators", "77,000-capacity stadium")
 * @param start the offset of {@code text} in the source's text
 * @param source the sentence it is in
 */
public record Figure(String id, BigDecimal quantity, String unit, String measure, String qualifier, boolean bound,
        String text, int start, SourceRef source) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
