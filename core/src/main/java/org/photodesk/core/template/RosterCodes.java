package org.photodesk.core.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.event.RosterName;

/**
 * Short codes for roster names, expanded in captions as Photo Mechanic's code replacement does: a code written
 * between backslashes, {@code \mm3\}, becomes the roster's spelling ({@code Kylian Mbappé}). The backslashes are the
 * rule: ordinary words never expand, and a code that is not on a roster stays as typed. Codes are 1 to 20 letters,
 * digits, {@code _} or {@code -}, case ignored.
 *
 * <p>A roster file gives a name its code as {@code mm3=Kylian Mbappé} at the start of the line (aliases still
 * follow after tabs); the code is kept among the name's aliases as {@code \mm3\}, so rosters stored before codes
 * existed read the same.
 */
public final class RosterCodes {

    /** A code's letters. */
    private static final String CODE = "[A-Za-z0-9_-]{1,20}";
    /** A code in a caption: {@code \mm3\}. */
    private static final Pattern IN_TEXT = Pattern.compile("\\\\(" + CODE + ")\\\\");
    /** A roster line's first field with a code: {@code mm3=Kylian Mbappé}. */
    private static final Pattern IN_ROSTER = Pattern.compile("\\s*(" + CODE + ")\\s*=\\s*(\\S.*)");
    private static final Pattern ALIAS = Pattern.compile("\\\\(" + CODE + ")\\\\");

    /** No codes. */
    public static final RosterCodes NONE = new RosterCodes(Map.of());

    private final Map<String, String> names;

    private RosterCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * The codes of {@code roster}; when two events give one code different names, the event named
     * {@code preferredEvent} (case ignored; may be null) wins, then the first event by name.
     */
    public static RosterCodes of(List<RosterName> roster, String preferredEvent) {
        String preferred = preferredEvent == null ? "" : preferredEvent.strip().toLowerCase(Locale.ROOT);
        List<RosterName> ordered = new ArrayList<>(roster);
        ordered.sort(Comparator.comparing((RosterName r) -> !r.eventName().toLowerCase(Locale.ROOT).equals(preferred))
                .thenComparing(RosterName::eventName, String.CASE_INSENSITIVE_ORDER));
        Map<String, String> names = new LinkedHashMap<>();
        for (RosterName r : ordered) {
            for (String alias : r.aliases()) {
                codeOf(alias).ifPresent(code -> names.putIfAbsent(code, r.name()));
            }
        }
        return new RosterCodes(names);
    }

    /** The code {@code alias} stands for, when it is one ({@code \mm3\} gives {@code mm3}), lower case. */
    public static Optional<String> codeOf(String alias) {
        Matcher m = ALIAS.matcher(alias == null ? "" : alias.strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** How a code is kept among a roster name's aliases: {@code \mm3\}. */
    public static String alias(String code) {
        return "\\" + code.strip().toLowerCase(Locale.ROOT) + "\\";
    }

    /** A roster line's first field split into its code and name. */
    public record Coded(String code, String name) {}

    /** The code and name of a roster line's first field written {@code mm3=Kylian Mbappé}; empty for a bare name. */
    public static Optional<Coded> split(String firstField) {
        Matcher m = IN_ROSTER.matcher(firstField == null ? "" : firstField);
        return m.matches() ? Optional.of(new Coded(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip()))
                : Optional.empty();
    }

    /** Every code and its name, by code. */
    public Map<String, String> asMap() {
        return new java.util.TreeMap<>(names);
    }

    /** The name {@code code} stands for (case ignored). */
    public Optional<String> find(String code) {
        return Optional.ofNullable(names.get(code.toLowerCase(Locale.ROOT)));
    }

    /** Whether there are no codes. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** {@code text} with each known {@code \code\} replaced by its name; unknown codes stay as written. */
    public String expand(String text) {
        if (text == null || text.indexOf('\\') < 0 || names.isEmpty()) {
            return text;
        }
        return IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                find(m.group(1)).orElse(m.group())));
    }

    /** The codes in {@code text} that are on no roster, as written, each once. */
    public List<String> unknown(String text) {
        if (text == null) {
            return List.of();
        }
        return IN_TEXT.matcher(text).results().map(m -> m.group(1)).filter(c -> find(c).isEmpty()).distinct()
                .toList();
    }
}
