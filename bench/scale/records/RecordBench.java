import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.RawMetadata;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.SqlitePhotoStore;
import org.photodesk.scale.postgres.PgDatabase;
import org.photodesk.scale.postgres.PgPhotoStore;
import org.photodesk.scale.postgres.PostgresAddress;
import org.photodesk.scale.search.OpenSearchIndex;

/**
 * The record benchmark of issue 10 (not a timed test): N synthetic but realistic photo records (FillLibrary's
 * generator: five agencies with their credit styles, 300 photographers, 200 cities, 2,000 people of skewed popularity,
 * a date each over 2024, captions of 20 to 40 words with the agencies' credit lines cleaned by the real credit
 * cleaner (the caption checks' name book is left out: at about 20 ms of CPU per record on this loaded machine it
 * cost far more than the writes, and it is no backend's work), raw IIM/XMP/EXIF tags; no
 * blobs) loaded into one set of backends, then searched. Run by bench/scale/records/record-bench.sh.
 *
 * <p>Arguments: {@code OUT_DIR BACKENDS N CLIENTS WARMUP_S MEASURE_S}, BACKENDS {@code embedded} (SQLite + Lucene
 * in OUT_DIR/embedded) or {@code scale} (PostgreSQL at $PHOTODESK_STORE + OpenSearch at $PHOTODESK_INDEX).
 *
 * <p>Ingest: the records go in three equal parts, the first with 1 worker, the second with 2, the third with 4 (so
 * each rate is measured on a library already holding the parts before); each worker does what the ingestor does per
 * file once the bytes are stored, "is this original known? if not, add it", for 100 records in one {@code atomically}
 * transaction (on PostgreSQL under the library's write lock; one transaction per photo, as the ingestor commits,
 * ran at about 20 photos/s on SQLite here, each commit waiting for the disk of a machine shared with other jobs),
 * then {@code index.index(photo)} for each. The records are made in chunks of 10,000 before the workers write them
 * (making them is not what is measured);
 * the time of a part is its chunks' writing, each ending with the index's commit.
 *
 * <p>Search: CLIENTS threads for WARMUP_S then MEASURE_S seconds, each looping over 400 desk queries (free words,
 * {@code by:}, {@code agency:}, {@code in:}, {@code person:}, {@code taken:} ranges, combinations; the same for both
 * backends), one at a time: the index search (newest taken first, 100 ids, the top values of every facet), then the
 * 100 photos read from the store ({@code findListed}) as the desk's JSON API does. Latencies per search: index alone,
 * and index plus store.
 */
public final class RecordBench {

