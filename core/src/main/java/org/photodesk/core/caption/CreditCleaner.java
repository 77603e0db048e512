package org.photodesk.core.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/**
 * Cleans the credit and by-line fields of a photo: strips copyright prefixes, drops junk by-line tokens (Handout,
 * HO, Pool, Staff, Stringer, STR, Supplied), splits "Name/Agency" and "Name via Agency", normalises agency names and
 * misspellings, restores the case of names, and turns country codes into names. Pure; the caller keeps the
 * original.
 */
public final class CreditCleaner {

    /**
     * The outcome of cleaning one photo's metadata.
     *
     * @param metadata the cleaned metadata (the input is left as it was)
     * @param agency the supplying agency, normalised ("AP", "Reuters"), or null
     * @param category how the picture reached the desk
     * @param problems what was changed or is wrong, each with a fix where there is one
     */
    public record Result(PhotoMetadata metadata, String agency, UsageCategory category, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern COPYRIGHT = Pattern.compile(
            "^\\s*(?:©|\\(c\\)|copyright\\b)\\s*(?:©|\\(c\\))?\\s*(?:(?:19|20)\\d\\d\\s*)?[,:]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCREENGRAB = Pattern.compile(
            "(?i)\\b(?:screen ?grab|video ?grab|tv grab|still (?:image )?(?:taken )?from (?:a )?video|frame grab)\\b");
    private static final Pattern SOCIAL = Pattern.compile(
            "(?i)\\b(?:social media|instagram|facebook|tiktok|telegram|twitter|x\\.com)\\b|(?<![\\w.])@\\w{2,}");
    private static final Pattern PR = Pattern.compile("(?i)\\b(?:press release|publicity|promotional|PR handout)\\b");

    private final Agencies agencies;
    private final Gazetteer gazetteer;
    private final String houseName;

    /** A cleaner for a house whose own staff are credited {@code houseName} (may be null). */
    public CreditCleaner(String houseName) {
        this(Agencies.standard(), Gazetteer.standard(), houseName);
    }

    /** A cleaner with the given agency list and gazetteer. */
    public CreditCleaner(Agencies agencies, Gazetteer gazetteer, String houseName) {
        this.agencies = agencies;
        this.gazetteer = gazetteer;
        this.houseName = houseName;
    }

    /** Removes a leading "©", "(c)" or "Copyright" (and a year) from {@code text}. */
    public static String stripCopyright(String text) {
        return text == null ? null : COPYRIGHT.matcher(text).replaceFirst("").strip();
    }

    /** Cleans the credit, by-line and country fields of {@code m}; the caption is only read. */
    public Result clean(PhotoMetadata m) {
        List<Problem> problems = new ArrayList<>();
        // the credit field is where credits stand: read it as a closing credit, so that a long agency name with one
        // slip ("Associated Prss") is still the agency
        Credit fromCredit = m.credit() == null ? null : Credit.parseClosing(stripCopyright(m.credit()));
        String agency = fromCredit == null ? null : fromCredit.agency();
        if (fromCredit != null && fromCredit.agencyPrinted() != null && agencies.find(fromCredit.agencyPrinted()).isEmpty()
                && agencies.findMisspelt(fromCredit.agencyPrinted()).isPresent()) {
            problems.add(new Problem("credit.agency-misspelt", "credit: agency '" + fromCredit.agencyPrinted()
                    + "' is misspelt; write '" + agency + "'", "credit", null, agency));
        }
        List<String> byline = new ArrayList<>();
        String bylineSource = null;
        for (String raw : m.byline()) {
            Credit b = Credit.parse(stripCopyright(raw));
            if (agency == null && b.agency() != null) {
                agency = b.agency();
            }
            if (b.photographer() != null) {
                byline.add(b.photographer());
                if (!b.photographer().equals(raw.strip())) {
                    problems.add(new Problem("byline.cleaned", "byline: '" + raw + "' cleaned to '" + b.photographer()
                            + "'", "byline", null, b.photographer()));
                }
            } else if (b.source() != null) {
                bylineSource = b.source();
            } else {
                problems.add(new Problem("byline.junk", "byline: '" + raw + "' names no person; it was dropped",
                        "byline", null, null));
            }
        }
        if (agency == null && m.source() != null) {
            agency = agencies.normalise(stripCopyright(m.source())).orElse(null);
        }
        String credit = cleanCredit(m.credit(), fromCredit, agency, bylineSource);
        var b = m.toBuilder().byline(byline).credit(credit);
        if (m.copyright() != null) {
            b.copyright(m.copyright().strip());
        }
        country(m, b, problems);
        return new Result(b.build(), agency, category(m, fromCredit, agency), problems);
    }

    private String cleanCredit(String raw, Credit parsed, String agency, String bylineSource) {
        if (raw == null) {
            return agency != null ? agency : bylineSource;
        }
        if (parsed.agency() != null && parsed.photographer() == null && parsed.source() == null) {
            return parsed.distributor() != null && !parsed.distributor().equals(parsed.agency())
                    ? parsed.agency() + " via " + parsed.distributor() : parsed.agency();
        }
        if (parsed.agency() != null && parsed.photographer() != null) {
            return parsed.agency();
        }
        if (parsed.source() != null) {
            return parsed.distributor() != null ? parsed.source() + " via " + parsed.distributor() : parsed.source();
        }
        String s = stripCopyright(raw);
        return s.isEmpty() ? null : s;
    }

    private void country(PhotoMetadata m, PhotoMetadata.Builder b, List<Problem> problems) {
        String c = m.country();
        if (c != null && c.strip().length() <= 3 && c.strip().equals(c.strip().toUpperCase(Locale.ROOT))) {
            gazetteer.countryByCode(c.strip()).ifPresent(k -> {
                b.country(k.name());
                if (m.countryCode() == null) {
                    b.countryCode(k.iso());
                }
                problems.add(new Problem("country.code", "country: '" + c + "' is a code; the name is '" + k.name()
                        + "'", "country", null, k.name()));
            });
        } else if (c != null && m.countryCode() == null) {
            gazetteer.country(c).ifPresent(k -> b.countryCode(k.iso()));
        }
    }

    private UsageCategory category(PhotoMetadata m, Credit credit, String agency) {
        String all = String.join(" | ", nz(m.credit()), String.join(" ", m.byline()), nz(m.source()),
                nz(m.caption()), nz(m.digitalSourceType()));
        if (SCREENGRAB.matcher(all).find() || all.contains("screenCapture")) {
            return UsageCategory.SCREENGRAB;
        }
        if (SOCIAL.matcher(nz(m.credit()) + " " + String.join(" ", m.byline()) + " " + nz(m.source())).find()) {
            return UsageCategory.SOCIAL_MEDIA;
        }
        if (PR.matcher(all).find()) {
            return UsageCategory.PR;
        }
        String lower = (nz(m.credit()) + " " + String.join(" ", m.byline())).toLowerCase(Locale.ROOT);
        if (lower.contains("handout") || lower.matches(".*\\bho\\b.*") || lower.contains("supplied")
                || lower.contains("courtesy") || (credit != null && "Handout".equals(credit.collection()))) {
            return UsageCategory.HANDOUT;
        }
        if (lower.contains("pool") || (credit != null && "Pool".equals(credit.collection()))) {
            return UsageCategory.POOL;
        }
        if (houseName != null && (lower.contains(houseName.toLowerCase(Locale.ROOT)) || lower.contains("staff"))
                && (agency == null || agency.equalsIgnoreCase(houseName))) {
            return UsageCategory.STAFF;
        }
        return agency != null ? UsageCategory.AGENCY : UsageCategory.UNKNOWN;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
