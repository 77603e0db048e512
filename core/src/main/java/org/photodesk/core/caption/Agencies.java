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

    private static final List<String> PICTURE_WORDS = List.of(" photo", " photos", " foto", " pictures");
    private static final Agencies DEFAULT = new Agencies();

    private final Map<String, Agency> byKey = new HashMap<>();
    private final Map<String, String> misspelt = new HashMap<>();
    private final Map<String, String> collections = new HashMap<>();
    private final java.util.Set<String> platforms = new java.util.HashSet<>();
    private final java.util.Set<String> distributors = new java.util.HashSet<>();
    /** Spellings of ten letters or more ("associated press", "agence france-presse"), for one-letter slips. */
    private final Map<String, Agency> longSpellings = new java.util.LinkedHashMap<>();
    private final List<Agency> all;

    /** The shortest spelling (in letters) matched within one edit: shorter names collide with words and names. */
    private static final int LONG_NAME = 10;

    private Agencies() {
        List<Agency> agencies = new java.util.ArrayList<>();
        try (var in = Agencies.class.getResourceAsStream("/org/photodesk/core/caption/agencies.tsv");
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("misspelt")) {
                    for (int i = 2; i < f.length; i++) {
                        misspelt.put(f[i], f[1]);
                    }
                } else if (f[0].equals("platform")) {
                    for (int i = 1; i < f.length; i++) {
                        platforms.add(key(f[i]));
                    }
                } else if (f[0].equals("distributor")) {
                    for (int i = 1; i < f.length; i++) {
                        distributors.add(f[i]);
                    }
                } else if (f[0].equals("collection")) {
                    for (int i = 2; i < f.length; i++) {
                        collections.put(key(f[i]), f[1]);
                    }
                } else if (find(f[0]).isEmpty()) {
                    agencies.add(add(f[0], f[1], java.util.Arrays.copyOfRange(f, 2, f.length)));
                }
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("agencies.tsv is missing from the build", e);
        }
        all = List.copyOf(agencies);
    }

    /** The built-in agency list (immutable, shared). */
    public static Agencies standard() {
        return DEFAULT;
    }

    private Agency add(String name, String creditForm, String... spellings) {
        Agency a = new Agency(name, creditForm);
        for (String s : spellings) {
            byKey.putIfAbsent(key(s), a);
            rememberLong(s, a);
        }
        byKey.put(key(name), a);
        rememberLong(name, a);
        return a;
    }

    private void rememberLong(String spelling, Agency a) {
        String k = key(spelling);
        if (k.chars().filter(Character::isLetter).count() >= LONG_NAME) {
            longSpellings.putIfAbsent(k, a);
        }
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    /** The agency spelt exactly (ignoring case) as one of its known forms, such as "REUTERS" or "AP Photo". */
    public Optional<Agency> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = key(text);
        Agency a = byKey.get(k);
        if (a == null) {
            // an agency's name with its picture service's word: "AAP Photo", "Xinhua Photos", "Kyodo Foto"
            for (String tail : PICTURE_WORDS) {
                if (k.endsWith(tail) && k.length() > tail.length() + 1) {
                    a = byKey.get(k.substring(0, k.length() - tail.length()).strip());
                    break;
                }
            }
        }
        return Optional.ofNullable(a);
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
        return findLongSlip(k);
    }

    /**
     * A full name of ten letters or more with one letter dropped, added, changed or swapped ("Associated Prss",
     * "Agence France-Pesse"): only a credit's agency position should ask, where no other word stands.
     */
    private Optional<Agency> findLongSlip(String k) {
        if (k.length() < LONG_NAME - 1 || k.length() > 40) {
            return Optional.empty();
        }
        for (Map.Entry<String, Agency> e : longSpellings.entrySet()) {
            if (Similarity.damerauLevenshtein(e.getKey(), k, 1) <= 1) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The normalised name of the agency {@code text} names, correcting known misspellings. */
    public Optional<String> normalise(String text) {
        return find(text).or(() -> findMisspelt(text)).map(Agency::name);
    }

    /**
     * Whether {@code name} is one of the agency's own picture collections ("Hulton Archive" and "WireImage" are Getty
     * Images'), printed between a photographer and the agency without being a partner agency.
     */
    public boolean isCollectionOf(String name, String agency) {
        return name != null && agency != null && agency.equals(collections.get(key(name)));
    }

    /**
     * Whether {@code name} is a social-media platform ("Instagram", "TikTok"), printed in credits as the source of a
     * picture taken from it: a source, never a photographer.
     */
    public boolean isPlatform(String name) {
        return name != null && platforms.contains(key(name));
    }

    /**
     * Whether the agency named {@code name} (normalised, as {@link #normalise} gives it) resells other agencies'
     * pictures ("Shutterstock"), so that closing a credit it distributes rather than makes the picture.
     */
    public boolean isDistributor(String name) {
        return name != null && distributors.contains(name);
    }

    /** Every known agency, in a fixed order. */
    public List<Agency> all() {
        return all;
    }
}
