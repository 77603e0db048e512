package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code photodesk roster add|list}: names per event, aliases after tabs. */
class RosterCommandIT {

    @TempDir
    Path data;

    @Test
    void namesAndAliasesAreStoredPerEventAndListed() throws IOException {
        Path file = Files.writeString(data.resolve("roster.txt"),
                "# performers\nAngèle\tAngele\tAngèle Van Laeken\n\nTom Cruise\n  \nPhoenix\tPhonenix\n");
        Path other = Files.writeString(data.resolve("other.txt"), "Jane Roe\n");

        EventCliRun add = EventCliRun.of("roster", "add", file.toString(), "--event", "Paris 2024 closing",
                "--data", data.toString());
        EventCliRun again = EventCliRun.of("roster", "add", other.toString(), "--event", "Lantern night",
                "--data", data.toString());
        EventCliRun list = EventCliRun.of("roster", "list", "--event", "paris 2024 CLOSING", "--data", data.toString());
        EventCliRun all = EventCliRun.of("roster", "list", "--json", "--data", data.toString());

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("3 names in the roster of 'Paris 2024 closing'");
        assertThat(again.exitCode()).isZero();
        assertThat(list.out().lines()).containsExactly(
                "Paris 2024 closing\tAngèle\tAngele\tAngèle Van Laeken",
                "Paris 2024 closing\tPhoenix\tPhonenix",
                "Paris 2024 closing\tTom Cruise");
        JsonNode json = new ObjectMapper().readTree(all.out());
        assertThat(json).hasSize(4);
        assertThat(json.get(0).get("eventName").asText()).isEqualTo("Lantern night");
        assertThat(json.get(1).get("aliases").get(1).asText()).isEqualTo("Angèle Van Laeken");
    }

    @Test
    void addingTheSameNameAgainReplacesItsAliases() throws IOException {
        Path first = Files.writeString(data.resolve("a.txt"), "Angèle\tAngele\n");
        Path second = Files.writeString(data.resolve("b.txt"), "Angèle\tAngela\n");

        EventCliRun.of("roster", "add", first.toString(), "--event", "E", "--data", data.toString());
        EventCliRun.of("roster", "add", second.toString(), "--event", "E", "--data", data.toString());
        EventCliRun list = EventCliRun.of("roster", "list", "--data", data.toString());

        assertThat(list.out().lines()).containsExactly("E\tAngèle\tAngela");
    }

    @Test
    void aMissingFileIsRefused() {
        EventCliRun add = EventCliRun.of("roster", "add", data.resolve("none.txt").toString(), "--event", "E",
                "--data", data.toString());

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("cannot add", "none.txt");
    }
}
