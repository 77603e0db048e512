import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.embedded.store.SqlitePhotoStore;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.ingest.CaptionEnricher;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.RawMetadata;

/**
 * Fills an empty Photodesk library with N synthetic agency photos for the desk benchmark, fast: no JPEG is encoded
 * per photo. Run from the repository root after building the jar:
 *
 * <pre>java -cp app/target/photodesk.jar bench/desk/FillLibrary.java DATA [N] [--seed S]</pre>
 *
 * <p>Metadata: five agencies (AP, Reuters, AFP, Getty Images, EPA) with their own credit styles, 300 photographers,
 * 200 cities, 2,000 people (popularity skewed, so facets look like a real wire), one photo date each over 2024 in
 * chronological order, captions of 20 to 40 words, and the raw IIM, XMP and EXIF tags such a file carries. Each record goes through the real caption enricher (credit
 * cleaning, agency, caption checks), then {@link SqlitePhotoStore#add} in transactions of 5,000, then
 * {@link LuceneSearchIndex#index} and one {@code commit(store.lastChange())}.
 *
 * <p>Blobs: 64 small real JPEGs (96x64 gradients) are encoded once; photo i's original is one of them with a JPEG
 * comment segment naming i, so every photo has distinct bytes and its real SHA-256. The original is also written as
 * the photo's {@code thumb} rendition so the desk serves thumbnails without rendering. Blob files are written
 * straight into {@link FileBlobStore}'s documented layout without its per-file fsync (the bench data is disposable;
 * fsyncing 200,000 files would take most of the fill); a sample is then checked through the store's own lookup.
 */
public final class FillLibrary {

