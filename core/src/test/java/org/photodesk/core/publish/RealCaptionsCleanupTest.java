package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The house clean-up on the real, hand-labelled captions of {@code ../shared/real} (read in place, never copied):
 * how often the credit printed in the caption ({@code credit_raw}) is gone after cleaning, how often a dateline
 * block is left, and how often more than the credit and dateline went (a cleaned caption with under 80 % of the
 * other words: on these files each such case is a usage-restriction block or a Reuters tags trailer, which go too).
 * Only figures are kept.
 */
class RealCaptionsCleanupTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealCaptionsCleanupTest.class);
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+(?:, [\\p{Lu}][\\p{L} .'-]+)?"
            + "(?: - [\\p{Lu}]{3,9}\\.? \\d{1,2}:| \\([\\p{L} ]+\\), [^.]{6,30}\\.-)");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, credit gone (percent), dateline left (at most), over-cut (at most, percent)
        "captions-dev.jsonl, 95, 0, 3",
        "captions-test.jsonl, 90, 0, 4"})
    void creditsAndDatelinesGoAndTheRestStays(String file, double creditGone, int datelinesLeft, double overCut)
            throws IOException {
        Path path = real().resolve(file);
        assumeTrue(Files.isRegularFile(path), "no " + path + ": the real captions live in shared/real beside the "
                + "project; without them this measurement is skipped");
        ObjectMapper json = new ObjectMapper();
        HouseCaptionRule rule = new HouseCaptionRule();
        int withCredit = 0;
        int gone = 0;
        int datelines = 0;
        int datelinesLeftFound = 0;
        int total = 0;
        int over = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            String caption = c.get("caption").asText();
            String credit = c.path("credit_raw").isNull() ? null : c.path("credit_raw").asText();
            String cleaned = rule.clean(caption, "Credit/Line");
            total++;
            if (credit != null && !credit.isBlank() && caption.contains(credit)) {
                withCredit++;
                if (!cleaned.contains(credit.strip())) {
                    gone++;
                }
            }
            if (DATELINE.matcher(caption).lookingAt()) {
                datelines++;
                if (DATELINE.matcher(cleaned).lookingAt()) {
                    datelinesLeftFound++;
                }
            }
            String rest = credit == null ? caption : caption.replace(credit, " ");
            rest = DATELINE.matcher(rest).replaceFirst(" ");
            if (words(cleaned) < 0.8 * words(rest)) {
                over++;
            }
        }
        double gonePct = 100.0 * gone / Math.max(1, withCredit);
        double overPct = 100.0 * over / Math.max(1, total);
        LOG.info("{}: credit gone from {} of {} captions that print it ({}%); datelines left {} of {}; over-cut {} of {}"
                + " ({}%)", file, gone, withCredit, String.format("%.1f", gonePct), datelinesLeftFound, datelines, over,
                total, String.format("%.1f", overPct));
        assertThat(gonePct).isGreaterThanOrEqualTo(creditGone);
        assertThat(datelinesLeftFound).isLessThanOrEqualTo(datelinesLeft);
        assertThat(overPct).isLessThanOrEqualTo(overCut);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static Path real() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/real").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolve("../../shared/real").normalize();
    }
}
