package org.photodesk.core.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency credit at the end of a photo caption ("AP/Martin Meissner", "REUTERS/Phil Noble",
 * "(Phil Noble/REUTERS)", "AFP", "Getty Images"), split from the description before it.
 *
 * <p>A minimal splitter for articles and events: the caption package has the full parser, which may replace it.
 *
 * @param description the caption without the credit and without trailing agency tags
 * @param credit the credit as written
 * @param agency the normalised agency name
 * @param photographer the photographer, or null when the credit names only the agency
 */
public record CaptionCredit(String description, String credit, String agency, String photographer) {

    private static final String AGENCY =
            "(?:AP(?:\\s+Photo)?|Associated\\s+Press|REUTERS|Reuters|AFP(?:\\s+via\\s+Getty\\s+Images)?|Getty\\s+Images"
                    + "|EPA(?:-EFE)?|dpa|DPA|Xinhua|ANSA)";
    private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String PARTICLE = "(?:de|da|di|do|dos|du|van|von|der|den|del|della|la|le|bin|al|el)";
    private static final String NAME = TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + TOKEN + "){0,3}";
    private static final String SHORT_NAME = TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + TOKEN + ")?";

    /** "AGENCY/Name" at the end: AP, Reuters and EPA style. */
    private static final Pattern AGENCY_FIRST =
            Pattern.compile("(?<![\\p{L}])(" + AGENCY + ")\\s*/\\s*(" + NAME + ")\\s*\\)?\\s*$");
    /** "(Name/AGENCY)" or "(Photo by Name/AGENCY)" at the end: Reuters long form, Getty style. */
    private static final Pattern NAME_FIRST_PAREN = Pattern.compile(
            "\\(\\s*(?:Photo(?:graph)?\\s*(?:by|:)\\s*)?(" + NAME + ")\\s*/\\s*(" + AGENCY + ")\\s*\\)\\s*$");
    /** "Photo: Name/AGENCY" or "Name/AGENCY" at the end, without brackets. */
    private static final Pattern NAME_FIRST_BARE = Pattern.compile(
            "(?:(?<=[\\s.,;:])|^)(?:Photo(?:graph)?\\s*(?:by|:)\\s*)?(" + SHORT_NAME + ")\\s*/\\s*(" + AGENCY + ")\\s*$");
    /** The agency alone at the end ("... in Paris. AFP", "(Getty Images)"). */
    private static final Pattern AGENCY_ONLY = Pattern.compile(
            "(?:(?<=[\\s.,;:])|^)\\(?(AP|REUTERS|AFP(?:\\s+via\\s+Getty\\s+Images)?|Getty\\s+Images|EPA(?:-EFE)?)\\)?\\s*$");
    /** An inner "AGENCY/Name" followed only by upper-case tags, as in "REUTERS/Phil Noble TPX IMAGES OF THE DAY". */
    private static final Pattern INNER_CREDIT = Pattern.compile(
            "(?<![\\p{L}])(" + AGENCY + ")\\s*/\\s*(" + NAME + ")((?:\\s+[\\p{Lu}\\d]{2,})*)\\s*$");

    /** Finds the credit at the end of {@code caption}, if the caption ends in one. Never throws. */
    public static Optional<CaptionCredit> find(String caption) {
        if (caption == null || caption.isBlank()) {
            return Optional.empty();
        }
        String text = caption.strip();
        Matcher m = NAME_FIRST_PAREN.matcher(text);
        if (m.find()) {
            return Optional.of(build(text, m, m.group(2), m.group(1)));
        }
        m = AGENCY_FIRST.matcher(text);
        if (m.find()) {
            return Optional.of(build(text, m, m.group(1), trimTags(m.group(2))));
        }
        m = INNER_CREDIT.matcher(text);
        if (m.find()) {
            return Optional.of(build(text, m, m.group(1), trimTags(m.group(2))));
        }
        m = NAME_FIRST_BARE.matcher(text);
        if (m.find()) {
            return Optional.of(build(text, m, m.group(2), m.group(1)));
        }
        m = AGENCY_ONLY.matcher(text);
        if (m.find()) {
            return Optional.of(build(text, m, m.group(1), null));
        }
        return Optional.empty();
    }

    private static CaptionCredit build(String text, Matcher m, String agency, String photographer) {
        String description = cleanDescription(text.substring(0, m.start()));
        return new CaptionCredit(description, m.group().strip(), normaliseAgency(agency), clean(photographer));
    }

    /** Removes a duplicate inner credit and agency tags ("REUTERS/Phil Noble TPX IMAGES OF THE DAY"). */
    private static String cleanDescription(String before) {
        String d = before.strip();
        Matcher inner = INNER_CREDIT.matcher(d);
        if (inner.find()) {
            d = d.substring(0, inner.start()).strip();
        }
        return d.replaceAll("[\\s,;:(—–-]+$", "");
    }

    /** A photographer name swallowed upper-case tags (AP/Name TPX ...): keep the mixed-case words. */
    private static String trimTags(String name) {
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && words[n - 1].equals(words[n - 1].toUpperCase(Locale.ROOT)) && words[n - 1].length() > 1) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    private static String clean(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    /** The agency's usual short name: AP, Reuters, AFP, Getty Images, EPA, dpa, Xinhua, ANSA. */
    public static String normaliseAgency(String agency) {
        String a = agency.strip().replaceAll("\\s+", " ");
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ap") || lower.equals("associated press")) {
            return "AP";
        }
        if (lower.equals("reuters")) {
            return "Reuters";
        }
        if (lower.startsWith("afp")) {
            return "AFP";
        }
        if (lower.startsWith("epa")) {
            return "EPA";
        }
        return switch (lower) {
            case "getty images" -> "Getty Images";
            case "dpa" -> "dpa";
            case "xinhua" -> "Xinhua";
            case "ansa" -> "ANSA";
            default -> a;
        };
    }
}
