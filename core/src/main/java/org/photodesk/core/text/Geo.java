package org.photodesk.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The world's populated places, first-level divisions and countries: GeoNames places of 1,000 people or more, every
 * capital and division seat (CC BY 4.0, see {@code NOTICE-geonames.txt}), and a hand-written country table with
 * agency spellings ("Britain", "U.S.") and adjectives ("Lebanese"). Lookups are by folded name; several places may
 * share a name, most populous first. Immutable and shared; loaded once on first use.
 */
public final class Geo {

    /**
     * A country.
     *
     * @param inferable false where captions never infer the country from a city alone (Hong Kong, Macau, the
     *     Palestinian territories, Puerto Rico)
     */
    public record Country(String iso, String iso3, String name, boolean inferable) {}

    /** A first-level division (state, province, prefecture, region) of a country. */
    public record Division(String country, String code, String name) {}

    /**
     * A populated place.
     *
     * @param kind 'C' capital, 'A' seat of a first-level division, '2' of a second-level one, 'X' a section of a
     *     city (Harlem, Wimbledon), 'P' any other
     */
    public record Town(String name, String country, String admin1, int population, char kind) {

        /** Whether this is a section of a larger city rather than a place of its own. */
        public boolean isSection() {
            return kind == 'X';
        }
    }

    private static final String DIR = "/org/photodesk/core/text/";

    private final Map<String, Object> towns = new HashMap<>(300_000);
    private final Map<String, List<Division>> divisions = new HashMap<>();
    private final Map<String, Division> divisionByCode = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Country> adjectives = new HashMap<>();
    private final Map<String, Country> byIso = new HashMap<>();

    private static final class Holder {
        static final Geo STANDARD = new Geo();
    }

    private Geo() {
        loadCountries();
        loadDivisions();
        loadTowns();
    }

    /** The shipped gazetteer. */
    public static Geo standard() {
        return Holder.STANDARD;
    }

    /** The country called {@code name} ("France", "Britain", "U.S.", "Turkiye"), not by adjective. */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countries.get(Fold.key(name)));
    }

    /** The country an adjective or demonym names ("Lebanese", "Greek", "Palestinians"). */
    public Optional<Country> countryByAdjective(String word) {
        return Optional.ofNullable(adjectives.get(Fold.key(word)));
    }

    /** The country with this ISO 3166-1 alpha-2 or alpha-3 code. */
    public Optional<Country> countryByIso(String iso) {
        return iso == null ? Optional.empty() : Optional.ofNullable(byIso.get(iso.toUpperCase(Locale.ROOT)));
    }

    /** Every place called {@code name} (or so spelt in another Latin-script form), most populous first. */
    public List<Town> towns(String name) {
        Object o = towns.get(Fold.key(name));
        if (o == null) {
            return List.of();
        }
        if (o instanceof Town t) {
            return List.of(t);
        }
        @SuppressWarnings("unchecked")
        List<Town> list = (List<Town>) o;
        return list;
    }

    /** Every first-level division called {@code name} ("Iwate", "Hunan", "Idlib"), in no particular order. */
    public List<Division> divisions(String name) {
        return divisions.getOrDefault(Fold.key(name), List.of());
    }

    /** The first-level division of {@code country} with GeoNames code {@code code}. */
    public Optional<Division> division(String country, String code) {
        return Optional.ofNullable(divisionByCode.get(country + "." + code));
    }

    private static BufferedReader open(String name, boolean gzip) throws IOException {
        InputStream in = Geo.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("resource " + DIR + name + " is missing from the build");
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in,
                StandardCharsets.UTF_8), 1 << 16);
    }

    private void loadCountries() {
        try (BufferedReader r = open("countries.tsv", false)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 6);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i] == null ? "" : f[i].strip();
                }
                Country c = new Country(f[0], f[1], f[2], f.length < 6 || !f[5].equals("noinfer"));
                byIso.put(c.iso(), c);
                byIso.put(c.iso3(), c);
                countries.put(Fold.key(c.name()), c);
                for (String a : f[3].split("\\|")) {
                    if (!a.isEmpty()) {
                        countries.putIfAbsent(Fold.key(a), c);
                    }
                }
                for (String a : f[4].split("\\|")) {
                    if (!a.isEmpty()) {
                        adjectives.putIfAbsent(Fold.key(a), c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadDivisions() {
        try (BufferedReader r = open("geonames-admin1.tsv.gz", true)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                int dot = f[0].indexOf('.');
                Division d = new Division(f[0].substring(0, dot), f[0].substring(dot + 1), f[1]);
                divisionByCode.put(f[0], d);
                addDivision(f[1], d);
                if (!f[2].isEmpty()) {
                    addDivision(f[2], d);
                }
                String bare = withoutDivisionWord(f[1]);
                if (!bare.equals(f[1])) {
                    addDivision(bare, d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Idlib Governorate" gives "Idlib", "Miyagi-ken" gives "Miyagi": the forms captions write. */
    private static String withoutDivisionWord(String name) {
        for (String w : new String[] {" Governorate", " Province", " Prefecture", " Region", " State", " Oblast",
            " District", " Department", " County", "-ken", "-fu", "-to"}) {
            if (name.endsWith(w) && name.length() > w.length() + 2) {
                return name.substring(0, name.length() - w.length());
            }
        }
        if (name.startsWith("Muhafazat ")) {
            return name.substring("Muhafazat ".length());
        }
        return name;
    }

    private void addDivision(String name, Division d) {
        List<Division> list = divisions.computeIfAbsent(Fold.key(name), k -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    private void loadTowns() {
        try (BufferedReader r = open("geonames-places.tsv.gz", true)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                Town t = new Town(f[0], f[3], f[4], Integer.parseInt(f[5]), f[6].charAt(0));
                addTown(f[0], t);
                if (!f[1].isEmpty()) {
                    addTown(f[1], t);
                }
                if (!f[2].isEmpty()) {
                    for (String a : f[2].split("\\|")) {
                        addTown(a, t);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, Object> e : towns.entrySet()) {
            if (e.getValue() instanceof List<?> l) {
                @SuppressWarnings("unchecked")
                List<Town> list = (List<Town>) l;
                list.sort(Comparator.comparingInt((Town t) -> rank(t)).reversed());
                e.setValue(List.copyOf(list));
            }
        }
    }

    /** Population, with capitals and division seats lifted so that a capital wins over a same-named suburb. */
    private static int rank(Town t) {
        int bonus = switch (t.kind()) {
            case 'C' -> 4;
            case 'A' -> 2;
            case 'X' -> 0;
            default -> 1;
        };
        return (int) Math.min(Integer.MAX_VALUE, (long) t.population() * bonus);
    }

    private void addTown(String name, Town t) {
        String key = Fold.key(name);
        Object o = towns.get(key);
        if (o == null) {
            towns.put(key, t);
        } else if (o instanceof Town other) {
            if (other != t) {
                List<Town> list = new ArrayList<>(2);
                list.add(other);
                list.add(t);
                towns.put(key, list);
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Town> list = (List<Town>) o;
            if (!list.contains(t)) {
                list.add(t);
            }
        }
    }
}
