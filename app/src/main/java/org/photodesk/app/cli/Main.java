package org.photodesk.app.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;
import org.photodesk.app.web.LibraryDeskOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code photodesk} command: a picture desk for newsrooms, from the command line. */
@Command(name = "photodesk", mixinStandardHelpOptions = true, version = "photodesk 0.1.0",
        description = "A picture desk for newsrooms: ingest agency photos, search them, check captions, publish galleries.")
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
        System.exit(commandLine(args).execute(args));
    }

    /** The subcommands, in the order {@code --help} lists them, each built only when it is needed. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("ingest", IngestCommand::new);
        m.put("watch", WatchCommand::new);
        m.put("search", SearchCommand::new);
        m.put("show", ShowCommand::new);
        m.put("reindex", ReindexCommand::new);
        m.put("help", () -> new CommandLine.HelpCommand());   // not a method reference: see photodesk (AOT cache)
        m.put("import", ImportCommand::new);
        m.put("events", EventsCommand.ListEvents::new);
        m.put("event", EventsCommand::new);
        m.put("roster", RosterCommand::new);
        m.put("captions", CaptionsCommand::new);
        m.put("check", () -> new CheckCommand(Clock.systemUTC()));
        m.put("gallery", () -> new GalleryCommand(dir -> Library.open(dir, LibraryOptions.DEFAULT)).commandLine());
        m.put("serve", () -> new ServeCommand(new LibraryDeskOpener()));
        m.put("demo", () -> new DemoCommand(new LibraryDeskOpener()));
        m.put("aot-training", TrainingCommand::new);
        return m;
    }

    /** The configured command line with every subcommand, for {@code --help} and for tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is built
     * (picocli reads every command's annotations up front, which costs a noticeable part of a short command's
     * start-up); otherwise every one, so that help and the messages about unknown commands list them all.
     */
    static CommandLine commandLine(String[] args) {
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
        return commandLine(one ? Set.of(args[0]) : SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cli = new CommandLine(new Main());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }
}
