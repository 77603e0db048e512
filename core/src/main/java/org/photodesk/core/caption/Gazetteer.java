package org.photodesk.core.caption;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-written gazetteer: countries with ISO 3166-1 alpha-2 codes, major news cities with their country,
 * US states with their AP and postal abbreviations, and a few regions. Lookups are by hash of a folded key.
 */
public final class Gazetteer {

    /** A country by name and ISO 3166-1 alpha-2 code. */
    public record Country(String name, String iso) {}

    /** A city and the country (and region, when it matters) it lies in. */
    public record City(String name, String region, Country country) {}

    /** A first-level region (US state, province) and its country. */
    public record Region(String name, Country country) {}

    private static final Gazetteer DEFAULT = new Gazetteer();

    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, Country> countriesByIso = new HashMap<>();
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Region> stateAbbreviations = new HashMap<>();

    private Gazetteer() {
        loadCountries();
        loadCities();
        loadStates();
        loadRegions();
    }

    /** The built-in gazetteer (immutable, shared). */
    public static Gazetteer standard() {
        return DEFAULT;
    }

    /** Folds case and diacritics so that "SAINT-DENIS" and "Saint-Denis" and "Saint Denis" meet. */
    static String fold(String s) {
        String fast = foldAscii(s);
        if (fast != null) {
            return fast;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == '-' || c == '\u2019' ? (c == '-' ? ' ' : '\'') : Character.toLowerCase(c));
        }
        return b.toString().replace(".", "").trim();
    }

    private static String foldAscii(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        char[] out = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c == '.') {
                continue;
            }
            out[n++] = c == '-' ? ' ' : (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return new String(out, 0, n).strip();
    }

    /** The country called {@code name} (or an alias such as "U.S.", "Britain"). */
    public Optional<Country> country(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Country c = countries.get(fold(name));
        return c != null ? Optional.of(c) : org.photodesk.core.text.Geo.standard().country(name)
                .map(g -> countriesByIso.getOrDefault(g.iso(), new Country(g.name(), g.iso())));
    }

    /** The country with ISO 3166-1 alpha-2 or alpha-3 code {@code code}. */
    public Optional<Country> countryByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Country c = countriesByIso.get(code.toUpperCase(Locale.ROOT));
        return c != null ? Optional.of(c) : org.photodesk.core.text.Geo.standard().countryByIso(code)
                .map(g -> new Country(g.name(), g.iso()));
    }

    /** The city called {@code name}. */
    public Optional<City> city(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(cities.get(fold(name)));
    }

    /** The region (US state or province) called {@code name}. */
    public Optional<Region> region(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(regions.get(fold(name)));
    }

    /** The US state for an AP abbreviation ("Ill.", "Calif.") or postal code ("IL", "CA"). */
    public Optional<Region> usState(String abbreviation) {
        if (abbreviation == null) {
            return Optional.empty();
        }
        Region r = stateAbbreviations.get(abbreviation.replace(" ", "").replace(".", "").toLowerCase(Locale.ROOT));
        return r != null ? Optional.of(r) : region(abbreviation).filter(x -> x.country().iso().equals("US"));
    }

    /** Whether {@code name} is any place this gazetteer knows. */
    public boolean isPlace(String name) {
        String f = fold(name);
        return countries.containsKey(f) || cities.containsKey(f) || regions.containsKey(f);
    }

    private void country(String iso, String iso3, String name, String... aliases) {
        Country c = new Country(name, iso);
        countries.put(fold(name), c);
        countriesByIso.put(iso, c);
        countriesByIso.put(iso3, c);
        for (String a : aliases) {
            countries.put(fold(a), c);
        }
    }

    private void loadCountries() {
        country("FR", "FRA", "France");
        country("US", "USA", "United States", "U.S.", "US", "USA", "United States of America", "America");
        country("GB", "GBR", "United Kingdom", "Britain", "UK", "U.K.", "Great Britain", "England", "Scotland", "Wales",
                "Northern Ireland");
        country("DE", "DEU", "Germany");
        country("IT", "ITA", "Italy");
        country("ES", "ESP", "Spain");
        country("PT", "PRT", "Portugal");
        country("NL", "NLD", "Netherlands", "The Netherlands", "Holland");
        country("BE", "BEL", "Belgium");
        country("CH", "CHE", "Switzerland");
        country("AT", "AUT", "Austria");
        country("IE", "IRL", "Ireland");
        country("SE", "SWE", "Sweden");
        country("NO", "NOR", "Norway");
        country("DK", "DNK", "Denmark");
        country("FI", "FIN", "Finland");
        country("IS", "ISL", "Iceland");
        country("PL", "POL", "Poland");
        country("CZ", "CZE", "Czech Republic", "Czechia");
        country("SK", "SVK", "Slovakia");
        country("HU", "HUN", "Hungary");
        country("RO", "ROU", "Romania");
        country("BG", "BGR", "Bulgaria");
        country("GR", "GRC", "Greece");
        country("TR", "TUR", "Turkey", "Turkiye", "Türkiye");
        country("UA", "UKR", "Ukraine");
        country("RU", "RUS", "Russia");
        country("BY", "BLR", "Belarus");
        country("RS", "SRB", "Serbia");
        country("HR", "HRV", "Croatia");
        country("SI", "SVN", "Slovenia");
        country("BA", "BIH", "Bosnia and Herzegovina", "Bosnia");
        country("AL", "ALB", "Albania");
        country("LT", "LTU", "Lithuania");
        country("LV", "LVA", "Latvia");
        country("EE", "EST", "Estonia");
        country("MD", "MDA", "Moldova");
        country("GE", "GEO", "Georgia");
        country("AM", "ARM", "Armenia");
        country("AZ", "AZE", "Azerbaijan");
        country("IL", "ISR", "Israel");
        country("PS", "PSE", "Palestinian Territories", "West Bank", "Gaza");
        country("LB", "LBN", "Lebanon");
        country("SY", "SYR", "Syria");
        country("JO", "JOR", "Jordan");
        country("IQ", "IRQ", "Iraq");
        country("IR", "IRN", "Iran");
        country("SA", "SAU", "Saudi Arabia");
        country("AE", "ARE", "United Arab Emirates", "UAE");
        country("QA", "QAT", "Qatar");
        country("KW", "KWT", "Kuwait");
        country("YE", "YEM", "Yemen");
        country("EG", "EGY", "Egypt");
        country("LY", "LBY", "Libya");
        country("TN", "TUN", "Tunisia");
        country("DZ", "DZA", "Algeria");
        country("MA", "MAR", "Morocco");
        country("SD", "SDN", "Sudan");
        country("ET", "ETH", "Ethiopia");
        country("KE", "KEN", "Kenya");
        country("UG", "UGA", "Uganda");
        country("TZ", "TZA", "Tanzania");
        country("NG", "NGA", "Nigeria");
        country("GH", "GHA", "Ghana");
        country("SN", "SEN", "Senegal");
        country("CI", "CIV", "Ivory Coast", "Cote d'Ivoire");
        country("CD", "COD", "Democratic Republic of Congo", "DR Congo");
        country("ZA", "ZAF", "South Africa");
        country("ZW", "ZWE", "Zimbabwe");
        country("SO", "SOM", "Somalia");
        country("AF", "AFG", "Afghanistan");
        country("PK", "PAK", "Pakistan");
        country("IN", "IND", "India");
        country("BD", "BGD", "Bangladesh");
        country("LK", "LKA", "Sri Lanka");
        country("NP", "NPL", "Nepal");
        country("CN", "CHN", "China");
        country("HK", "HKG", "Hong Kong");
        country("TW", "TWN", "Taiwan");
        country("JP", "JPN", "Japan");
        country("KR", "KOR", "South Korea");
        country("KP", "PRK", "North Korea");
        country("MN", "MNG", "Mongolia");
        country("VN", "VNM", "Vietnam");
        country("TH", "THA", "Thailand");
        country("MM", "MMR", "Myanmar");
        country("KH", "KHM", "Cambodia");
        country("MY", "MYS", "Malaysia");
        country("SG", "SGP", "Singapore");
        country("ID", "IDN", "Indonesia");
        country("PH", "PHL", "Philippines");
        country("AU", "AUS", "Australia");
        country("NZ", "NZL", "New Zealand");
        country("CA", "CAN", "Canada");
        country("MX", "MEX", "Mexico");
        country("GT", "GTM", "Guatemala");
        country("CU", "CUB", "Cuba");
        country("HT", "HTI", "Haiti");
        country("JM", "JAM", "Jamaica");
        country("CO", "COL", "Colombia");
        country("VE", "VEN", "Venezuela");
        country("EC", "ECU", "Ecuador");
        country("PE", "PER", "Peru");
        country("BO", "BOL", "Bolivia");
        country("BR", "BRA", "Brazil");
        country("CL", "CHL", "Chile");
        country("AR", "ARG", "Argentina");
        country("UY", "URY", "Uruguay");
        country("PY", "PRY", "Paraguay");
        country("MC", "MCO", "Monaco");
        country("LU", "LUX", "Luxembourg");
        country("CY", "CYP", "Cyprus");
        country("MT", "MLT", "Malta");
        country("VA", "VAT", "Vatican City", "Vatican");
        country("PR", "PRI", "Puerto Rico");
    }

    private void city(String name, String iso, String... aliases) {
        City c = new City(name, null, countriesByIso.get(iso));
        cities.put(fold(name), c);
        for (String a : aliases) {
            cities.put(fold(a), c);
        }
    }

    private void loadCities() {
        for (String n : new String[] {"Paris", "Saint-Denis", "Marseille", "Lyon", "Nice", "Lille", "Bordeaux",
                "Toulouse", "Nantes", "Calais", "Versailles", "Chateauroux", "Vaires-sur-Marne", "Strasbourg",
                "Le Mans", "Cannes", "Rennes", "Nanterre", "Saint-Etienne", "Roubaix", "Dunkirk", "Chamonix"}) {
            city(n, "FR");
        }
        for (String n : new String[] {"London", "Manchester", "Liverpool", "Birmingham", "Glasgow", "Edinburgh",
                "Cardiff", "Belfast", "Leeds", "Newcastle", "Windsor", "Silverstone", "Dover", "Bristol",
                "Sheffield", "Southport"}) {
            city(n, "GB");
        }
        for (String n : new String[] {"Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne", "Dortmund", "Leipzig",
                "Stuttgart", "Dusseldorf", "Bonn"}) {
            city(n, "DE");
        }
        for (String n : new String[] {"Rome", "Milan", "Naples", "Turin", "Venice", "Florence", "Cortina d'Ampezzo"}) {
            city(n, "IT");
        }
        for (String n : new String[] {"Madrid", "Barcelona", "Seville", "Valencia", "Bilbao", "Malaga"}) {
            city(n, "ES");
        }
        city("Lisbon", "PT"); city("Porto", "PT");
        for (String n : new String[] {"Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven"}) {
            city(n, "NL");
        }
        city("Brussels", "BE"); city("Antwerp", "BE"); city("Liege", "BE");
        city("Geneva", "CH"); city("Zurich", "CH"); city("Lausanne", "CH"); city("Davos", "CH"); city("Bern", "CH");
        city("Vienna", "AT"); city("Dublin", "IE"); city("Stockholm", "SE"); city("Oslo", "NO");
        city("Copenhagen", "DK"); city("Helsinki", "FI"); city("Reykjavik", "IS"); city("Warsaw", "PL");
        city("Krakow", "PL"); city("Prague", "CZ"); city("Budapest", "HU"); city("Bucharest", "RO");
        city("Sofia", "BG"); city("Athens", "GR"); city("Istanbul", "TR"); city("Ankara", "TR");
        for (String n : new String[] {"Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Kherson",
                "Chasiv Yar", "Pokrovsk", "Bakhmut", "Mykolaiv", "Sumy"}) {
            city(n, "UA");
        }
        city("Moscow", "RU"); city("St. Petersburg", "RU", "Saint Petersburg"); city("Minsk", "BY");
        city("Belgrade", "RS"); city("Zagreb", "HR"); city("Tbilisi", "GE"); city("Yerevan", "AM");
        city("Jerusalem", "IL"); city("Tel Aviv", "IL"); city("Haifa", "IL");
        city("Gaza City", "PS"); city("Rafah", "PS"); city("Khan Younis", "PS"); city("Ramallah", "PS");
        city("Beirut", "LB"); city("Damascus", "SY"); city("Aleppo", "SY"); city("Amman", "JO"); city("Baghdad", "IQ");
        city("Tehran", "IR"); city("Riyadh", "SA"); city("Jeddah", "SA"); city("Mecca", "SA"); city("Dubai", "AE");
        city("Abu Dhabi", "AE"); city("Doha", "QA"); city("Cairo", "EG"); city("Tunis", "TN"); city("Algiers", "DZ");
        city("Rabat", "MA"); city("Casablanca", "MA"); city("Khartoum", "SD"); city("Addis Ababa", "ET");
        city("Nairobi", "KE"); city("Kampala", "UG"); city("Lagos", "NG"); city("Abuja", "NG"); city("Accra", "GH");
        city("Dakar", "SN"); city("Abidjan", "CI"); city("Kinshasa", "CD"); city("Goma", "CD");
        city("Johannesburg", "ZA"); city("Cape Town", "ZA"); city("Harare", "ZW"); city("Mogadishu", "SO");
        city("Kabul", "AF"); city("Islamabad", "PK"); city("Karachi", "PK"); city("Lahore", "PK");
        city("New Delhi", "IN"); city("Mumbai", "IN"); city("Kolkata", "IN"); city("Dhaka", "BD");
        city("Colombo", "LK"); city("Kathmandu", "NP");
        city("Beijing", "CN"); city("Shanghai", "CN"); city("Wuhan", "CN"); city("Shenzhen", "CN");
        city("Taipei", "TW"); city("Tokyo", "JP"); city("Osaka", "JP"); city("Seoul", "KR"); city("Busan", "KR");
        city("Pyongyang", "KP"); city("Hanoi", "VN"); city("Ho Chi Minh City", "VN"); city("Bangkok", "TH");
        city("Yangon", "MM"); city("Phnom Penh", "KH"); city("Kuala Lumpur", "MY"); city("Jakarta", "ID");
        city("Banda Aceh", "ID"); city("Bali", "ID"); city("Manila", "PH");
        city("Sydney", "AU"); city("Melbourne", "AU"); city("Brisbane", "AU"); city("Perth", "AU");
        city("Auckland", "NZ"); city("Wellington", "NZ");
        city("Toronto", "CA"); city("Montreal", "CA"); city("Vancouver", "CA"); city("Ottawa", "CA");
        city("Mexico City", "MX"); city("Guadalajara", "MX"); city("Tijuana", "MX"); city("Havana", "CU");
        city("Port-au-Prince", "HT"); city("Bogota", "CO"); city("Caracas", "VE"); city("Quito", "EC");
        city("Lima", "PE"); city("La Paz", "BO"); city("Rio de Janeiro", "BR"); city("Sao Paulo", "BR");
        city("Brasilia", "BR"); city("Santiago", "CL"); city("Buenos Aires", "AR"); city("Montevideo", "UY");
        city("Monaco", "MC"); city("Vatican City", "VA"); city("San Juan", "PR");
        usCity("New York", "New York", "New York City"); usCity("Washington", "District of Columbia");
        usCity("Los Angeles", "California"); usCity("San Francisco", "California"); usCity("Chicago", "Illinois");
        usCity("Houston", "Texas"); usCity("Dallas", "Texas"); usCity("Austin", "Texas");
        usCity("Miami", "Florida"); usCity("Orlando", "Florida"); usCity("Atlanta", "Georgia");
        usCity("Boston", "Massachusetts"); usCity("Philadelphia", "Pennsylvania"); usCity("Pittsburgh", "Pennsylvania");
        usCity("Detroit", "Michigan"); usCity("Seattle", "Washington"); usCity("Denver", "Colorado");
        usCity("Las Vegas", "Nevada"); usCity("Phoenix", "Arizona"); usCity("New Orleans", "Louisiana");
        usCity("Nashville", "Tennessee"); usCity("Milwaukee", "Wisconsin"); usCity("Minneapolis", "Minnesota");
        usCity("Cleveland", "Ohio"); usCity("Baltimore", "Maryland"); usCity("Inglewood", "California");
        usCity("Honolulu", "Hawaii"); usCity("Kansas City", "Missouri"); usCity("Augusta", "Georgia");
        usCity("Eugene", "Oregon"); usCity("Brooklyn", "New York");
        city("Varanasi", "IN"); city("Wajima", "JP"); city("Brighton", "GB"); city("Lourdes", "FR");
        city("Biarritz", "FR"); city("Malmo", "SE"); city("Emmen", "NL"); city("Gelsenkirchen", "DE");
        city("Karbala", "IQ"); city("Porto Alegre", "BR"); city("Grindavik", "IS"); usCity("Charlotte", "North Carolina");
    }

    private void usCity(String name, String state, String... aliases) {
        City c = new City(name, state, countriesByIso.get("US"));
        cities.put(fold(name), c);
        for (String a : aliases) {
            cities.put(fold(a), c);
        }
    }

    private void state(String name, String ap, String postal) {
        Region r = new Region(name, countriesByIso.get("US"));
        regions.put(fold(name), r);
        stateAbbreviations.put(postal.toLowerCase(Locale.ROOT), r);
        if (ap != null) {
            stateAbbreviations.put(ap.replace(" ", "").replace(".", "").toLowerCase(Locale.ROOT), r);
        }
    }

    private void loadStates() {
        state("Alabama", "Ala.", "AL"); state("Alaska", null, "AK"); state("Arizona", "Ariz.", "AZ");
        state("Arkansas", "Ark.", "AR"); state("California", "Calif.", "CA"); state("Colorado", "Colo.", "CO");
        state("Connecticut", "Conn.", "CT"); state("Delaware", "Del.", "DE"); state("Florida", "Fla.", "FL");
        state("Georgia", "Ga.", "GA"); state("Hawaii", null, "HI"); state("Idaho", null, "ID");
        state("Illinois", "Ill.", "IL"); state("Indiana", "Ind.", "IN"); state("Iowa", null, "IA");
        state("Kansas", "Kan.", "KS"); state("Kentucky", "Ky.", "KY"); state("Louisiana", "La.", "LA");
        state("Maine", null, "ME"); state("Maryland", "Md.", "MD"); state("Massachusetts", "Mass.", "MA");
        state("Michigan", "Mich.", "MI"); state("Minnesota", "Minn.", "MN"); state("Mississippi", "Miss.", "MS");
        state("Missouri", "Mo.", "MO"); state("Montana", "Mont.", "MT"); state("Nebraska", "Neb.", "NE");
        state("Nevada", "Nev.", "NV"); state("New Hampshire", "N.H.", "NH"); state("New Jersey", "N.J.", "NJ");
        state("New Mexico", "N.M.", "NM"); state("New York", "N.Y.", "NY"); state("North Carolina", "N.C.", "NC");
        state("North Dakota", "N.D.", "ND"); state("Ohio", null, "OH"); state("Oklahoma", "Okla.", "OK");
        state("Oregon", "Ore.", "OR"); state("Pennsylvania", "Pa.", "PA"); state("Rhode Island", "R.I.", "RI");
        state("South Carolina", "S.C.", "SC"); state("South Dakota", "S.D.", "SD"); state("Tennessee", "Tenn.", "TN");
        state("Texas", null, "TX"); state("Utah", null, "UT"); state("Vermont", "Vt.", "VT");
        state("Virginia", "Va.", "VA"); state("Washington", "Wash.", "WA"); state("West Virginia", "W.Va.", "WV");
        state("Wisconsin", "Wis.", "WI"); state("Wyoming", "Wyo.", "WY"); state("District of Columbia", "D.C.", "DC");
    }

    private void region(String name, String iso) {
        regions.put(fold(name), new Region(name, countriesByIso.get(iso)));
    }

    private void loadRegions() {
        region("Aceh", "ID"); region("Java", "ID"); region("Sumatra", "ID"); region("Papua", "ID");
        region("Bavaria", "DE"); region("Saxony", "DE"); region("Catalonia", "ES"); region("Andalusia", "ES");
        region("Brittany", "FR"); region("Normandy", "FR"); region("Corsica", "FR"); region("Provence", "FR");
        region("Seine-Saint-Denis", "FR"); region("Lombardy", "IT"); region("Sicily", "IT"); region("Tuscany", "IT");
        region("Donetsk", "UA"); region("Donetsk region", "UA"); region("Kharkiv region", "UA");
        region("Zaporizhzhia region", "UA"); region("Crimea", "UA"); region("Kursk region", "RU");
        region("Ontario", "CA"); region("Quebec", "CA"); region("British Columbia", "CA"); region("Alberta", "CA");
        region("New South Wales", "AU"); region("Queensland", "AU"); region("Victoria", "AU");
        region("Kerala", "IN"); region("Kashmir", "IN"); region("Punjab", "PK"); region("Sichuan", "CN");
        region("Xinjiang", "CN"); region("Hokkaido", "JP"); region("Okinawa", "JP"); region("Kent", "GB");
        region("Yorkshire", "GB"); region("Cornwall", "GB"); region("Tigray", "ET"); region("Darfur", "SD");
        region("Rio Grande do Sul", "BR"); region("Gaza Strip", "PS"); region("East Sussex", "GB");
        region("Ishikawa", "JP"); region("Ontario", "CA"); region("Patagonia", "AR"); region("Galilee", "IL");
    }
}
