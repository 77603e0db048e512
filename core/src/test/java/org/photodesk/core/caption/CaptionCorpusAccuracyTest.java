package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses every caption of the labelled corpus and reports accuracy per field; fails under 97% on any field. */
class CaptionCorpusAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CaptionCorpusAccuracyTest.class);
    private static final List<String> FIELDS = List.of("agency", "photographer", "creditLine", "distributor",
            "collection", "city", "region", "country", "countryCode", "venue", "date", "weekdayStated", "event",
            "people", "restrictions", "flags", "body");

    @Test
    void everyFieldIsAtLeast97PercentRight() {
        var parser = new CaptionParser();
        var corpus = CaptionCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        Map<String, int[]> score = new LinkedHashMap<>();
        FIELDS.forEach(f -> score.put(f, new int[2]));
        List<String> misses = new ArrayList<>();
        for (var e : corpus) {
            CaptionParse p = parser.parse(e.caption(), e.iptc());
            for (String f : FIELDS) {
                if (f.equals("body") && !e.expected().has("body")) {
                    continue;
                }
                Object want = expected(e.expected(), f);
                Object got = actual(p, f);
                int[] s = score.get(f);
                s[1]++;
                if (Objects.equals(want, got)) {
                    s[0]++;
                } else {
                    misses.add("line " + e.line() + " " + f + ": want " + want + ", got " + got);
                }
            }
        }
        StringBuilder table = new StringBuilder("\nfield           right / total   accuracy\n");
        score.forEach((f, s) -> table.append(String.format(Locale.ROOT, "%-15s %5d / %5d   %6.1f%%%n", f, s[0], s[1],
                100.0 * s[0] / s[1])));
        LOG.info("caption corpus accuracy ({} captions):{}", corpus.size(), table);
        misses.forEach(m -> LOG.info("miss: {}", m));
        score.forEach((f, s) -> assertThat(100.0 * s[0] / s[1]).as("accuracy of %s%s", f, table).isGreaterThanOrEqualTo(97.0));
    }

    private static Object expected(JsonNode exp, String f) {
        JsonNode v = exp.get(f);
        if (f.equals("people") || f.equals("restrictions") || f.equals("flags")) {
            List<String> out = new ArrayList<>();
            if (v != null) {
                v.forEach(x -> out.add(x.asText()));
            }
            return out;
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Object actual(CaptionParse p, String f) {
        return switch (f) {
            case "agency" -> p.agency();
            case "photographer" -> p.photographer();
            case "creditLine" -> p.creditLine();
            case "distributor" -> p.distributor();
            case "collection" -> p.collection();
            case "city" -> p.city();
            case "region" -> p.region();
            case "country" -> p.country();
            case "countryCode" -> p.countryCode();
            case "venue" -> p.venue();
            case "date" -> p.date() == null ? null : p.date().toString();
            case "weekdayStated" -> day(p.weekdayStated());
            case "event" -> p.event();
            case "people" -> p.people();
            case "restrictions" -> p.restrictions();
            case "flags" -> p.flags();
            case "body" -> p.body();
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static String day(DayOfWeek d) {
        return d == null ? null : d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
