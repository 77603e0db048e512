package org.photodesk.core.rights;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.caption.CaptionParser;

/**
 * The embargo phrase reader used until a fuller one is plugged into {@link EmbargoText#standard()}: a phrase opens
 * with "EMBARGOED", "embargo(ed) until/to/:", "hold for release" or "not for publication before" and runs to the
 * end of its sentence (a dot after an abbreviated month, as in AP's "Aug. 13", does not end it), at most 120
 * characters; its end is read by {@link CaptionParser#embargo(String)}. Prose such as "the arms embargo" is no phrase.
 */
final class FallbackEmbargoText implements EmbargoText {

    static final FallbackEmbargoText INSTANCE = new FallbackEmbargoText();

    private static final int MAX_PHRASE = 120;
    private static final Pattern OPENING = Pattern.compile("\\bEMBARGO(?:ED)?\\b"
            + "|(?i:\\bembargo(?:ed)?\\s*(?:until|till|to|for|:|-))"
            + "|(?i:\\bhold(?:ing)?\\s+for\\s+release\\b)"
            + "|(?i:\\bnot\\s+for\\s+(?:publication|release|use)\\s+(?:before|until)\\b)");
    private static final Pattern MONTH_DOT = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov"
            + "|dec)$");

    private FallbackEmbargoText() {}

    @Override
    public Optional<Phrase> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = OPENING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String words = text.substring(m.start(), sentenceEnd(text, m.end(), m.start() + MAX_PHRASE)).strip();
        Instant until;
        try {
            until = CaptionParser.embargo(words);
        } catch (RuntimeException e) {
            until = null;
        }
        return Optional.of(new Phrase(words, until));
    }

    /** Where the sentence that runs through {@code from} ends: a full stop, semicolon or line break; at most {@code limit}. */
    private static int sentenceEnd(String text, int from, int limit) {
        int end = Math.min(text.length(), limit);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n') {
                return i;
            }
            boolean stop = c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (stop && !MONTH_DOT.matcher(text.substring(Math.max(from, i - 5), i)).find()) {
                return i;
            }
        }
        return end;
    }
}
