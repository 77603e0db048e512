package org.photodesk.core.event;

import java.util.Objects;

/**
 * Two figures about the same or similar things, shown side by side: never merged, only compared.
 *
 * @param measure the group they share ("audience", "performers")
 * @param first the id of the first figure
 * @param second the id of the second figure
 * @param note one sentence for the desk saying what was compared and how
 */
public record FigureComparison(String measure, String first, String second, Relation relation, Verdict verdict,
        String note) {

    public FigureComparison {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** How the two figures relate: the same thing, similar things, or a capacity and a count. */
    public enum Relation { SAME, SIMILAR, BOUND }

    /** Whether they agree (their ranges overlap once qualifiers are read), differ, or cannot be compared. */
    public enum Verdict { AGREE, DIFFER, NOT_COMPARABLE }
}
