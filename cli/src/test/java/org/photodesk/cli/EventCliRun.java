package org.photodesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * One in-process run of a command line holding the import, event, events and roster commands, registered as the
 * lead registers them in {@link Main}.
 */
record EventCliRun(int exitCode, String out, String err) {

    /** The root command of the test command line. */
    @Command(name = "photodesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    static CommandLine commandLine(Clock clock) {
        CommandLine cli = new CommandLine(new Root(), new CliFactory(org.photodesk.scale.testing.TestBackends.chooser()));
        cli.addSubcommand("import", new ImportCommand(clock));
        cli.addSubcommand("event", new EventsCommand());
        cli.addSubcommand("events", new EventsCommand.ListEvents());
        cli.addSubcommand("roster", new RosterCommand());
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    static EventCliRun of(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = commandLine(clock);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new EventCliRun(code, out.toString(), err.toString());
    }

    static EventCliRun of(String... args) {
        return of(Clock.systemUTC(), args);
    }
}
