package org.photodesk.core.rights;

import java.util.Optional;
import java.util.regex.Pattern;
import org.photodesk.core.feed.FeedItem;
import org.photodesk.core.feed.PubStatus;
import org.photodesk.core.feed.Signal;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Finds an agency's kill or withdrawal in a photo's own words, the way agencies write them in capitals: a headline,
 * instructions or caption that opens with "KILL", "MANDATORY KILL", "WITHDRAWN" or "ELIMINATION" (after an optional
 * "ATTENTION EDITORS -"), or that says "THIS PICTURE HAS BEEN WITHDRAWN"; and in a feed item, a kill signal or a
 * canceled publishing status. Prose in lower case ("police kill suspect") and a replacement's note ("THIS PICTURE
 * REPLACES A KILLED ONE") are no kill; the same rule as the feed reader's editorial-note signals.
 */
public final class KillNotice {

    private static final int MAX_REASON = 300;
    private static final Pattern OPENS = Pattern.compile("\\A[^A-Za-z]*(?:(?:ATTENTION|ADVISORY|NOTE|EDITORS?)"
            + "[A-Z ]*[^A-Za-z ]+\\s*)?(?:MANDATORY KILL|KILL|KILLED|WITHDRAWN|WITHDRAWAL|ELIMINATION|ELIMINATED)\\b");
    private static final Pattern STATES = Pattern.compile("\\b(?:MANDATORY KILL|KILL NOTICE"
            + "|(?:THIS |THE )?(?:PICTURE|PHOTO|PHOTOGRAPH|IMAGE) (?:HAS BEEN|HAS|IS|WAS) (?:BEEN )?"
            + "(?:WITHDRAWN|KILLED|ELIMINATED))\\b");

    private KillNotice() {}

    /** The words of the first kill notice in the headline, instructions, caption or title, cut to 300 characters. */
    public static Optional<String> in(PhotoMetadata m) {
        for (String text : new String[] {m.headline(), m.instructions(), m.caption(), m.title()}) {
            if (isKill(text)) {
                return Optional.of(reason(text));
            }
        }
        return Optional.empty();
    }

    /** The reason a feed item kills its picture: a kill signal's words, or its canceled status and note. */
    public static Optional<String> in(FeedItem item) {
        for (Signal s : item.signals()) {
            if (s.kind() == Signal.Kind.KILL) {
                return Optional.of(reason(s.text() != null ? s.text() : "kill signal " + s.code()));
            }
        }
        if (item.pubStatus() == PubStatus.CANCELED) {
            return Optional.of(reason(item.edNote() != null ? item.edNote() : "publishing status canceled"));
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a kill notice. */
    public static boolean isKill(String text) {
        return text != null && (OPENS.matcher(text).find() || STATES.matcher(text).find());
    }

    private static String reason(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= MAX_REASON ? one : one.substring(0, MAX_REASON - 1) + "…";
    }
}