    private static final int BATCH = 5_000;
    private static final String[] AGENCIES = {"AP", "Reuters", "AFP", "Getty Images", "EPA"};
    private static final String[] FIRST = {"Anna", "Marco", "Sofia", "James", "Lena", "David", "Yuki", "Omar", "Clara",
        "Pierre", "Ines", "Tomas", "Maria", "Kenji", "Amara", "Lucas", "Hannah", "Rafael", "Nadia", "Erik", "Leila",
        "Jonas", "Elena", "Samuel", "Aisha", "Felix", "Chiara", "Mateo", "Freya", "Ivan", "Noor", "Daniel", "Julia",
        "Ahmed", "Greta", "Pablo", "Mei", "Oscar", "Zara", "Hugo", "Olga", "Kofi", "Emma", "Viktor", "Lucia", "Ravi",
        "Astrid", "Diego", "Hana", "Nikolai", "Ruth", "Tariq", "Alice", "Bruno", "Ingrid", "Carlos", "Sara", "Jakob",
        "Fatima", "Paulo", "Eva", "Andrei", "Laila", "Martin", "Rosa", "Sipho", "Agnes", "Mikael", "Dana", "Thabo"};
    private static final String[] LAST = {"Keller", "Rossi", "Novak", "Garcia", "Okafor", "Tanaka", "Haddad", "Lindqvist",
        "Moreau", "Silva", "Kowalski", "Jensen", "Petrov", "Costa", "Nakamura", "Mensah", "Fischer", "Alvarez", "Dubois",
        "Larsen", "Kim", "Santos", "Weber", "Ivanova", "Ortiz", "Bauer", "Romano", "Nilsen", "Yilmaz", "Schmidt",
        "Ferreira", "Horvat", "Brennan", "Mbeki", "Castillo", "Virtanen", "Lopez", "Hoffmann", "Sato", "Rahman",
        "Fontaine", "Jovanovic", "Berg", "Marchetti", "Quinn", "Adeyemi", "Lambert", "Svensson", "Duarte", "Popescu",
        "Walsh", "Nieminen", "Herrera", "Kaplan", "Vogel", "Ibrahim", "Conti", "Hansen", "Morales", "Zielinski"};
    private static final String[] CITIES = {
        "Paris|France|FRA", "Marseille|France|FRA", "Lyon|France|FRA", "Saint-Denis|France|FRA", "Nice|France|FRA",
        "Bordeaux|France|FRA", "Lille|France|FRA", "Toulouse|France|FRA", "Nantes|France|FRA", "Strasbourg|France|FRA",
        "London|United Kingdom|GBR", "Manchester|United Kingdom|GBR", "Liverpool|United Kingdom|GBR",
        "Glasgow|United Kingdom|GBR", "Edinburgh|United Kingdom|GBR", "Birmingham|United Kingdom|GBR",
        "Cardiff|United Kingdom|GBR", "Belfast|United Kingdom|GBR", "Dublin|Ireland|IRL", "Cork|Ireland|IRL",
        "Berlin|Germany|DEU", "Munich|Germany|DEU", "Hamburg|Germany|DEU", "Cologne|Germany|DEU", "Frankfurt|Germany|DEU",
        "Dortmund|Germany|DEU", "Leipzig|Germany|DEU", "Stuttgart|Germany|DEU", "Dresden|Germany|DEU",
        "Madrid|Spain|ESP", "Barcelona|Spain|ESP", "Seville|Spain|ESP", "Valencia|Spain|ESP", "Bilbao|Spain|ESP",
        "Malaga|Spain|ESP", "Rome|Italy|ITA", "Milan|Italy|ITA", "Naples|Italy|ITA", "Turin|Italy|ITA",
        "Florence|Italy|ITA", "Venice|Italy|ITA", "Bologna|Italy|ITA", "Palermo|Italy|ITA", "Lisbon|Portugal|PRT",
        "Porto|Portugal|PRT", "Amsterdam|Netherlands|NLD", "Rotterdam|Netherlands|NLD", "The Hague|Netherlands|NLD",
        "Brussels|Belgium|BEL", "Antwerp|Belgium|BEL", "Luxembourg|Luxembourg|LUX", "Zurich|Switzerland|CHE",
        "Geneva|Switzerland|CHE", "Bern|Switzerland|CHE", "Vienna|Austria|AUT", "Salzburg|Austria|AUT",
        "Prague|Czech Republic|CZE", "Warsaw|Poland|POL", "Krakow|Poland|POL", "Gdansk|Poland|POL",
        "Budapest|Hungary|HUN", "Bratislava|Slovakia|SVK", "Ljubljana|Slovenia|SVN", "Zagreb|Croatia|HRV",
        "Split|Croatia|HRV", "Belgrade|Serbia|SRB", "Sarajevo|Bosnia and Herzegovina|BIH", "Sofia|Bulgaria|BGR",
        "Bucharest|Romania|ROU", "Athens|Greece|GRC", "Thessaloniki|Greece|GRC", "Istanbul|Turkey|TUR",
        "Ankara|Turkey|TUR", "Izmir|Turkey|TUR", "Kyiv|Ukraine|UKR", "Lviv|Ukraine|UKR", "Odesa|Ukraine|UKR",
        "Kharkiv|Ukraine|UKR", "Chisinau|Moldova|MDA", "Vilnius|Lithuania|LTU", "Riga|Latvia|LVA",
        "Tallinn|Estonia|EST", "Helsinki|Finland|FIN", "Stockholm|Sweden|SWE", "Gothenburg|Sweden|SWE",
        "Oslo|Norway|NOR", "Bergen|Norway|NOR", "Copenhagen|Denmark|DNK", "Reykjavik|Iceland|ISL",
        "Tbilisi|Georgia|GEO", "Yerevan|Armenia|ARM", "Baku|Azerbaijan|AZE", "Jerusalem|Israel|ISR",
        "Tel Aviv|Israel|ISR", "Gaza City|Palestinian Territories|PSE", "Ramallah|Palestinian Territories|PSE",
        "Beirut|Lebanon|LBN", "Amman|Jordan|JOR", "Damascus|Syria|SYR", "Baghdad|Iraq|IRQ", "Erbil|Iraq|IRQ",
        "Tehran|Iran|IRN", "Riyadh|Saudi Arabia|SAU", "Jeddah|Saudi Arabia|SAU", "Doha|Qatar|QAT",
        "Dubai|United Arab Emirates|ARE", "Abu Dhabi|United Arab Emirates|ARE", "Muscat|Oman|OMN",
        "Cairo|Egypt|EGY", "Alexandria|Egypt|EGY", "Tunis|Tunisia|TUN", "Algiers|Algeria|DZA",
        "Rabat|Morocco|MAR", "Casablanca|Morocco|MAR", "Tripoli|Libya|LBY", "Khartoum|Sudan|SDN",
        "Addis Ababa|Ethiopia|ETH", "Nairobi|Kenya|KEN", "Mombasa|Kenya|KEN", "Kampala|Uganda|UGA",
        "Kigali|Rwanda|RWA", "Dar es Salaam|Tanzania|TZA", "Lagos|Nigeria|NGA", "Abuja|Nigeria|NGA",
        "Accra|Ghana|GHA", "Dakar|Senegal|SEN", "Abidjan|Ivory Coast|CIV", "Kinshasa|Congo|COD",
        "Luanda|Angola|AGO", "Harare|Zimbabwe|ZWE", "Johannesburg|South Africa|ZAF", "Cape Town|South Africa|ZAF",
        "Durban|South Africa|ZAF", "Pretoria|South Africa|ZAF", "Maputo|Mozambique|MOZ", "Antananarivo|Madagascar|MDG",
        "New York|United States|USA", "Washington|United States|USA", "Los Angeles|United States|USA",
        "Chicago|United States|USA", "Houston|United States|USA", "Miami|United States|USA",
        "San Francisco|United States|USA", "Seattle|United States|USA", "Boston|United States|USA",
        "Atlanta|United States|USA", "Dallas|United States|USA", "Denver|United States|USA",
        "Phoenix|United States|USA", "Philadelphia|United States|USA", "Detroit|United States|USA",
        "New Orleans|United States|USA", "Las Vegas|United States|USA", "Milwaukee|United States|USA",
        "Toronto|Canada|CAN", "Montreal|Canada|CAN", "Vancouver|Canada|CAN", "Ottawa|Canada|CAN",
        "Calgary|Canada|CAN", "Mexico City|Mexico|MEX", "Guadalajara|Mexico|MEX", "Monterrey|Mexico|MEX",
        "Havana|Cuba|CUB", "Guatemala City|Guatemala|GTM", "Panama City|Panama|PAN", "Bogota|Colombia|COL",
        "Medellin|Colombia|COL", "Caracas|Venezuela|VEN", "Quito|Ecuador|ECU", "Lima|Peru|PER",
        "La Paz|Bolivia|BOL", "Santiago|Chile|CHL", "Buenos Aires|Argentina|ARG", "Rosario|Argentina|ARG",
        "Montevideo|Uruguay|URY", "Asuncion|Paraguay|PRY", "Sao Paulo|Brazil|BRA", "Rio de Janeiro|Brazil|BRA",
        "Brasilia|Brazil|BRA", "Porto Alegre|Brazil|BRA", "Salvador|Brazil|BRA", "Tokyo|Japan|JPN",
        "Osaka|Japan|JPN", "Kyoto|Japan|JPN", "Hiroshima|Japan|JPN", "Seoul|South Korea|KOR", "Busan|South Korea|KOR",
        "Beijing|China|CHN", "Shanghai|China|CHN", "Guangzhou|China|CHN", "Shenzhen|China|CHN", "Wuhan|China|CHN",
        "Hong Kong|China|CHN", "Taipei|Taiwan|TWN", "Manila|Philippines|PHL", "Hanoi|Vietnam|VNM",
        "Ho Chi Minh City|Vietnam|VNM", "Bangkok|Thailand|THA", "Kuala Lumpur|Malaysia|MYS",
        "Singapore|Singapore|SGP", "Jakarta|Indonesia|IDN", "Bali|Indonesia|IDN", "Yangon|Myanmar|MMR",
        "Dhaka|Bangladesh|BGD", "Kolkata|India|IND", "New Delhi|India|IND", "Mumbai|India|IND",
        "Bengaluru|India|IND", "Chennai|India|IND", "Colombo|Sri Lanka|LKA", "Kathmandu|Nepal|NPL",
        "Islamabad|Pakistan|PAK", "Karachi|Pakistan|PAK", "Lahore|Pakistan|PAK", "Kabul|Afghanistan|AFG",
        "Tashkent|Uzbekistan|UZB", "Almaty|Kazakhstan|KAZ", "Ulaanbaatar|Mongolia|MNG", "Sydney|Australia|AUS",
        "Melbourne|Australia|AUS", "Brisbane|Australia|AUS", "Perth|Australia|AUS", "Adelaide|Australia|AUS",
        "Auckland|New Zealand|NZL", "Wellington|New Zealand|NZL"};
    private static final String[] SUBJECTS = {"supporters", "residents", "firefighters", "protesters", "delegates",
        "players", "rescue workers", "voters", "students", "farmers", "fans", "officials", "volunteers", "police officers",
        "workers", "athletes", "commuters", "pilgrims", "musicians", "soldiers"};
    private static final String[] ACTIONS = {"gather outside", "march towards", "wait in line near", "celebrate near",
        "clear debris from", "arrive at", "leave", "rally in front of", "stand in the rain outside", "watch from the roof of",
        "queue outside", "walk past", "set up tents beside", "hold a vigil at", "cheer outside"};
    private static final String[] PLACES = {"the city hall", "the main stadium", "a polling station", "the harbour",
        "the national parliament", "a damaged apartment block", "the central station", "the old market",
        "the presidential palace", "a field hospital", "the river bank", "the cathedral square", "the airport terminal",
        "a school gymnasium", "the finish line", "the conference centre", "the town square", "the border crossing"};
    private static final String[] EVENTS = {"the opening ceremony", "the final", "the general election",
        "the summit", "the annual festival", "the storm", "the strike", "the trial", "the marathon", "the state visit",
        "the climate conference", "the championship", "the commemoration", "the floods", "the peace talks"};
    private static final String[] FILLER = {"Organisers expected more than a thousand people over the weekend.",
        "Local authorities closed several roads around the area.", "Visitors were asked to use public transport.",
        "The event continues on Sunday with further speeches.", "Officials described the mood as calm.",
        "Heavy rain fell earlier in the day.", "A concert is planned for the evening.",
        "Police said the crowd dispersed peacefully after dark.", "Talks are due to resume next week.",
        "Several shops stayed closed for the afternoon."};
    private static final String[] KEYWORDS = {"politics", "sport", "weather", "culture", "economy", "protest",
        "election", "football", "athletics", "disaster", "health", "education", "religion", "transport", "music",
        "environment", "crime", "diplomacy", "military", "tennis"};

