package org.photodesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.photodesk.core.caption.CaptionParse;
import org.photodesk.core.caption.CaptionParser;
import org.photodesk.core.check.CaptionChecker;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code photodesk captions [--json] [--roster FILE]... [FILE]}: parses and checks captions, one a line. */
@Command(name = "captions", mixinStandardHelpOptions = true,
        description = {"Parses captions (one a line, from FILE or standard input) and checks them as one batch.",
            "Names are compared across the batch and against the --roster files."})
public final class CaptionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object a line (fields, spans and problems).")
    private boolean json;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "A list of known names, one a line, aliases after a tab. Repeatable.")
    private List<Path> rosters = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "A library whose event rosters (photodesk roster add) join the name lists, when it exists.")
    private Path data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Captions file; standard input if absent or '-'.")
    private Path file;

    private final Clock clock;
    private final BackendsChooser chooser;
    private final InputStream stdin;

    /** A command reading the system clock and standard input, and no library's rosters. */
    public CaptionsCommand() {
        this(Clock.systemUTC(), System.in, address -> {
            throw new IllegalArgumentException("no library can be opened here");
        });
    }

    /** A command reading the system clock and standard input, with the rosters of the library {@code --data} names. */
    public CaptionsCommand(BackendsChooser chooser) {
        this(Clock.systemUTC(), System.in, chooser);
    }

    /** A command with its clock and standard input given (for tests and embedding). */
    public CaptionsCommand(Clock clock, InputStream stdin) {
        this(clock, stdin, address -> {
            throw new IllegalArgumentException("no library can be opened here");
        });
    }

    private CaptionsCommand(Clock clock, InputStream stdin, BackendsChooser chooser) {
        this.clock = clock;
        this.stdin = stdin;
        this.chooser = chooser;
    }

    /** Adds the roster names stored in the library given by {@code --data}, if there is one there. */
    private void libraryRosters(NameBook book) {
        if (data == null) {
            return;
        }
        Backends backends = chooser.choose(LibraryAddress.embedded(data));
        if (backends.exists()) {
            try (Library library = backends.openReadOnly(LibraryOptions.DEFAULT.withRenditions(false))) {
                library.events().roster().forEach(r -> book.addRoster(r.name(), r.aliases()));
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> captions;
        NameBook book;
        try {
            captions = read();
            book = Rosters.load(rosters);
            libraryRosters(book);
        } catch (IOException e) {
            err.println("captions: cannot read " + e.getMessage() + "; check the path and permissions");
            return 2;
        }
        captions.forEach(book::addSeen);
        CaptionParser parser = new CaptionParser();
        CaptionChecker checker = new CaptionChecker(clock, book, parser);
        ObjectMapper mapper = new ObjectMapper();
        for (String caption : captions) {
            CaptionParse p = parser.parse(caption);
            List<Problem> problems = checker.check(caption, p, PhotoMetadata.EMPTY);
            out.println(json ? toJson(mapper, caption, p, problems) : toText(p, problems));
        }
        out.flush();
        return 0;
    }

    private List<String> read() throws IOException {
        try (Reader r = file == null || file.toString().equals("-")
                ? new InputStreamReader(stdin, StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedReader br = new BufferedReader(r)) {
            List<String> out = new ArrayList<>();
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    private static String toJson(ObjectMapper mapper, String caption, CaptionParse p, List<Problem> problems) {
        try {
            return mapper.writeValueAsString(CaptionJson.of(caption, p, problems));
        } catch (JsonProcessingException e) {
            return "{\"caption\":null,\"problems\":[{\"code\":\"cli.json\",\"message\":\"could not write JSON\"}]}";
        }
    }

    private static String toText(CaptionParse p, List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        b.append(p.agency() == null ? "-" : p.agency()).append(" | ")
                .append(p.photographer() == null ? "-" : p.photographer()).append(" | ")
                .append(p.date() == null ? "-" : p.date()).append(" | ")
                .append(p.city() == null ? "-" : p.city()).append(", ")
                .append(p.country() == null ? "-" : p.country()).append(" | ")
                .append(p.body());
        for (Problem pr : problems) {
            b.append(System.lineSeparator()).append("  ").append(pr.message());
        }
        return b.toString();
    }
}
