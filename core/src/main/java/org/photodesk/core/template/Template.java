package org.photodesk.core.template;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named caption template (a newsroom's "stationery pad"): the fields it fills on each photo it is applied to,
 * each with its mode and its text with variables taken from that photo.
 *
 * @param name unique, 1 to 80 characters, no control characters
 * @param rules at most one rule per field, applied in this order
 */
public record Template(String name, List<FieldRule> rules) {

    /** The longest name. */
    public static final int MAX_NAME = 80;

    public Template {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("template name '" + name + "' is not valid: give 1 to " + MAX_NAME
                    + " characters on one line");
        }
        rules = List.copyOf(rules == null ? List.of() : rules);
        var seen = new HashSet<String>();
        for (FieldRule r : rules) {
            if (!seen.add(r.field())) {
                throw new IllegalArgumentException("template '" + name + "' fills " + r.field()
                        + " twice: keep one rule per field");
            }
        }
    }

    /** Every problem in the rules' texts (unknown variables, unclosed braces), by field. */
    public List<TemplateText.Problem> problems() {
        return rules.stream().flatMap(r -> TemplateText.parse(r.text()).problems().stream()
                .map(p -> p.inField(r.field()))).toList();
    }
}