    private final Random random;
    private final List<String> photographers;
    private final List<String> people;
    private final MetadataEnricher enricher;

    private FillLibrary(long seed) {
        random = new Random(seed);
        var names = new ArrayList<String>();
        for (String f : FIRST) {
            for (String l : LAST) {
                names.add(f + " " + l);
            }
        }
        Collections.shuffle(names, random);
        photographers = List.copyOf(names.subList(0, 300));
        people = List.copyOf(names.subList(300, 2300));
        enricher = new CaptionEnricher(new CreditCleaner((String) null), Clock.systemUTC(), NameBook::new);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java -cp app/target/photodesk.jar bench/desk/FillLibrary.java DATA [N] [--seed S]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int n = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 100_000;
        long seed = 20240801L;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[i + 1]);
            }
        }
        new FillLibrary(seed).fill(data, n);
    }

    private void fill(Path data, int n) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(data);
        var clock = new SteppingClock();
        var blobs = new FileBlobStore(data.resolve("blobs"));
        List<byte[]> jpegs = baseJpegs(64);
        var writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        var pending = new ArrayList<java.util.concurrent.Future<?>>();
        try (var store = new SqlitePhotoStore(data.resolve("photodesk.db"), clock);
             var index = new LuceneSearchIndex(data.resolve("index"))) {
            if (store.count() > 0) {
                System.err.println("the library in " + data + " already has " + store.count()
                        + " photos: give FillLibrary an empty or new folder");
                System.exit(1);
            }
            LocalDate start = LocalDate.of(2024, 1, 1);
            int days = start.lengthOfYear();
            for (int from = 0; from < n; from += BATCH) {
                var records = new ArrayList<PhotoRecord>(BATCH);
                var ingested = new ArrayList<Instant>(BATCH);
                for (int i = from; i < Math.min(n, from + BATCH); i++) {
                    LocalDate day = start.plusDays((long) i * days / n);
                    LocalTime time = LocalTime.of(6 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
                    byte[] jpeg = distinctJpeg(jpegs.get(i % jpegs.size()), i);
                    String sha = sha256(jpeg);
                    pending.add(writers.submit(() -> writeBlob(blobs, data.resolve("blobs"), sha, jpeg)));
                    records.add(record(i, sha, jpeg.length, day, time));
                    ingested.add(day.atTime(time).plusMinutes(5 + random.nextInt(40)).toInstant(ZoneOffset.UTC));
                }
                List<Photo> photos = store.inTransaction(() -> {
                    var added = new ArrayList<Photo>(records.size());
                    for (int k = 0; k < records.size(); k++) {
                        clock.set(ingested.get(k));
                        added.add(store.add(records.get(k)));
                    }
                    return added;
                });
                photos.forEach(index::index);
                System.err.printf("  %,d photos stored and indexed (%.0f s)%n", from + photos.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            index.commit(store.lastChange());
            for (var p : pending) {
                try {
                    p.get();
                } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
                    throw new IllegalStateException("writing a blob failed: " + e.getMessage(), e);
                }
            }
            for (Photo p : store.page(0, 3)) {
                if (blobs.localPath(p.sha256()).isEmpty() || !blobs.hasRendition(p.sha256(), "thumb")) {
                    throw new IllegalStateException("photo " + p.id() + "'s blob is not where FileBlobStore looks");
                }
            }
            System.out.printf("filled %s with %,d photos (store %,d, index %,d) in %.0f s%n", data, n, store.count(),
                    index.count(), (System.nanoTime() - t0) / 1e9);
        } finally {
            writers.shutdown();
        }
    }

    private PhotoRecord record(int i, String sha, long size, LocalDate day, LocalTime time) {
        int a = skewed(AGENCIES.length, 1.3);
        String agency = AGENCIES[a];
        String by = photographers.get(a + AGENCIES.length * skewed(photographers.size() / AGENCIES.length, 1.5));
        String[] city = CITIES[skewed(CITIES.length, 2.0)].split("\\|");
        int nPeople = random.nextInt(3);
        var shown = new LinkedHashSet<String>();
        for (int k = 0; k < nPeople; k++) {
            shown.add(people.get(skewed(people.size(), 2.5)));
        }
        String event = EVENTS[random.nextInt(EVENTS.length)];
        String date = day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
        var caption = new StringBuilder();
        if (!shown.isEmpty()) {
            caption.append(String.join(" and ", shown)).append(' ')
                    .append(shown.size() == 1 ? "speaks to reporters" : "meet").append(" during ").append(event)
                    .append(" in ").append(city[0]).append(", ").append(city[1]).append(", ").append(date).append(". ");
        } else {
            caption.append(capitalise(SUBJECTS[random.nextInt(SUBJECTS.length)])).append(' ')
                    .append(ACTIONS[random.nextInt(ACTIONS.length)]).append(' ')
                    .append(PLACES[random.nextInt(PLACES.length)]).append(" during ").append(event).append(" in ")
                    .append(city[0]).append(", ").append(city[1]).append(", ").append(date).append(". ");
        }
        int words = caption.toString().split(" ").length;
        int target = 20 + random.nextInt(21);
        for (int f = random.nextInt(FILLER.length); words < target - 4; f++) {
            String sentence = FILLER[f % FILLER.length];
            caption.append(sentence).append(' ');
            words += sentence.split(" ").length;
        }
        caption.append(creditLine(agency, by));
        var keywords = List.of(KEYWORDS[random.nextInt(KEYWORDS.length)], KEYWORDS[random.nextInt(KEYWORDS.length)])
                .stream().distinct().toList();
        PhotoMetadata embedded = PhotoMetadata.builder()
                .headline(capitalise(event.replaceFirst("^the ", "")) + " in " + city[0])
                .caption(caption.toString())
                .byline(List.of(by))
                .bylineTitle("Staff Photographer")
                .credit(credit(agency))
                .source(credit(agency))
                .copyright("Copyright 2024 " + agency)
                .city(city[0])
                .country(city[1])
                .countryCode(city[2])
                .dateCreated(new DateCreated(day, time, ZoneOffset.UTC))
                .keywords(keywords)
                .transmissionReference(agency.substring(0, 2).toUpperCase(Locale.ROOT) + String.format("%07d", i))
                .people(List.copyOf(shown))
                .event(capitalise(event.replaceFirst("^the ", "")) + " " + city[0])
                .build();
        MetadataEnricher.Enrichment e = enricher.enrich(embedded);
        return new PhotoRecord(sha, sha256(("pixels " + i).getBytes(StandardCharsets.UTF_8)),
                String.format("%s_%07d.jpg", agency.replace(' ', '_'), i), new ImageInfo("image/jpeg", 96, 64, 1), size,
                e.metadata(), e.agency(), raw(embedded, day, time), e.problems(), embedded);
    }

    /** The tags an agency file carries for this metadata, IIM and XMP mirrored, as the reader keeps them. */
    private static RawMetadata raw(PhotoMetadata m, LocalDate day, LocalTime time) {
        var iim = new java.util.LinkedHashMap<String, List<String>>();
        iim.put("1:90 CodedCharacterSet", List.of("UTF8 (ESC % G)"));
        iim.put("2:0 ApplicationRecordVersion", List.of("4"));
        iim.put("2:5 ObjectName", List.of(m.headline()));
        iim.put("2:25 Keywords", m.keywords());
        iim.put("2:55 DateCreated", List.of(day.toString().replace("-", "")));
        iim.put("2:60 TimeCreated", List.of(time.toString().replace(":", "") + "+0000"));
        iim.put("2:80 By-line", m.byline());
        iim.put("2:85 By-lineTitle", List.of(m.bylineTitle()));
        iim.put("2:90 City", List.of(m.city()));
        iim.put("2:100 Country-PrimaryLocationCode", List.of(m.countryCode()));
        iim.put("2:101 Country-PrimaryLocationName", List.of(m.country()));
        iim.put("2:103 OriginalTransmissionReference", List.of(m.transmissionReference()));
        iim.put("2:110 Credit", List.of(m.credit()));
        iim.put("2:115 Source", List.of(m.source()));
        iim.put("2:116 CopyrightNotice", List.of(m.copyright()));
        iim.put("2:120 Caption-Abstract", List.of(m.caption()));
        var xmp = new java.util.LinkedHashMap<String, List<String>>();
        xmp.put("dc:title", List.of(m.headline()));
        xmp.put("dc:description", List.of(m.caption()));
        xmp.put("dc:creator", m.byline());
        xmp.put("dc:rights", List.of(m.copyright()));
        xmp.put("dc:subject", m.keywords());
        xmp.put("photoshop:Credit", List.of(m.credit()));
        xmp.put("photoshop:Source", List.of(m.source()));
        xmp.put("photoshop:City", List.of(m.city()));
        xmp.put("photoshop:Country", List.of(m.country()));
        xmp.put("photoshop:DateCreated", List.of(day + "T" + time + "+00:00"));
        xmp.put("Iptc4xmpCore:CountryCode", List.of(m.countryCode()));
        if (!m.people().isEmpty()) {
            xmp.put("Iptc4xmpExt:PersonInImage", m.people());
        }
        var exif = new java.util.LinkedHashMap<String, List<String>>();
        exif.put("DateTimeOriginal", List.of(day.toString().replace("-", ":") + " " + time));
        exif.put("OffsetTimeOriginal", List.of("+00:00"));
        exif.put("Orientation", List.of("1"));
        return new RawMetadata(iim, xmp, exif);
    }

    private static String credit(String agency) {
        return switch (agency) {
            case "AP" -> "AP";
            case "Reuters" -> "REUTERS";
            case "AFP" -> "AFP via Getty Images";
            case "Getty Images" -> "Getty Images";
            default -> "EPA-EFE";
        };
    }

    private static String creditLine(String agency, String by) {
        return switch (agency) {
            case "AP" -> "(AP Photo/" + by + ")";
            case "Reuters" -> "REUTERS/" + by;
            case "AFP" -> "(Photo by " + by + " / AFP)";
            case "Getty Images" -> "(Photo by " + by + "/Getty Images)";
            default -> "EPA-EFE/" + by.toUpperCase(Locale.ROOT);
        };
    }

    /** An index in [0, n) with small ones more likely: a few busy photographers, cities, people. */
    private int skewed(int n, double power) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), power)));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<byte[]> baseJpegs(int count) throws IOException {
        var out = new ArrayList<byte[]>(count);
        for (int k = 0; k < count; k++) {
            var image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            float hue = k / (float) count;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.6f, 0.9f), 96, 64,
                    Color.getHSBColor((hue + 0.3f) % 1f, 0.8f, 0.3f)));
            g.fillRect(0, 0, 96, 64);
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.3f, 1f));
            g.fillOval(30 + k % 20, 12, 28, 28);
            g.dispose();
            var bytes = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpg", bytes)) {
                throw new IllegalStateException("this JDK has no JPEG writer");
            }
            out.add(bytes.toByteArray());
        }
        return out;
    }

    /** {@code base} with a JPEG comment (COM) segment naming photo {@code i} right after SOI: distinct bytes. */
    private static byte[] distinctJpeg(byte[] base, int i) {
        byte[] text = ("photodesk desk bench photo " + i).getBytes(StandardCharsets.US_ASCII);
        int len = text.length + 2;
        byte[] out = new byte[base.length + 2 + len];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) (len >> 8);
        out[5] = (byte) len;
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(base, 2, out, 6 + text.length, base.length - 2);
        return out;
    }

    /** Writes the original at {@code blobs/ab/cd/<sha>} (FileBlobStore's layout) and the same bytes as its thumb. */
    private static void writeBlob(FileBlobStore blobs, Path dir, String sha, byte[] jpeg) {
        try {
            Path original = dir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            if (!Files.isDirectory(original.getParent())) {
                Files.createDirectories(original.getParent());
            }
            Files.write(original, jpeg);
            Path thumb = dir.resolve("renditions").resolve("thumb").resolve(sha.substring(0, 2)).resolve(sha + ".jpg");
            if (!Files.isDirectory(thumb.getParent())) {
                Files.createDirectories(thumb.getParent());
            }
            Files.write(thumb, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the blob " + sha + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the filler sets before each add, so that photos look ingested minutes after they were taken. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
