package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.photodesk.core.article.Article;
import org.photodesk.core.article.ArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups the real multi-outlet article sets of {@code ../shared/real/events} (read in place, never copied) and
 * scores them as {@code score-events} does: pairwise grouping F1 over every article, distractors included, and how
 * many true events are placed in their city on their day. Skipped, saying so, when the folder is absent.
 */
class RealEventsTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealEventsTest.class);

    @Test
    void realSetsAreGroupedAndPlaced() throws IOException {
        Path dir = dir();
        assumeTrue(Files.isRegularFile(dir.resolve("truth.json")), "no " + dir + "/truth.json: the real article "
                + "sets live in shared/real beside the project; without them this measurement is skipped");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        Map<String, String> group = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (JsonNode set : truth) {
            for (JsonNode a : set.get("articles")) {
                group.put(a.get("file").asText(), set.get("set").asText());
            }
            for (JsonNode d : set.get("distractors")) {
                group.put(d.get("file").asText(), set.get("set").asText() + "-" + d.get("date").asText());
            }
        }
        for (String file : group.keySet().stream().sorted().toList()) {
            articles.addAll(reader.read(file, Files.readString(dir.resolve(file), StandardCharsets.UTF_8)));
        }
        List<Event> events = new EventGrouper().group(articles, List.of());
        Map<String, Event> found = new HashMap<>();
        events.forEach(e -> e.articles().forEach(a -> found.put(a.id(), e)));
        List<String> names = group.keySet().stream().sorted().toList();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                boolean same = group.get(names.get(i)).equals(group.get(names.get(j)));
                boolean together = Objects.equals(found.get(names.get(i)), found.get(names.get(j)));
                tp += same && together ? 1 : 0;
                fp += !same && together ? 1 : 0;
                fn += same && !together ? 1 : 0;
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        EventSheets sheets = new EventSheets();
        int placed = 0;
        List<String> report = new ArrayList<>();
        for (JsonNode set : truth) {
            String city = fold(set.get("city").asText());
            LocalDate date = LocalDate.parse(set.get("date").asText());
            boolean ok = false;
            for (JsonNode a : set.get("articles")) {
                Event e = found.get(a.get("file").asText());
                EventSheet sheet = sheets.sheetOf(e);
                boolean inCity = sheet.city() != null && city.contains(fold(sheet.city().name()));
                boolean onDay = sheet.dates().stream().anyMatch(d -> d.date().equals(date));
                ok |= inCity && onDay;
                report.add(set.get("set").asText() + " " + a.get("file").asText() + " -> " + e.id() + " city "
                        + (sheet.city() == null ? null : sheet.city().name()) + " dates "
                        + sheet.dates().stream().map(DateFact::date).toList());
            }
            placed += ok ? 1 : 0;
        }
        report.forEach(x -> LOG.debug("{}", x));
        events.forEach(e -> LOG.info("event {}: {}", e.id().length() > 40 ? e.id().substring(0, 40) : e.id(),
                e.articles().stream().map(a -> a.id().replace(".txt", "") + "=" + group.get(a.id())).toList()));
        LOG.info("real events: {} events for {} true; pairwise P {} R {} F1 {}; {}/{} placed", events.size(),
                group.values().stream().distinct().count(), pct(p), pct(r), pct(f1), placed, truth.size());
        assertThat(f1).as("pairwise grouping F1").isGreaterThanOrEqualTo(FLOOR_F1);
        assertThat(placed).as("true events placed in their city on their day").isGreaterThanOrEqualTo(FLOOR_PLACED);
    }

    /** Just under what was measured. */
    private static final double FLOOR_F1 = 0.95;
    private static final int FLOOR_PLACED = 10;

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Path dir() {
        for (String d : List.of("../shared/real/events", "../../shared/real/events", "/work/shared/real/events")) {
            if (Files.isDirectory(Path.of(d))) {
                return Path.of(d);
            }
        }
        return Path.of("../shared/real/events");
    }
}
