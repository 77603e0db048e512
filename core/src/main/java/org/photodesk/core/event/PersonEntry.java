package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A person or group of an event sheet: the name the sources agree on, the roles the text gives, every spelling
 * seen, the sources naming them, the photos showing them and the moments they take part in.
 *
 * @param roles the distinct roles, in the order {@link Role} declares them
 * @param roleEvidence each role with its cue word and sentence
 * @param spellings every spelling seen, the canonical name first
 * @param sources the ids of the sources that name them, sorted
 * @param photos the photos whose captions name them (or whose IPTC Person Shown does)
 * @param moments the keys of the {@link Highlight}s whose sentences name them
 * @param mentions every sentence naming them, in source order
 */
public record PersonEntry(String name, NameKind kind, List<Role> roles, List<RoleFact> roleEvidence,
        List<String> spellings, List<String> sources, List<PhotoRef> photos, List<String> moments,
        List<SourceRef> mentions) {

    public PersonEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        roles = List.copyOf(roles);
        roleEvidence = List.copyOf(roleEvidence);
        spellings = List.copyOf(spellings);
        sources = List.copyOf(sources);
        photos = List.copyOf(photos);
        moments = List.copyOf(moments);
        mentions = List.copyOf(mentions);
    }

    /** The spellings other than the canonical name. */
    public List<String> variants() {
        return spellings.stream().filter(s -> !s.equals(name)).toList();
    }
}
