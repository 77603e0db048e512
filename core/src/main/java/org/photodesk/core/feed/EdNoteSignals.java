package org.photodesk.core.feed;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the signal an agency writes in words in its note to editors, the way Reuters, AP and AFP do in capitals
 * ("CORRECTS SPELLING OF NAME", "REFILE - ADDING ...", "MANDATORY KILL", "ELIMINATION"). Lower-case prose is not
 * read as a signal ("do not kill the lede"), and a kill only when the note opens with it, as kill advisories do:
 * "THIS PICTURE REPLACES A KILLED ONE" must not withdraw the replacement.
 */
public final class EdNoteSignals {

    private static final Pattern KILL = Pattern.compile("\\A[^A-Z]*(?:(?:ATTENTION|ADVISORY|NOTE)[A-Z ]*[^A-Z ]+\\s*)?"
            + "(?:MANDATORY KILL|KILL|KILLED|WITHDRAWN|WITHDRAWAL|WITHDRAW|ELIMINATION|ELIMINATED|ELIMINATE)\\b");
    private static final Pattern CORRECTION = Pattern.compile(
            "\\b(?:CORRECTS|CORRECTED|CORRECTING|CORRECTION|CORRECTIVE)\\b");
    private static final Pattern UPDATE = Pattern.compile(
            "\\b(?:REFILE|REFILED|REFILING|UPDATES|UPDATED|UPDATE|REPEAT|REPEATS|RESENDING|RESENT|REPLACES"
                    + "|REPLACEMENT)\\b");

    private EdNoteSignals() {}

    /** The strongest signal the note's words carry (kill, then correction, then update), when there is one. */
    public static Optional<Signal> infer(String edNote) {
        String note = FeedText.clean(edNote);
        if (note == null) {
            return Optional.empty();
        }
        if (KILL.matcher(note).find()) {
            return Optional.of(new Signal(Signal.Kind.KILL, "edNote", note));
        }
        if (CORRECTION.matcher(note).find()) {
            return Optional.of(new Signal(Signal.Kind.CORRECTION, "edNote", note));
        }
        if (UPDATE.matcher(note).find()) {
            return Optional.of(new Signal(Signal.Kind.UPDATE, "edNote", note));
        }
        return Optional.empty();
    }
}
