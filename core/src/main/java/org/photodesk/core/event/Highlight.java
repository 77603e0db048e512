package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A moment the sources describe (a stunt, a flag handover, a goal), with every sentence and caption about it.
 *
 * @param moment the key of the moment, from the lexicon word that marks it ("stunt", "flag", "piano")
 * @param label the first text sentence about it (a caption when no text sentence describes it), as written
 * @param people the canonical names of the people and groups its sentences name
 * @param sources the ids of the sources describing it, sorted
 */
public record Highlight(String moment, String label, List<String> people, List<String> sources,
        List<SourceRef> evidence) {

    public Highlight {
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(label, "label");
        people = List.copyOf(people);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }
}
