package org.photodesk.desk;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the desk needs of near-duplicates for the contact sheet: the duplicates of the photos on a page, shown as a
 * stack ("+2 similar", opening {@code similar:ID}); the composition root passes the library's kept stacks
 * ({@code library.ingestor().nearDuplicates()::stacks}).
 */
@FunctionalInterface
public interface Stacks {

    /** The duplicates of each of {@code ids} that has any, by photo id. */
    Map<Long, List<Long>> of(Collection<Long> ids);

    /** No stacks at all. */
    static Stacks none() {
        return ids -> Map.of();
    }
}
