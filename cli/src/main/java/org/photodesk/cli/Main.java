package org.photodesk.cli;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.photodesk.core.library.BackendsChooser;
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

    /** The subcommands, in the order {@code --help} lists them, each built only when it is needed. */
    private static Map<String, Supplier<Object>> subcommands(CliFactory factory) {
        BackendsChooser chooser = factory.chooser();
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("ingest", IngestCommand::new);
        m.put("watch", WatchCommand::new);
        m.put("search", SearchCommand::new);
        m.put("show", ShowCommand::new);
        m.put("edit", () -> EditCommand.commandLine(factory));
        m.put("undo", UndoCommand::new);
        m.put("fix", FixCommand::new);
        m.put("rate", RateCommand::new);
        m.put("label", LabelCommand::new);
        m.put("reindex", ReindexCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("backup", BackupCommand::new);
        m.put("restore", RestoreCommand::new);
        m.put("migrate", MigrateCommand::new);
        m.put("help", () -> new CommandLine.HelpCommand());   // not a method reference: see photodesk (AOT cache)
        m.put("import", ImportCommand::new);
        m.put("events", EventsCommand.ListEvents::new);
        m.put("event", EventsCommand::new);
        m.put("roster", RosterCommand::new);
        m.put("template", TemplateCommand::new);
        m.put("user", UserCommand::new);
        m.put("audit", AuditCommand::new);
        m.put("captions", () -> new CaptionsCommand(chooser));
        m.put("check", () -> new CheckCommand(Clock.systemUTC()));
        m.put("gallery", () -> new GalleryCommand(factory).commandLine());
        m.put("kill", () -> new KillCommand());
        m.put("feed", FeedCommand::new);
        m.put("serve", () -> new ServeCommand(chooser, factory.env()));
        m.put("demo", () -> new DemoCommand(chooser));
        m.put("aot-training", () -> new TrainingCommand(chooser));
        return m;
    }

    /** The configured command line with every subcommand, opening libraries through {@code chooser}. */
    public static CommandLine commandLine(BackendsChooser chooser) {
        CliFactory factory = new CliFactory(chooser);
        return commandLine(factory, subcommands(factory).keySet());
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is built
     * (picocli reads every command's annotations up front, which costs a noticeable part of a short command's
     * start-up); otherwise every one, so that help and the messages about unknown commands list them all.
     */
    public static CommandLine commandLine(String[] args, BackendsChooser chooser) {
        CliFactory factory = new CliFactory(chooser);
        Map<String, Supplier<Object>> all = subcommands(factory);
        boolean one = args.length > 0 && all.containsKey(args[0]) && !args[0].equals("help");
        return commandLine(factory, one ? Set.of(args[0]) : all.keySet());
    }

    /** The command line with every subcommand, made by {@code factory} (which gives standard input and the environment). */
    public static CommandLine commandLine(CliFactory factory) {
        return commandLine(factory, subcommands(factory).keySet());
    }

    private static CommandLine commandLine(CliFactory factory, Set<String> names) {
        CommandLine cli = new CommandLine(new Main(), factory);
        subcommands(factory).forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(Main::execute)
                .setExecutionExceptionHandler(new Failures());
    }

    /**
     * Runs the command the arguments name, its output made safe for a terminal ({@link Terminal}); help is printed
     * as picocli writes it.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine command = parsed.asCommandLineList().getLast();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand)) {
            command.setOut(Terminal.safe(command.getOut(), false));
            command.setErr(Terminal.safe(command.getErr(), true));
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
