package org.photodesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A measurement, not an assertion on time: indexes 100,000 synthetic photos and logs milliseconds per photo and per
 * search with facets. Run with {@code mvn -B -o -pl app test -Dtest=LuceneSearchIndexMeasureTest -Dphotodesk.measure=true}.
 */
@EnabledIfSystemProperty(named = "photodesk.measure", matches = "true")
class LuceneSearchIndexMeasureTest {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndexMeasureTest.class);
    private static final int PHOTOS = 100_000;

    @TempDir
    Path dir;

    @Test
    void measure() {
        var random = new Random(42);
        List<String> words = IntStream.range(0, 5000).mapToObj(i -> word(random)).toList();
        List<String> names = IntStream.range(0, 2000).mapToObj(i -> capital(word(random)) + " " + capital(word(random))).toList();
        List<String> cities = IntStream.range(0, 150).mapToObj(i -> capital(word(random))).toList();
        List<String> agencies = List.of("AP", "Reuters", "AFP", "dpa", "Getty Images");
        List<Photo> photos = IntStream.range(0, PHOTOS)
                .mapToObj(i -> synthetic(i, random, words, names, cities, agencies))
                .toList();
        try (var index = new LuceneSearchIndex(dir)) {
            long start = System.nanoTime();
            photos.forEach(index::index);
            long indexed = System.nanoTime();
            index.commit(PHOTOS);
            long committed = System.nanoTime();
            LOG.info("indexed {} photos: {} ms/photo, commit {} ms", PHOTOS,
                    "%.4f".formatted((indexed - start) / 1e6 / PHOTOS), (committed - indexed) / 1_000_000);
            assertThat(index.count()).isEqualTo(PHOTOS);
            String someone = names.get(7).split(" ")[1];
            for (int pass = 1; pass <= 2; pass++) {
                LOG.info("pass {} ({})", pass, pass == 1 ? "right after the commit, merges may still run" : "settled");
                for (String q : List.of("", words.get(3), words.get(3) + " " + words.get(11), "by:" + someone,
                        "\"" + words.get(5) + " " + words.get(6) + "\"", "taken:2024-08", "taken:>2023-01-01 -" + words.get(3),
                        "in:" + cities.get(2) + " agency:ap")) {
                    measureQuery(index, q);
                }
            }
        }
    }

    private static void measureQuery(LuceneSearchIndex index, String text) {
        var request = new SearchRequest(new QueryParser().parse(text), SearchRequest.Sort.TAKEN, 0, 50);
        for (int i = 0; i < 30; i++) {
            index.search(request);
        }
        int runs = 200;
        long start = System.nanoTime();
        long total = 0;
        for (int i = 0; i < runs; i++) {
            total = index.search(request).total();
        }
        LOG.info("query [{}]: {} matches, {} ms/query with facets", text, total,
                "%.2f".formatted((System.nanoTime() - start) / 1e6 / runs));
    }

    private static Photo synthetic(int i, Random random, List<String> words, List<String> names, List<String> cities,
            List<String> agencies) {
        var caption = new StringBuilder();
        for (int w = 0; w < 25 + random.nextInt(20); w++) {
            caption.append(zipf(random, words)).append(' ');
        }
        DateCreated taken = random.nextInt(10) == 0 ? null
                : DateCreated.ofDate(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000)));
        String byline = zipf(random, names);
        String city = zipf(random, cities);
        List<String> people = List.of(zipf(random, names), zipf(random, names));
        List<String> keywords = List.of(zipf(random, words), zipf(random, words), zipf(random, words));
        return Photos.photo(i, agencies.get(random.nextInt(agencies.size())),
                Photos.T0.plus(Duration.ofSeconds(i)), b -> b.caption(caption.toString()).headline(zipf(random, words))
                        .byline(List.of(byline)).credit("Agency/" + byline).city(city).country("Germany")
                        .countryCode("DE").people(people).keywords(keywords).dateCreated(taken));
    }

    /** A skewed pick: low indexes are much more frequent, as words and names are in real captions. */
    private static String zipf(Random random, List<String> values) {
        double u = random.nextDouble();
        return values.get((int) (Math.pow(u, 3) * values.size()));
    }

    private static String word(Random random) {
        String[] syllables = {"ka", "lo", "mi", "ren", "to", "sa", "bel", "un", "ri", "po", "ga", "zen", "fe", "dra"};
        var sb = new StringBuilder();
        for (int s = 0; s < 2 + random.nextInt(2); s++) {
            sb.append(syllables[random.nextInt(syllables.length)]);
        }
        return sb.append(random.nextInt(10)).toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
