package org.photodesk.core.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.Problem;

/**
 * What a photo's rights allow, as {@link Rights} reads them: an embargo, a kill, the usage terms and the
 * restrictions the agency attached ("EDITORIAL USE ONLY", "NO SALES"). The kill and a read embargo that has not
 * lifted forbid publishing outright ({@link #BLOCKING}); no force passes them.
 *
 * @param embargo the embargo, or null; when several sources state one, the one that lifts last
 * @param kill the photo's kill, or null
 * @param usageTerms the IPTC Rights Usage Terms, or null
 * @param restrictions the restriction phrases of the caption and the instructions, embargo phrases left out
 */
public record RightsStatus(Embargo embargo, PhotoKill kill, String usageTerms, List<String> restrictions) {

    /** Problem code: the photo was killed. */
    public static final String KILLED = "rights.killed";
    /** Problem code: the photo is under an embargo that has not lifted. */
    public static final String EMBARGOED = "rights.embargoed";
    /** Problem code: the photo states an embargo whose end could not be read; an editor judges it. */
    public static final String EMBARGO_UNREAD = "rights.embargo-unread";
    /** The codes that forbid publishing, with or without force. */
    public static final Set<String> BLOCKING = Set.of(KILLED, EMBARGOED);

    /** No embargo, no kill, no terms. */
    public static final RightsStatus FREE = new RightsStatus(null, null, null, List.of());

    public RightsStatus {
        usageTerms = usageTerms == null || usageTerms.isBlank() ? null : usageTerms.strip();
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    /** Whether {@code problem} forbids publishing even when forced. */
    public static boolean blocks(Problem problem) {
        return BLOCKING.contains(problem.code());
    }

    public boolean killed() {
        return kill != null;
    }

    /** When a read embargo lifts. */
    public Optional<Instant> embargoedUntil() {
        return embargo == null ? Optional.empty() : Optional.ofNullable(embargo.until());
    }

    /** Whether anything limits the use of the photo: usage terms or restrictions. */
    public boolean restricted() {
        return usageTerms != null || !restrictions.isEmpty();
    }

    /**
     * The usage terms as one statement for readers and partners (ninjs {@code usageTerms}): the IPTC usage terms and
     * the restrictions not already in them, or null when there are none.
     */
    public String usageStatement() {
        var parts = new ArrayList<String>();
        if (usageTerms != null) {
            parts.add(usageTerms);
        }
        for (String r : restrictions) {
            if (parts.stream().noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT)
                    .contains(r.toLowerCase(java.util.Locale.ROOT)))) {
                parts.add(r);
            }
        }
        return parts.isEmpty() ? null : String.join(". ", parts.stream().map(RightsStatus::noStop).toList()) + ".";
    }

    private static String noStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * What publishing photo {@code what} (such as "photo 12") at {@code now} must respect: a kill and an embargo
     * that has not lifted block it; an embargo whose end could not be read is for an editor to judge.
     */
    public List<Problem> problemsAt(Instant now, String what) {
        var out = new ArrayList<Problem>();
        if (kill != null) {
            out.add(Problem.of(KILLED, what + " was killed on " + kill.at() + " (" + kill.source() + ": "
                    + kill.reason() + "): it may not be published; remove it from the gallery"));
        }
        if (embargo != null && embargo.holdsAt(now)) {
            out.add(Problem.inField(EMBARGOED, field(embargo), what + " is under embargo until " + embargo.until()
                    + " (read from " + embargo.source() + "): it cannot be published before then, even with force"));
        } else if (embargo != null && !embargo.readable()) {
            out.add(Problem.inField(EMBARGO_UNREAD, field(embargo), what + " states an embargo whose end could not"
                    + " be read (" + embargo.source() + ": '" + embargo.words() + "'): publish with force only once"
                    + " it has lifted, or remove the embargo from the photo"));
        }
        return List.copyOf(out);
    }

    private static String field(Embargo e) {
        return e.source().contains(" ") ? null : e.source();
    }
}
