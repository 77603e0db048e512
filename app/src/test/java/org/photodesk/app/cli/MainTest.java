package org.photodesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aCommandLineForOneSubcommandBuildsOnlyThatOne() {
        var cli = Main.commandLine(new String[] {"search", "rain"}, org.photodesk.app.Photodesk.chooser());

        assertThat(cli.getSubcommands()).containsOnlyKeys("search");
    }

    @Test
    void helpAndUnknownWordsGetEverySubcommand() {
        assertThat(Main.commandLine(new String[] {"help", "ingest"}, org.photodesk.app.Photodesk.chooser()).getSubcommands())
                .containsKeys("ingest", "search", "serve", "gallery", "help");
        assertThat(Main.commandLine(new String[] {"nosuch"}, org.photodesk.app.Photodesk.chooser()).getSubcommands()).hasSameSizeAs(
                org.photodesk.app.Photodesk.commandLine().getSubcommands());
        assertThat(Main.commandLine(new String[0], org.photodesk.app.Photodesk.chooser()).getSubcommands()).hasSameSizeAs(org.photodesk.app.Photodesk.commandLine().getSubcommands());
    }

    @Test
    void theUsageListsTheCommandsButNotTheTrainingRun() {
        StringWriter out = new StringWriter();
        org.photodesk.app.Photodesk.commandLine().usage(new PrintWriter(out, true));

        assertThat(out.toString()).contains("ingest", "search", "reindex", "gallery", "serve", "demo")
                .doesNotContain("aot-training");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsAKnownOne() {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new String[] {"serch"}, org.photodesk.app.Photodesk.chooser());
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("serch")).isEqualTo(2);
        assertThat(err.toString()).contains("serch").contains("search");
    }
}
