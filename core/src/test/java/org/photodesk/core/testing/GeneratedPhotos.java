package org.photodesk.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/**
 * Made-up agency photos for index tests and benchmarks, the same for the same seed: captions drawn from a small
 * vocabulary (so words repeat and scores tie), names with and without accents, people and bylines of skewed
 * popularity, dates with and without a time or an offset, some undated, ingest times that tie, fields left empty.
 */
public final class GeneratedPhotos {

    /** The first ingest time; photo n is ingested {@code n / 3} seconds later, so three photos share each second. */
    public static final Instant T0 = Instant.parse("2024-08-12T08:00:00Z");

    static final String[] AGENCIES = {"AP", "Reuters", "AFP", "dpa", "EPA", "Getty Images", "Keystone", "ANSA"};
    static final String[] FIRST = {"Angèle", "Zoë", "Jürgen", "Martin", "François", "Ana", "Łukasz", "Søren", "Olaf",
        "María", "Björn", "Chloé", "Dmitri", "Noël", "Renée", "Joao", "João", "Ines", "Inès", "Kenji"};
    static final String[] LAST = {"Meissner", "Müller", "Dupont", "Nuñez", "Schreiber", "Østergaard", "Ibáñez",
        "Martin", "Kowalski", "Scholz", "Lefèvre", "Ørsted", "Moreau", "Fischer", "Gonçalves", "Tanaka"};
    static final String[] CITIES = {"Köln", "Bonn", "Berlin", "Paris", "São Paulo", "Zürich", "Kraków", "Genève",
        "Málaga", "Århus", "Reykjavík", "Montréal", "Wien", "Orléans", "Łódź", "Sevilla", "Bogotá", "Nîmes"};
    static final String[] COUNTRIES = {"Germany", "France", "Brazil", "Switzerland", "Poland", "Spain", "Denmark",
        "Iceland", "Canada", "Austria", "Colombia"};
    static final String[] CODES = {"DE", "FR", "BR", "CH", "PL", "ES", "DK", "IS", "CA", "AT", "CO"};
    static final String[] WORDS = {"flood", "river", "stadium", "vigil", "harbour", "protest", "festival", "election",
        "fire", "storm", "market", "parade", "strike", "summit", "concert", "match", "train", "bridge", "school",
        "hospital", "café", "piñata", "crème", "naïve", "résumé", "fiancée", "über", "smörgåsbord", "fjord", "façade"};
    static final String[] FILLER = {"the", "a", "of", "in", "on", "at", "during", "after", "near", "with", "and"};
    static final String[] KEYWORDS = {"politics", "weather", "sport", "culture", "economy", "crime", "health",
        "transport", "education", "religion"};
    static final String[] EVENTS = {"Rhein in Flammen", "Paris 2024 Olympic Games", "Fête de la Musique",
        "Carnaval de Québec", "Oktoberfest", "Tour de France", "Euro 2024"};
    static final String[] ODD = {"&", "—", "#", "!!", "…", "+", "🙂", "C++", "R&D", "A.B.C.", "3:2", "1-0",
        "e-mail", "O'Brien", "l'été", "jean-luc"};

    private GeneratedPhotos() {}

    /** {@code count} photos with ids 1 to {@code count}, the same for the same {@code seed}. */
    public static List<Photo> library(int count, long seed) {
        return stream(count, seed).toList();
    }

    /** The photos of {@link #library}, made one at a time (a large library need not fit in memory). */
    public static java.util.stream.Stream<Photo> stream(int count, long seed) {
        var random = new Random(seed);
        return java.util.stream.LongStream.rangeClosed(1, count).mapToObj(id -> photo(id, random));
    }

    /** A person's name drawn with skewed popularity (the first names and surnames come up most). */
    static String name(Random random) {
        return FIRST[skewed(random, FIRST.length)] + " " + LAST[skewed(random, LAST.length)];
    }

    private static int skewed(Random random, int n) {
        return Math.min(random.nextInt(n), random.nextInt(n));
    }

