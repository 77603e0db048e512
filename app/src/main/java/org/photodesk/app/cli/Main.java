package org.photodesk.app.cli;

import java.time.Clock;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;
import org.photodesk.app.web.LibraryDeskOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code photodesk} command: a picture desk for newsrooms, from the command line. */
@Command(name = "photodesk", mixinStandardHelpOptions = true, version = "photodesk 0.1.0",
        description = "A picture desk for newsrooms: ingest agency photos, search them, check captions, publish galleries.",
        subcommands = {IngestCommand.class, WatchCommand.class, SearchCommand.class, ShowCommand.class,
                ReindexCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Lucene says at start-up, through java.util.logging, whether it uses the vector API; held so it stays quiet. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("import", new ImportCommand());
        cli.addSubcommand("events", new EventsCommand.ListEvents());
        cli.addSubcommand("event", new EventsCommand());
        cli.addSubcommand("roster", new RosterCommand());
        cli.addSubcommand("captions", new CaptionsCommand());
        cli.addSubcommand("check", new CheckCommand(Clock.systemUTC()));
        cli.addSubcommand("gallery", new GalleryCommand(dir -> Library.open(dir, LibraryOptions.DEFAULT)).commandLine());
        cli.addSubcommand("serve", new ServeCommand(new LibraryDeskOpener()));
        cli.addSubcommand("demo", new DemoCommand(new LibraryDeskOpener()));
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }
}
