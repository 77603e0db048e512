package org.photodesk.core.caption;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The news agencies a desk receives pictures from, with the spellings they print ("AP Photo", "REUTERS",
 * "EPA-EFE", "AFP PHOTO") and common misspellings ("Reuetrs", "Getty Imges"), all mapped to one normalised name.
 */
public final class Agencies {

    /** A known agency: normalised name, the form its own credits use, and whether it is a distributor too. */
    public record Agency(String name, String creditForm) {}

    private static final Agencies DEFAULT = new Agencies();

    private final Map<String, Agency> byKey = new HashMap<>();
    private final Map<String, String> misspelt = new HashMap<>();
    private final List<Agency> all;

    private Agencies() {
        Agency ap = add("AP", "AP Photo", "AP", "AP Photo", "AP Images", "Associated Press", "The Associated Press",
                "AP Foto");
        Agency reuters = add("Reuters", "REUTERS", "Reuters", "Thomson Reuters");
        Agency afp = add("AFP", "AFP", "AFP", "AFP Photo", "Agence France-Presse", "Agence France Presse",
                "AFP Photo Agency");
        Agency getty = add("Getty Images", "Getty Images", "Getty Images", "Getty", "GettyImages");
        Agency epa = add("EPA", "EPA", "EPA", "EPA-EFE", "EPA EFE", "European Pressphoto Agency", "EFE-EPA");
        Agency pa = add("PA", "PA", "PA", "PA Wire", "PA Images", "PA Media", "Press Association", "PA Photo");
        Agency anp = add("ANP", "ANP", "ANP");
        Agency efe = add("EFE", "EFE", "EFE", "Agencia EFE");
        Agency dpa = add("dpa", "dpa", "dpa", "DPA", "dpa picture alliance", "picture alliance");
        Agency ansa = add("ANSA", "ANSA", "ANSA");
        Agency kyodo = add("Kyodo", "Kyodo", "Kyodo", "Kyodo News");
        Agency xinhua = add("Xinhua", "Xinhua", "Xinhua");
        Agency anadolu = add("Anadolu", "Anadolu", "Anadolu", "Anadolu Agency", "Anadolu via Getty Images");
        Agency sipa = add("Sipa", "SIPA", "Sipa", "Sipa Press", "SIPA USA");
        Agency belga = add("Belga", "BELGA", "Belga");
        Agency tass = add("TASS", "TASS", "TASS");
        Agency bloomberg = add("Bloomberg", "Bloomberg", "Bloomberg");
        Agency aap = add("AAP", "AAP", "AAP", "AAP Image");
        Agency ntb = add("NTB", "NTB", "NTB", "NTB Scanpix");
        Agency tt = add("TT", "TT", "TT", "TT News Agency");
        Agency yonhap = add("Yonhap", "Yonhap", "Yonhap");
        Agency kcna = add("KCNA", "KCNA", "KCNA");
        Agency shutter = add("Shutterstock", "Shutterstock", "Shutterstock", "REX/Shutterstock", "REX");
        Agency abaca = add("Abaca", "ABACA", "Abaca", "ABACAPRESS", "Abaca Press");
        Agency imagn = add("Imagn", "Imagn Images", "Imagn", "Imagn Images", "USA TODAY Sports", "USA Today Sports");
        Agency nurphoto = add("NurPhoto", "NurPhoto", "NurPhoto");
        Agency ips = add("Icon Sport", "Icon Sport", "Icon Sport");
        Agency keystone = add("Keystone", "KEYSTONE", "Keystone", "KEYSTONE", "Keystone-SDA");
        all = List.of(ap, reuters, afp, getty, epa, pa, anp, efe, dpa, ansa, kyodo, xinhua, anadolu, sipa, belga, tass,
                bloomberg, aap, ntb, tt, yonhap, kcna, shutter, abaca, imagn, nurphoto, ips, keystone);
        for (String m : new String[] {"reuetrs", "reutres", "ruters", "reuters.", "rueters", "reuter", "reutors",
                "reutesr"}) {
            misspelt.put(m, "Reuters");
        }
        for (String m : new String[] {"getty imges", "gety images", "getty image", "getty imagse", "gettyimages"}) {
            misspelt.put(m, "Getty Images");
        }
        for (String m : new String[] {"asociated press", "associated pres", "assoicated press", "ap phto", "ap photos"}) {
            misspelt.put(m, "AP");
        }
        for (String m : new String[] {"apf", "afp phto", "afp photos"}) {
            misspelt.put(m, "AFP");
        }
        misspelt.put("epa-efe.", "EPA");
        misspelt.put("epa efe", "EPA");
    }

    /** The built-in agency list (immutable, shared). */
    public static Agencies standard() {
        return DEFAULT;
    }

    private Agency add(String name, String creditForm, String... spellings) {
        Agency a = new Agency(name, creditForm);
        for (String s : spellings) {
            byKey.put(key(s), a);
        }
        byKey.put(key(name), a);
        return a;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    /** The agency spelt exactly (ignoring case) as one of its known forms, such as "REUTERS" or "AP Photo". */
    public Optional<Agency> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(text)));
    }

    /** The agency meant by a known misspelling ("Reuetrs"), empty when {@code text} is not a known misspelling. */
    public Optional<Agency> findMisspelt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String n = misspelt.get(key(text));
        if (n != null) {
            return find(n);
        }
        String k = key(text);
        if (k.length() >= 6) {
            for (Agency a : all) {
                String ak = key(a.name());
                if (ak.length() >= 6 && !ak.equals(k) && Similarity.damerauLevenshtein(ak, k, 2) <= 2) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** The normalised name of the agency {@code text} names, correcting known misspellings. */
    public Optional<String> normalise(String text) {
        return find(text).or(() -> findMisspelt(text)).map(Agency::name);
    }

    /** Every known agency, in a fixed order. */
    public List<Agency> all() {
        return all;
    }
}
