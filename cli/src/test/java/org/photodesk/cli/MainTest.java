package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aCommandLineForOneSubcommandBuildsOnlyThatOne() {
        var cli = Main.commandLine(new String[] {"search", "rain"}, org.photodesk.embedded.EmbeddedBackends.chooser());

        assertThat(cli.getSubcommands()).containsOnlyKeys("search");
    }

    @Test
    void helpAndUnknownWordsGetEverySubcommand() {
        assertThat(Main.commandLine(new String[] {"help", "ingest"}, org.photodesk.embedded.EmbeddedBackends.chooser()).getSubcommands())
                .containsKeys("ingest", "search", "serve", "gallery", "help");
        assertThat(Main.commandLine(new String[] {"nosuch"}, org.photodesk.embedded.EmbeddedBackends.chooser()).getSubcommands()).hasSameSizeAs(
                Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser()).getSubcommands());
        assertThat(Main.commandLine(new String[0], org.photodesk.embedded.EmbeddedBackends.chooser()).getSubcommands()).hasSameSizeAs(Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser()).getSubcommands());
    }

    @Test
    void theUsageListsTheCommandsButNotTheTrainingRun() {
        StringWriter out = new StringWriter();
        Main.commandLine(org.photodesk.embedded.EmbeddedBackends.chooser()).usage(new PrintWriter(out, true));

        assertThat(out.toString()).contains("ingest", "search", "reindex", "gallery", "serve", "demo")
                .doesNotContain("aot-training");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsAKnownOne() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new String[] {"serch"}, org.photodesk.embedded.EmbeddedBackends.chooser());
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("serch")).isEqualTo(2);
        assertThat(err.toString()).contains("serch").contains("search");
    }
}
