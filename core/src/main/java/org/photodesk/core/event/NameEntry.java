package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A reference spelling for the caption checks: the canonical name, every other spelling the sources used for it,
 * and what it names.
 *
 * @param variants the other spellings seen (never the canonical one); a check may flag them in new captions
 */
public record NameEntry(String name, List<String> variants, NameKind kind) {

    public NameEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