    private static final long SEED = 20240801L;
    /** Records made, then written and committed, at a time. */
    private static final int CHUNK = 10_000;
    /** Photos per store transaction (each checked for a duplicate original first, as the ingestor does). */
    private static final int BATCH = 100;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String backends = args[1];
        int n = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int measure = Integer.parseInt(args[5]);
        Files.createDirectories(out);
        PhotoStore store;
        SearchIndex index;
        AutoCloseable closing;
        String name;
        if (backends.equals("embedded")) {
            Path dir = out.resolve("embedded");
            deleteTree(dir);
            Files.createDirectories(dir);
            var sqlite = new SqlitePhotoStore(dir.resolve("photodesk.db"), Clock.systemUTC());
            var lucene = new LuceneSearchIndex(dir.resolve("index"));
            store = sqlite;
            index = lucene;
            closing = () -> { lucene.close(); sqlite.close(); };
            name = "embedded (SQLite + Lucene)";
        } else {
            var pg = PostgresAddress.parse(System.getenv("PHOTODESK_STORE"), System::getenv);
            var db = PgDatabase.open(pg, 12);
            var os = OpenSearchIndex.open(URI.create(System.getenv("PHOTODESK_INDEX")));
            store = new PgPhotoStore(db, Clock.systemUTC());
            index = os;
            closing = () -> { os.close(); db.close(); };
            name = "scale-out (PostgreSQL + OpenSearch)";
        }
        if (store.count() > 0) {
            throw new IllegalStateException("the " + backends + " library already holds " + store.count()
                    + " photos: give the bench an empty one");
        }
        var rows = new ArrayList<String>();
        try (closing) {
            int from = 0;
            int[] workers = {1, 2, 4};
            for (int k = 0; k < workers.length; k++) {
                int to = (int) ((long) n * (k + 1) / workers.length);
                rows.add(ingest(name, store, index, n, from, to, workers[k]));
                from = to;
            }
            var queries = new Records(n).queries();
            rows.add(search(name, store, index, queries, clients, warmup, measure));
        }
        Path results = out.resolve("record-bench-" + backends + "-" + n + ".md");
        Files.write(results, rows, StandardCharsets.UTF_8);
        rows.forEach(System.out::println);
    }

    /**
     * Adds records [from, to) with {@code workers} threads, in chunks of {@link #CHUNK}: each chunk's records are made
     * first (not timed), then written by the workers (timed,
     * with the index commit at the end of each chunk); returns the table row.
     */
    private static String ingest(String name, PhotoStore store, SearchIndex index, int n, int from, int to,
            int workers) throws InterruptedException {
        String loadBefore = load();
        long timed = 0;
        for (int chunk = from; chunk < to; chunk += CHUNK) {
            List<PhotoRecord> records = make(n, chunk, Math.min(to, chunk + CHUNK));
            timed += write(store, index, records, workers);
            System.err.printf(Locale.ROOT, "%s, %d workers: %,d photos stored, %.0f s writing%n", name, workers,
                    Math.min(to, chunk + CHUNK), timed / 1e9);
        }
        double seconds = timed / 1e9;
        String row = String.format(Locale.ROOT, "| %s | ingest | %d workers | photos %,d to %,d | %,.0f photos/s | "
                + "%.0f s | load %s -> %s |", name, workers, from, to, (to - from) / seconds, seconds, loadBefore, load());
        System.err.println(row);
        return row;
    }

    /** Records [from, to), made by two threads. */
    private static List<PhotoRecord> make(int n, int from, int to) throws InterruptedException {
        PhotoRecord[] made = new PhotoRecord[to - from];
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 2; t++) {
            int first = t;
            threads.add(Thread.ofPlatform().start(() -> {
                var records = new Records(n);
                for (int i = from + first; i < to; i += 2) {
                    made[i - from] = records.record(i);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return Arrays.asList(made);
    }

    /** Writes {@code records} with {@code workers} threads, then commits the index; returns the nanoseconds taken. */
    private static long write(PhotoStore store, SearchIndex index, List<PhotoRecord> records, int workers)
            throws InterruptedException {
        var next = new AtomicInteger();
        var errors = Collections.synchronizedList(new ArrayList<Throwable>());
        long start = System.nanoTime();
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = next.getAndAdd(BATCH); i < records.size(); i = next.getAndAdd(BATCH)) {
                        List<PhotoRecord> batch = records.subList(i, Math.min(records.size(), i + BATCH));
                        List<Photo> added = store.atomically(() -> {
                            var stored = new ArrayList<Photo>(batch.size());
                            for (PhotoRecord r : batch) {
                                if (store.findBySha256(r.sha256()).isEmpty()) {
                                    stored.add(store.add(r));
                                }
                            }
                            return stored;
                        });
                        added.forEach(index::index);
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        index.commit(store.lastChange());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("ingest failed", errors.getFirst());
        }
        return System.nanoTime() - start;
    }

    private static String search(String name, PhotoStore store, SearchIndex index, List<Query> queries, int clients,
            int warmup, int measure) throws InterruptedException {
        String loadBefore = load();
        run(store, index, queries, clients, warmup, null, null);
        long[][] indexOnly = new long[clients][];
        long[][] total = new long[clients][];
        double rate = run(store, index, queries, clients, measure, indexOnly, total);
        long[] a = Arrays.stream(indexOnly).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] t = Arrays.stream(total).flatMapToLong(Arrays::stream).sorted().toArray();
        String row = String.format(Locale.ROOT, "| %s | search, %d clients | %,d photos | %,.0f searches/s | index p50 "
                + "%.1f ms, p95 %.1f ms; with the store p50 %.1f ms, p95 %.1f ms, p99 %.1f ms | | load %s -> %s |", name,
                clients, store.count(), rate, pct(a, 50), pct(a, 95), pct(t, 50), pct(t, 95), pct(t, 99), loadBefore,
                load());
        System.err.println(row);
        return row;
    }

    private static double run(PhotoStore store, SearchIndex index, List<Query> queries, int clients, int seconds,
            long[][] indexOnly, long[][] total) throws InterruptedException {
        var stop = new AtomicBoolean();
        var done = new CountDownLatch(clients);
        long[] counts = new long[clients];
        var errors = Collections.synchronizedList(new ArrayList<Throwable>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                long[] mine = new long[1 << 14];
                long[] whole = new long[1 << 14];
                int size = 0;
                int i = client * queries.size() / clients;
                try {
                    while (!stop.get()) {
                        var request = new SearchRequest(queries.get(i++ % queries.size()), SearchRequest.Sort.TAKEN, 0,
                                100);
                        long t0 = System.nanoTime();
                        SearchResult result = index.search(request);
                        long t1 = System.nanoTime();
                        store.findListed(result.ids());
                        long t2 = System.nanoTime();
                        if (size == mine.length) {
                            mine = Arrays.copyOf(mine, size * 2);
                            whole = Arrays.copyOf(whole, size * 2);
                        }
                        mine[size] = t1 - t0;
                        whole[size++] = t2 - t0;
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                } finally {
                    counts[client] = size;
                    if (indexOnly != null) {
                        indexOnly[client] = Arrays.copyOf(mine, size);
                        total[client] = Arrays.copyOf(whole, size);
                    }
                    done.countDown();
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a search failed", errors.getFirst());
        }
        return Arrays.stream(counts).sum() / (double) seconds;
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * p / 100)] / 1e6;
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** FillLibrary's generator (bench/desk/FillLibrary.java), one per worker, each record from a seed of its own. */
    static final class Records {
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


        private final List<String> photographers;
        private final List<String> people;
        private final CreditCleaner cleaner = new CreditCleaner((String) null);
        private final int n;
        private Random random;

        Records(int n) {
            this.n = n;
            random = new Random(SEED);
            var names = new ArrayList<String>();
            for (String f : FIRST) {
                for (String l : LAST) {
                    names.add(f + " " + l);
                }
            }
            Collections.shuffle(names, random);
            photographers = List.copyOf(names.subList(0, 300));
            people = List.copyOf(names.subList(300, 2300));
        }

        /** Record {@code i} of {@code n}: the same for the same i and n, whichever worker makes it. */
        PhotoRecord record(int i) {
            random = new Random(SEED * 1_000_003L + i);
            LocalDate start = LocalDate.of(2024, 1, 1);
            LocalDate day = start.plusDays((long) i * start.lengthOfYear() / n);
            LocalTime time = LocalTime.of(6 + random.nextInt(16), random.nextInt(60), random.nextInt(60));
            String sha = sha256(("photodesk record bench photo " + i).getBytes(StandardCharsets.UTF_8));
            return record(i, sha, 20_000 + random.nextInt(4_000_000), day, time);
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
            CreditCleaner.Result e = cleaner.clean(embedded);
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


        /** 400 desk queries on this generator's vocabulary, the same for every run. */
        List<Query> queries() {
            var r = new Random(SEED + 7);
            var parser = new QueryParser();
            String[] words = {"firefighters", "stadium", "election", "rain", "vigil", "harbour", "parliament",
                "concert", "marathon", "summit", "protesters", "volunteers", "floods", "trial", "festival", "airport",
                "cathedral", "polling"};
            var queries = new ArrayList<Query>();
            while (queries.size() < 400) {
                String city = CITIES[Math.min(CITIES.length - 1, (int) (CITIES.length * Math.pow(r.nextDouble(), 2)))]
                        .split("\\|")[0];
                String agency = AGENCIES[r.nextInt(AGENCIES.length)];
                String by = photographers.get(r.nextInt(photographers.size()));
                String person = people.get(Math.min(people.size() - 1,
                        (int) (people.size() * Math.pow(r.nextDouble(), 2.5))));
                int m = 1 + r.nextInt(11);
                int d = 1 + r.nextInt(27);
                String taken = String.format(Locale.ROOT, "taken:2024-%02d-%02d..2024-%02d-%02d", m, d, m + 1, d);
                String text = switch (r.nextInt(11)) {
                    case 0 -> "";
                    case 1 -> words[r.nextInt(words.length)];
                    case 2 -> words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)];
                    case 3 -> "by:\"" + by + "\"";
                    case 4 -> "agency:\"" + agency + "\"";
                    case 5 -> "in:\"" + city + "\"";
                    case 6 -> "person:\"" + person + "\"";
                    case 7 -> taken;
                    case 8 -> "agency:\"" + agency + "\" " + taken;
                    case 9 -> words[r.nextInt(words.length)] + " in:\"" + city + "\"";
                    default -> "\"" + words[r.nextInt(words.length)] + "\" agency:\"" + agency + "\"";
                };
                try {
                    queries.add(parser.parse(text));
                } catch (RuntimeException refused) {
                    // not a query of the desk's language: skip
                }
            }
            return queries;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
