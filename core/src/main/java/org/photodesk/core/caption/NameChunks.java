package org.photodesk.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into runs of capitalised words ("Stade de France", "Leon MARCHAND", "2024 Summer Olympics"), the
 * candidates for names of people, places, venues and events. Lower-case particles join words ("Tour de France");
 * commas, brackets, possessives ("Britain's") and sentence ends close a run.
 */
public final class NameChunks {

    /** One run of capitalised words, {@code [start, end)} in the text, with each word's span. */
    public record Chunk(int start, int end, int[] wordStarts, int[] wordEnds, boolean possessive) {

        /** How many words the run has. */
        public int size() {
            return wordStarts.length;
        }

        /** The text of word {@code i}, without a possessive "'s". */
        public String word(String text, int i) {
            int e = wordEnds[i];
            if (possessive && i == wordStarts.length - 1 && e - wordStarts[i] > 2) {
                e -= 2;
            }
            return text.substring(wordStarts[i], e);
        }

        /** The run's text from word {@code from} to the end, without a possessive "'s". */
        public String text(String text, int from) {
            int e = end;
            if (possessive && end - wordStarts[wordStarts.length - 1] > 2) {
                e -= 2;
            }
            return text.substring(wordStarts[from], e);
        }
    }

    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "la", "le", "van", "der", "den", "von",
            "da", "di", "del", "della", "dos", "das", "do", "sur", "d'", "y", "bin", "al", "el", "ter", "ten", "zu");
    private static final Set<String> ABBREVIATIONS = Set.of("St", "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "Mt", "Ft",
            "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "No", "Ste", "Aug", "Sept", "Oct", "Nov",
            "Dec", "Jan", "Feb");

    private NameChunks() {}

    /** The runs of capitalised words in {@code text} between {@code from} and {@code to}. */
    public static List<Chunk> scan(String text, int from, int to) {
        List<Chunk> out = new ArrayList<>();
        int[] ws = new int[16];
        int[] we = new int[16];
        int n = 0;
        int pendingConnectors = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c != ' ' || (i + 1 < to && text.charAt(i + 1) == '-')) {
                    if (c != ' ') {
                        n = flush(out, text, ws, we, n, false);
                        pendingConnectors = 0;
                    }
                }
                i++;
                continue;
            }
            int s = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            int e = i;
            boolean sentenceEnd = false;
            boolean pluralPossessive = e - s > 2 && (text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '\u2019')
                    && (text.charAt(e - 2) == 's' || text.charAt(e - 2) == 'S');
            while (e > s && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-' || text.charAt(e - 1) == '\''
                    || text.charAt(e - 1) == '\u2019')) {
                if (text.charAt(e - 1) == '.' && !isAbbreviation(text, s, e - 1)) {
                    sentenceEnd = true;
                }
                e--;
            }
            boolean possessive = e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019');
            char first = text.charAt(s);
            boolean cap = Character.isUpperCase(first) || (Character.isDigit(first) && n > 0)
                    || (Character.isDigit(first) && startsCapRun(text, i, to));
            if (cap) {
                if (n == ws.length) {
                    n = flush(out, text, ws, we, n, false);
                }
                ws[n] = s;
                we[n] = e;
                n++;
                pendingConnectors = 0;
                if ((possessive && !venueFollows(text, i, to)) || sentenceEnd || pluralPossessive) {
                    n = flush(out, text, ws, we, n, possessive);
                }
            } else if (n > 0 && pendingConnectors < 2 && CONNECTORS.contains(text.substring(s, e))
                    && !sentenceEnd) {
                pendingConnectors++;
            } else {
                n = flush(out, text, ws, we, n, false);
                pendingConnectors = 0;
            }
        }
        flush(out, text, ws, we, n, false);
        return out;
    }

    /**
     * The spans {@code [start, end)} of the names a text writes: each run of capitalised words, without leading
     * titles, nationalities and common sentence-initial words, and without a possessive "'s".
     */
    public static List<int[]> nameSpans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Chunk c : scan(text, 0, text.length())) {
            int owner = possessiveWord(text, c);
            if (owner >= 0) {
                // "United States' Simone Bils": the name after a possessive is a name of its own
                out.add(new int[] {c.wordStarts()[owner + 1], c.possessive()
                        && c.end() - c.wordStarts()[c.size() - 1] > 2 ? c.end() - 2 : c.end()});
                continue;
            }
            int i = 0;
            while (i < c.size() - 1 && (Lexicon.TITLES.contains(c.word(text, i))
                    || Lexicon.DEMONYMS.contains(c.word(text, i)) || Lexicon.COMMON.contains(c.word(text, i)))) {
                i++;
            }
            String first = c.word(text, i);
            int e = c.possessive() && c.end() - c.wordStarts()[c.size() - 1] > 2 ? c.end() - 2 : c.end();
            if (i > 0 && Lexicon.TITLES.contains(c.word(text, 0))) {
                out.add(new int[] {c.wordStarts()[0], e});
            }
            if (c.size() - i == 1 && (Lexicon.COMMON.contains(first) || Lexicon.TITLES.contains(first)
                    || Lexicon.DEMONYMS.contains(first))) {
                continue;
            }
            out.add(new int[] {c.wordStarts()[i], e});
        }
        return out;
    }

    /** The last word before the chunk's end written as a possessive ("States'", "Britain's"), or -1. */
    private static int possessiveWord(String text, Chunk c) {
        for (int i = c.size() - 2; i >= 0; i--) {
            String w = c.word(text, i);
            if (w.endsWith("'") || w.endsWith("\u2019") || w.endsWith("'s") || w.endsWith("\u2019s")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean venueFollows(String text, int i, int to) {
        if (i + 1 >= to || text.charAt(i) != ' ' || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        int e = i + 1;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return Lexicon.VENUE_WORDS.contains(text.substring(i + 1, e));
    }

    private static boolean startsCapRun(String text, int i, int to) {
        return i + 1 < to && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&';
    }

    private static boolean isAbbreviation(String text, int s, int dot) {
        if (dot - s <= 1) {
            return true;
        }
        if (text.indexOf('.', s) < dot) {
            return true;
        }
        return ABBREVIATIONS.contains(text.substring(s, dot));
    }

    private static int flush(List<Chunk> out, String text, int[] ws, int[] we, int n, boolean possessive) {
        if (n > 0) {
            out.add(new Chunk(ws[0], we[n - 1], java.util.Arrays.copyOf(ws, n), java.util.Arrays.copyOf(we, n),
                    possessive));
        }
        return 0;
    }
}
