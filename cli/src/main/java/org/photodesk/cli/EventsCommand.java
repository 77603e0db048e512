package org.photodesk.cli;

import org.photodesk.core.library.Library;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.photodesk.core.event.EventBook;
import org.photodesk.core.event.EventStoreException;
import org.photodesk.core.event.Event;
import org.photodesk.core.event.EventSheet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk event list|show|rename|merge|split}: the events the library's articles and photos are about,
 * and the editors' decisions on them. {@code photodesk events} is {@code event list}. Exit codes: 0 done, 1 refused
 * (unknown event or member), 2 bad usage.
 */
@Command(name = "event", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "List events, show an event's sheet, rename, merge and split events.",
        subcommands = {EventsCommand.ListEvents.class, EventsCommand.Show.class, EventsCommand.Rename.class,
                EventsCommand.Merge.class, EventsCommand.Split.class})
public final class EventsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The JSON writer for sheets: records as objects, dates as ISO strings. */
    static String json(Object value) {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** A unit of work on the event book. */
    @FunctionalInterface
    interface Work {
        int run(EventBook book, PrintWriter out);
    }

    /** Shared plumbing: opens the library and the event tables, reports refusals as exit code 1. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec sub;

        /** Whether this subcommand only reads, so that the library is opened writing nothing. */
        boolean readOnly() {
            return false;
        }

        final int run(Work work) {
            PrintWriter out = sub.commandLine().getOut();
            PrintWriter err = sub.commandLine().getErr();
            // Store-only when a running desk holds the index, so that events can be read beside it.
            try (Library library = readOnly() ? data.openReadOnly() : data.openToRead()) {
                return work.run(new EventBook(library.events(), library.store(), library.clock()), out);
            } catch (IllegalArgumentException | NoSuchElementException | EventStoreException e) {
                err.println("event " + sub.name() + ": " + Failures.describe(e, data.dir()));
                return 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    /** {@code event list} (and {@code events}): one line per event. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List events: id, days, place, name, and how many articles and photos they have.")
    public static final class ListEvents extends Sub {
        @Option(names = "--json", description = "Print [{\"id\",\"name\",\"dates\",\"venue\",\"city\",\"country\","
                + "\"articles\",\"photos\"}].")
        boolean json;

        @Option(names = "--regroup", description = "Group every article and photo again from scratch (after the "
                + "grouping rules changed); the events are otherwise kept as sources arrive.")
        boolean regroup;

        @Override
        boolean readOnly() {
            return !regroup;
        }

        @Override
        public Integer call() {
            return run((book, out) -> {
                if (regroup) {
                    book.membership().regroup();
                }
                List<EventBook.Summary> events = book.summaries();
                if (json) {
                    out.println(EventsCommand.json(events));
                    return 0;
                }
                for (EventBook.Summary s : events) {
                    out.println(s.id() + "  " + s.name());
                    out.println("    " + (s.dates().isEmpty() ? "date unknown"
                            : s.dates().stream().map(Object::toString).collect(Collectors.joining(", ")))
                            + "  " + place(s) + "  " + s.articles() + " articles, " + s.photos() + " photos");
                }
                out.println(events.size() + (events.size() == 1 ? " event" : " events"));
                return 0;
            });
        }

        private static String place(EventBook.Summary s) {
            String p = java.util.stream.Stream.of(s.venue(), s.city(), s.country()).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return p.isEmpty() ? "place unknown" : p;
        }
    }

    /** {@code event show ID}: the event's sheet. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show an event's sheet: place and days, people with roles and spellings, figures compared, "
                    + "highlights, photographers, each with its sources.")
    static final class Show extends Sub {
        @Parameters(index = "0", paramLabel = "ID", description = "The event id (see 'photodesk events').")
        String id;

        @Option(names = "--json", description = "Print the sheet as JSON.")
        boolean json;

        @Override
        boolean readOnly() {
            return true;
        }

        @Override
        public Integer call() {
            return run((book, out) -> {
                EventSheet sheet = book.sheet(id);
                out.println(json ? EventsCommand.json(sheet) : SheetText.of(sheet));
                return 0;
            });
        }
    }

    /** {@code event rename ID NAME}. */
    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an event; kept across rebuilds.")
    static final class Rename extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "The new name (words are joined).")
        List<String> name;

        @Override
        public Integer call() {
            return run((book, out) -> {
                Event e = book.rename(id, String.join(" ", name));
                out.println("event " + e.id() + " is now '" + e.name() + "'");
                return 0;
            });
        }
    }

    /** {@code event merge ID OTHER}. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Make two events one, with the first one's name; kept across rebuilds.")
    static final class Merge extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "OTHER_ID")
        String other;

        @Override
        public Integer call() {
            return run((book, out) -> {
                Event e = book.merge(id, other);
                out.println("merged into event " + e.id() + " '" + e.name() + "': " + e.articles().size()
                        + " articles, " + e.photos().size() + " photos");
                return 0;
            });
        }
    }

    /** {@code event split ID MEMBER...}. */
    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Move members (article ids as listed by 'event show', or photo:ID) to a new event.")
    static final class Split extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "MEMBER")
        List<String> members;

        @Option(names = "--name", description = "The new event's name (default: what the grouper would call it).")
        String name;

        @Override
        public Integer call() {
            return run((book, out) -> {
                Event e = book.split(id, members, name);
                out.println("new event " + e.id() + " '" + e.name() + "': " + String.join(", ", e.memberIds()));
                return 0;
            });
        }
    }
}
