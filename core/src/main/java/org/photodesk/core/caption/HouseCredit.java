package org.photodesk.core.caption;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A house style for printed credit lines: a template such as {@code "{photographer}/{AGENCY}"} or
 * {@code "Photo: {photographer} / {agency}"}, with agency-specific overrides and a form for agency-only credits.
 *
 * <p>Placeholders: {@code {photographer}}, {@code {PHOTOGRAPHER}} (upper case), {@code {agency}} (normalised,
 * "Reuters"), {@code {AGENCY}} (upper case), {@code {agencyCredit}} (the agency's own form: "AP Photo", "REUTERS").
 */
public record HouseCredit(String template, String agencyOnly, Map<String, String> perAgency) {

    public HouseCredit {
        template = template == null ? "{photographer}/{agencyCredit}" : template;
        agencyOnly = agencyOnly == null ? "{agencyCredit}" : agencyOnly;
        perAgency = perAgency == null ? Map.of() : Map.copyOf(perAgency);
    }

    /** Each agency's own style: "AP Photo/Martin Meissner", "REUTERS/Phil Noble", "Ludovic Marin/AFP", ... */
    public static HouseCredit agencyDefaults() {
        Map<String, String> m = new HashMap<>();
        m.put("AP", "AP Photo/{photographer}");
        m.put("Reuters", "REUTERS/{photographer}");
        m.put("AFP", "{photographer}/AFP");
        m.put("Getty Images", "{photographer}/Getty Images");
        m.put("EPA", "EPA-EFE/{PHOTOGRAPHER}");
        m.put("PA", "{photographer}/PA Wire");
        m.put("ANP", "ANP/{PHOTOGRAPHER}");
        return new HouseCredit("{photographer}/{agencyCredit}", "{agencyCredit}", m);
    }

    /** One template for every agency, for example {@code "Photo: {photographer} / {agency}"}. */
    public static HouseCredit of(String template) {
        return new HouseCredit(template, "{agency}", Map.of());
    }

    /** The credit line for a photo by {@code photographer} (may be null) supplied by {@code agency}. */
    public String render(String photographer, String agency) {
        String ag = agency == null ? null : Agencies.standard().normalise(agency).orElse(agency);
        if (photographer == null || photographer.isBlank()) {
            return ag == null ? "" : fill(agencyOnly, "", ag).strip();
        }
        if (ag == null) {
            return photographer.strip();
        }
        return fill(perAgency.getOrDefault(ag, template), photographer.strip(), ag);
    }

    private static String fill(String t, String photographer, String agency) {
        String credit = Agencies.standard().find(agency).map(Agencies.Agency::creditForm).orElse(agency);
        return t.replace("{photographer}", photographer)
                .replace("{PHOTOGRAPHER}", photographer.toUpperCase(Locale.ROOT))
                .replace("{agencyCredit}", credit)
                .replace("{AGENCY}", agency.toUpperCase(Locale.ROOT))
                .replace("{agency}", agency);
    }
}