    private static Photo photo(long id, Random random) {
        int place = skewed(random, CITIES.length);
        int country = random.nextInt(COUNTRIES.length);
        String agency = random.nextInt(12) == 0 ? null : AGENCIES[skewed(random, AGENCIES.length)];
        List<String> people = IntStream.range(0, random.nextInt(4)).mapToObj(k -> name(random)).distinct().toList();
        List<String> bylines = random.nextInt(10) == 0 ? List.of() : List.of(name(random));
        String caption = caption(random, people, CITIES[place]);
        PhotoMetadata m = PhotoMetadata.builder()
                .caption(random.nextInt(30) == 0 ? null : caption)
                .headline(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] + " in " + CITIES[place] : null)
                .byline(bylines)
                .credit(agency == null ? null : random.nextBoolean() ? agency : agency + " Photo/" + bylineOr(bylines))
                .city(random.nextInt(8) == 0 ? null : CITIES[place])
                .sublocation(random.nextInt(5) == 0 ? "Place " + LAST[random.nextInt(LAST.length)] : null)
                .country(random.nextInt(6) == 0 ? null : COUNTRIES[country])
                .countryCode(random.nextInt(3) == 0 ? CODES[country] : null)
                .keywords(IntStream.range(0, random.nextInt(3)).mapToObj(k -> KEYWORDS[random.nextInt(KEYWORDS.length)])
                        .distinct().toList())
                .people(people)
                .event(random.nextInt(5) == 0 ? EVENTS[random.nextInt(EVENTS.length)] : null)
                .dateCreated(date(random))
                .build();
        Instant ingested = random.nextInt(50) == 0 ? null : T0.plusSeconds(id / 3);
        return new Photo(id, "%064x".formatted(id), "%064x".formatted(id + 1_000_000_000L), "IMG_" + id + ".jpg",
                "image/jpeg", 4000, 3000, m, m, agency, null, null, ingested, ingested, 1, 0, null);
    }

    private static String bylineOr(List<String> bylines) {
        return bylines.isEmpty() ? "Staff" : bylines.getFirst();
    }

    private static String caption(Random random, List<String> people, String city) {
        var words = new ArrayList<String>();
        int n = 6 + random.nextInt(18);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(10);
            words.add(pick < 4 ? WORDS[skewed(random, WORDS.length)]
                    : pick < 8 ? FILLER[random.nextInt(FILLER.length)]
                    : pick == 8 && !people.isEmpty() ? people.get(random.nextInt(people.size()))
                    : random.nextInt(4) == 0 ? ODD[random.nextInt(ODD.length)] : city);
        }
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** Undated one time in ten; else a day of 2023-2024, with a time half the time, and an offset half of those. */
    private static DateCreated date(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
        if (random.nextBoolean()) {
            return DateCreated.ofDate(day);
        }
        LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
        return new DateCreated(day, time, random.nextBoolean() ? ZoneOffset.ofHours(random.nextInt(5) - 2) : null);
    }

    /** Queries in the library's syntax that hit {@link #library} in many ways, the same for the same seed. */
    public static List<String> queries(int count, long seed) {
        var random = new Random(seed);
        var fixed = List.of("", "angele", "Angèle", "ANGÈLE", "zoe", "koln", "köln", "city:koln", "in:zurich",
                "sao paulo", "\"sao paulo\"", "\"paulo sao\"", "-flood", "-\"the flood\"", "flood -river", "-&", "&",
                "& flood", "🙂", "-🙂", "C++", "r&d", "\"l'été\"", "o'brien", "by:meissner", "by:\"angele meissner\"",
                "credit:photo", "agency:ap", "agency:\"getty images\"", "person:scholz", "person:\"zoe muller\"",
                "country:de", "country:germany", "in:germany -in:bonn", "keyword:weather", "event:olympic",
                "event:\"rhein in flammen\"", "taken:2024", "taken:2023-08", "taken:2024-02-29", "taken:>2024-06",
                "taken:<=2023-03-15", "taken:2023-05..2023-07", "taken:..2023-01-31", "-taken:2024", "flood taken:2024",
                "img_17.jpg", "place", "creme brulee", "naive", "fiancee", "uber", "smorgasbord", "facade", "cafe",
                "pinata", "resume");
        var queries = new ArrayList<>(fixed);
        while (queries.size() < count) {
            queries.add(randomQuery(random));
        }
        return queries.subList(0, count);
    }

    private static String randomQuery(Random random) {
        var clauses = new ArrayList<String>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            clauses.add(randomClause(random));
        }
        return String.join(" ", clauses);
    }

    private static String randomClause(Random random) {
        UnaryOperator<String> fold = s -> random.nextBoolean() ? s : java.text.Normalizer.normalize(s,
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        String negation = random.nextInt(5) == 0 ? "-" : "";
        return negation + switch (random.nextInt(12)) {
            case 0, 1, 2 -> fold.apply(WORDS[random.nextInt(WORDS.length)]);
            case 3 -> "\"" + FILLER[random.nextInt(FILLER.length)] + " " + WORDS[random.nextInt(WORDS.length)] + "\"";
            case 4 -> "by:" + fold.apply(LAST[random.nextInt(LAST.length)]);
            case 5 -> "person:\"" + fold.apply(name(random)) + "\"";
            case 6 -> "in:" + fold.apply(CITIES[random.nextInt(CITIES.length)].split(" ")[0]);
            case 7 -> "agency:" + AGENCIES[random.nextInt(AGENCIES.length)].split(" ")[0].toLowerCase();
            case 8 -> "taken:" + LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700)) + ".."
                    + LocalDate.of(2023, 1, 1).plusDays(700 + random.nextInt(60));
            case 9 -> "taken:" + (2023 + random.nextInt(2)) + "-" + "%02d".formatted(1 + random.nextInt(12));
            case 10 -> ODD[random.nextInt(ODD.length)];
            default -> fold.apply(FIRST[random.nextInt(FIRST.length)]);
        };
    }
}
