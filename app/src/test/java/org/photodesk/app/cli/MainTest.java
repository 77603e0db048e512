package org.photodesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aCommandLineForOneSubcommandBuildsOnlyThatOne() {
        var cli = Main.commandLine(new String[] {"search", "rain"});

        assertThat(cli.getSubcommands()).containsOnlyKeys("search");
    }

    @Test
    void helpAndUnknownWordsGetEverySubcommand() {
        assertThat(Main.commandLine(new String[] {"help", "ingest"}).getSubcommands())
                .containsKeys("ingest", "search", "serve", "gallery", "help");
        assertThat(Main.commandLine(new String[] {"nosuch"}).getSubcommands()).hasSameSizeAs(
                Main.commandLine().getSubcommands());
        assertThat(Main.commandLine(new String[0]).getSubcommands()).hasSameSizeAs(Main.commandLine().getSubcommands());
    }

    @Test
    void theUsageListsTheCommandsButNotTheTrainingRun() {
        StringWriter out = new StringWriter();
        Main.commandLine().usage(new PrintWriter(out, true));

        assertThat(out.toString()).contains("ingest", "search", "reindex", "gallery", "serve", "demo")
                .doesNotContain("aot-training");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsAKnownOne() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new String[] {"serch"});
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("serch")).isEqualTo(2);
        assertThat(err.toString()).contains("serch").contains("search");
    }
}
