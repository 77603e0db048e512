package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import picocli.CommandLine;

/** Runs {@code captions} and {@code check} through picocli on files, standard input and rosters. */
class CaptionsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T00:00:00Z"), ZoneOffset.UTC);
    private static final String GOOD = "Angèle performs at the Stade de France, Sunday, Aug. 11, 2024, in Saint-Denis,"
            + " France. (AP Photo/David Goldman)";
    private static final String BAD = "Angele performs at the State de France, Saturday, Aug. 11, 2024, in Saint-Denis,"
            + " France. (AP Photo/David Goldman)";

    private static String run(Object command, String... args) {
        StringWriter sw = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(sw));
        int code = cl.execute(args);
        assertThat(code).isZero();
        return sw.toString();
    }

    @Test
    void printsOneJsonObjectPerCaptionFromStandardInput() throws Exception {
        String out = run(new CaptionsCommand(CLOCK, new ByteArrayInputStream((GOOD + "\n\n" + BAD + "\n")
                .getBytes(StandardCharsets.UTF_8))), "--json");
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper m = new ObjectMapper();
        JsonNode good = m.readTree(lines.get(0));
        assertThat(good.get("agency").asText()).isEqualTo("AP");
        assertThat(good.get("photographer").asText()).isEqualTo("David Goldman");
        assertThat(good.get("venue").asText()).isEqualTo("Stade de France");
        assertThat(good.get("date").asText()).isEqualTo("2024-08-11");
        assertThat(good.get("countryCode").asText()).isEqualTo("FR");
        assertThat(good.get("problems")).isEmpty();
        JsonNode bad = m.readTree(lines.get(1));
        assertThat(bad.get("problems").findValuesAsText("code")).contains("caption.weekday");
    }

    @Test
    void readsAFileAndComparesNamesWithRosters(@TempDir Path dir) throws Exception {
        Path captions = Files.writeString(dir.resolve("captions.txt"), BAD + "\n");
        Path roster = Files.writeString(dir.resolve("roster.txt"), "Angèle\nStade de France\tStade de France (SDF)\n");
        String out = run(new CaptionsCommand(CLOCK, new ByteArrayInputStream(new byte[0])), "--json",
                "--roster", roster.toString(), captions.toString());
        JsonNode bad = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertThat(bad.get("problems").findValuesAsText("fix")).contains("Angèle", "Stade de France", "Sunday");
    }

    @Test
    void checkCommandChecksThePhotosItIsGiven() {
        Photo photo = new Photo(7, "abc", "abc", "a.jpg", "image/jpeg", 10, 10,
                PhotoMetadata.builder().caption(BAD).build(), null, "AP", null, null, null, null, 1, 0, null);
        StringWriter sw = new StringWriter();
        CommandLine cl = new CommandLine(new CheckCommand(q -> List.of(photo), CLOCK), new CliFactory(org.photodesk.embedded.EmbeddedBackends.chooser()));
        cl.setOut(new PrintWriter(sw));
        assertThat(cl.execute("agency:AP")).isEqualTo(1);
        assertThat(sw.toString()).contains("7 a.jpg", "weekday 'Saturday' does not match 2024-08-11",
                "1 checked, 1 with problems");
    }
}
