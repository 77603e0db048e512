package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A grouping signature ({@link EventGrouper.Signature}) as one line of text, so the kept events can compare a new
 * source with the library's without reading every photo again. Sets are written sorted: equal signatures, equal text.
 */
final class SignatureText {

    private static final String FIELD = "\u001e";
    private static final String ITEM = "\u001f";

    private SignatureText() {}

    /** {@code s} as text. */
    static String write(EventGrouper.Signature s) {
        return String.join(FIELD, s.memberId(), items(s.days().stream().map(LocalDate::toString).toList()),
                items(s.venues()), items(s.cities()), items(s.names()),
                s.iptcEvent() == null ? "" : "=" + clean(s.iptcEvent()), items(s.keywords()));
    }

    /** The signature {@link #write} wrote as {@code text}. */
    static EventGrouper.Signature read(String text) {
        String[] f = text.split(FIELD, -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("a kept event signature has " + f.length + " fields, not 7: run "
                    + "'photodesk events --regroup' to write them again");
        }
        Set<LocalDate> days = new HashSet<>();
        set(f[1]).forEach(d -> days.add(LocalDate.parse(d)));
        return new EventGrouper.Signature(f[0], days, set(f[2]), set(f[3]), set(f[4]),
                f[5].isEmpty() ? null : f[5].substring(1), set(f[6]));
    }

    private static String items(java.util.Collection<String> values) {
        return values.stream().map(SignatureText::clean).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(ITEM));
    }

    private static String clean(String s) {
        return s.replace(FIELD, " ").replace(ITEM, " ");
    }

    private static Set<String> set(String field) {
        return field.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(field.split(ITEM, -1)));
    }

    /** The member ids of {@code signatures}, for messages. */
    static List<String> ids(List<EventGrouper.Signature> signatures) {
        return signatures.stream().map(EventGrouper.Signature::memberId).toList();
    }
}
