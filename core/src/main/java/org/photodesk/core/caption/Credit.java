package org.photodesk.core.caption;

import java.util.Locale;
import java.util.Set;

/**
 * A credit string taken apart: "Ludovic MARIN/AFP via Getty Images" gives photographer "Ludovic Marin", agency
 * "AFP", distributor "Getty Images". Offsets are into the credit text as given, -1 when absent.
 *
 * @param agency normalised agency, or null
 * @param agencyPrinted the agency as printed (for misspelling checks), or null
 * @param agencyAt offset of {@code agencyPrinted} in the text
 * @param photographer the person credited, recased, or null
 * @param photographerAt offset of the photographer in the text
 * @param photographerLength printed length of the photographer
 * @param distributor the agency after "via", normalised, or null
 * @param collection "Pool", "Handout" or "File", or null
 * @param source a non-agency supplier named in the credit ("Ukrainian Presidential Press Service"), or null
 * @param junk a junk byline token (Stringer, Staff, STR, HO...) was present
 * @param marked the text was marked as a credit ("Photo by", "Photo credit should read", "(c)")
 */
public record Credit(
        String agency,
        String agencyPrinted,
        int agencyAt,
        String photographer,
        int photographerAt,
        int photographerLength,
        String distributor,
        String collection,
        String source,
        boolean junk,
        boolean marked) {

    private static final Set<String> JUNK = Set.of("stringer", "str", "staff", "ho", "supplied", "handout",
            "-", "photographer", "photo", "afp photo", "ap photo", "file", "file photo", "pool", "pool photo", "stf",
            "unknown", "n/a", "str/afp");
    private static final Set<String> COLLECTION_POOL = Set.of("pool", "pool photo", "pool via reuters", "pool/afp");
    private static final Set<String> ORG_WORDS = Set.of("service", "office", "ministry", "press", "agency", "handout",
            "department", "forces", "army", "police", "government", "presidency", "courtesy", "council", "committee",
            "group", "company", "inc", "ltd", "news", "tv", "television", "media", "channel", "embassy", "navy",
            "museum", "team", "federation", "club", "palace", "kcna", "nasa", "bureau", "authority", "reuters",
            "spokesperson", "unit", "brigade", "corps", "university", "institute", "festival", "foundation",
            "agencja", "agencia", "agenzia", "pl", "com", "uefa", "fifa", "ioc", "pool", "centre", "center", "sport",
            "recreation", "hospital", "school", "zoo", "co", "corp", "kremlin", "bundesregierung",
            "white", "presidential", "corporation", "broadcast", "broadcasting", "society", "books", "herald",
            "gazette", "times", "post", "tribune", "journal", "telegraph", "guardian", "observer", "globe", "mail",
            "magazine", "radio", "liberty", "awards", "award", "bank", "studios", "studio", "photography", "archive",
            "archives", "library", "collection", "association", "commission", "parliament", "senate", "newspaper",
            "daily", "weekly", "agencies", "chronicle", "courier", "inquirer", "examiner", "bulletin", "network", "networks",
            // newspapers named in their own language: "Yomiuri Shimbun", "Chosun Ilbo", "Kleine Zeitung"
            "shimbun", "ilbo", "nippo", "zeitung", "dagblad", "gazeta", "diario", "giornale", "corriere");

    /** Whether anything identifies this text as a credit at all. */
    public boolean isCredit() {
        return agency != null || marked || distributor != null;
    }

    /** Parses {@code text}; never throws, returns an empty credit for text that is not one. */
    public static Credit parse(String text) {
        return new CreditBuilder(text == null ? "" : text).build();
    }

    /**
     * Parses a credit read where credits stand, a bracket or a line closing a caption: there a full name and a
     * slash make a credit whatever follows ("(Jane Roe/Baltimore Sun)").
     */
    static Credit parseClosing(String text) {
        return new CreditBuilder(text == null ? "" : text, true).build();
    }

    /** Whether {@code token} is a junk byline token such as "Stringer", "STR", "Staff", "HO", "Handout". */
    public static boolean isJunk(String token) {
        return JUNK.contains(token.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isPoolWord(String token) {
        return COLLECTION_POOL.contains(token.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} looks like an organisation ("Ukrainian Presidential Press Service") rather than a person. */
    public static boolean looksLikeOrganisation(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s,/.-]+")) {
            if (ORG_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
