package org.photodesk.cli;

import org.photodesk.core.library.Library;
import org.photodesk.core.event.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.photodesk.core.event.EventStoreException;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.template.RosterCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk roster add FILE --event NAME} and {@code roster list [--event NAME]}: the names the desk knows
 * are right for an event's captions, with their aliases; the caption checks take them as reference spellings.
 */
@Command(name = "roster", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Keep the right spellings of an event's names for the caption checks.",
        subcommands = {RosterCommand.Add.class, RosterCommand.ListNames.class})
public final class RosterCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * Reads a roster file: one name a line, its aliases after tabs; blank lines and lines starting '#' skipped. A name
     * written {@code mm3=Kylian Mbappé} has the short code {@code mm3}, kept among its aliases as {@code \mm3\}
     * (see {@link RosterCodes}).
     */
    static List<RosterName> parse(String eventName, String text) {
        List<RosterName> out = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\\R")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            List<String> aliases = new ArrayList<>(Arrays.asList(fields).subList(1, fields.length));
            var coded = RosterCodes.split(fields[0]);
            coded.ifPresent(c -> aliases.add(RosterCodes.alias(c.code())));
            String name = coded.map(RosterCodes.Coded::name).orElse(fields[0]);
            if (!name.isBlank()) {
                out.add(new RosterName(eventName, name, aliases));
            }
        }
        return out;
    }

    /** {@code roster add FILE --event NAME}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add the names in FILE (one a line, aliases after a tab; 'mm3=Kylian Mbappé' gives the name the "
                    + "code \\mm3\\ that captions expand) to an event's roster.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--event", required = true, paramLabel = "NAME",
                description = "The event's name (or id, see 'photodesk events').")
        String event;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                List<RosterName> names = parse(event, Files.readString(file, StandardCharsets.UTF_8));
                try (Library library = data.openToRead()) {
                    names.forEach(library.events()::put);
                }
                out.println(names.size() + (names.size() == 1 ? " name" : " names") + " in the roster of '"
                        + event.strip() + "'");
                return 0;
            } catch (IOException | IllegalArgumentException | EventStoreException e) {
                err.println("roster add: cannot add " + file + ": " + e.getMessage());
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    /** {@code roster list [--event NAME]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List roster names: event, name, aliases.")
    static final class ListNames implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--event", paramLabel = "NAME", description = "Only this event's names.")
        String event;

        @Option(names = "--json", description = "Print [{\"eventName\",\"name\",\"aliases\"}].")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                try (Library library = data.openReadOnly()) {
                    EventStore store = library.events();
                    List<RosterName> names = event == null ? store.roster() : store.roster(event);
                    if (json) {
                        out.println(Json.write(names));
                    } else {
                        names.forEach(n -> out.println(n.eventName() + "\t" + n.name()
                                + (n.aliases().isEmpty() ? "" : "\t" + String.join("\t", n.aliases()))));
                    }
                }
                return 0;
            } catch (EventStoreException e) {
                spec.commandLine().getErr().println("roster list: " + e.getMessage());
                return 1;
            } finally {
                out.flush();
            }
        }
    }
}
