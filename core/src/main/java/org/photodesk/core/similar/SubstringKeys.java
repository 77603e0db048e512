package org.photodesk.core.similar;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The multi-index hashing layout of {@link HammingIndex} as keyword terms, so that an external search index (Lucene,
 * OpenSearch) can find near hashes with a plain terms query and no script over every document.
 *
 * <p>Index each photo's {@link #of(long)} as a multi-valued keyword field (say {@code dct_keys}) and the hash itself
 * as a long field. To find every photo within r bits, search {@code dct_keys} for any of {@link #within(long, int)}
 * (a terms query: 1 term at r = 0, 4 at r = 3, 68 at r = 7, 548 at r = 11, 2,788 at r = 15; OpenSearch accepts 65,536 by
 * default) and keep the hits whose exact distance, from the long field, is at most r. Multi-index hashing's
 * pigeonhole argument guarantees that no hash within r is missed by the terms query. A term is the substring's
 * number, a colon and its four hex digits, e.g. {@code 2:0f3a}.
 */
public final class SubstringKeys {

    private SubstringKeys() {}

    /** The four terms to index for a hash. */
    public static List<String> of(long hash) {
        List<String> terms = new ArrayList<>(Substrings.COUNT);
        for (int i = 0; i < Substrings.COUNT; i++) {
            terms.add(term(i, Substrings.substring(hash, i)));
        }
        return terms;
    }

    /** The terms to search for: every indexed hash within {@code radius} bits of {@code hash} has one of them. */
    public static List<String> within(long hash, int radius) {
        if (radius < 0 || radius > 64) {
            throw new IllegalArgumentException("substring keys: radius " + radius + " is outside 0 to 64");
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < Substrings.COUNT; i++) {
            int key = Substrings.substring(hash, i);
            for (int k = 0, n = Substrings.neighbours(Substrings.radius(radius, i)); k < n; k++) {
                terms.add(term(i, Substrings.neighbour(key, k)));
            }
        }
        return terms;
    }

    private static String term(int substring, int value) {
        return substring + ":" + HexFormat.of().toHexDigits((short) value);
    }
}
