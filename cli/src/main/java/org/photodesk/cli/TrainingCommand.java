package org.photodesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.photodesk.cli.DemoSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code photodesk aot-training} (hidden): a short, representative run of the commands in a temporary library, so
 * that the launcher can record the classes they load into the JVM's ahead-of-time cache once per build. Starting
 * from that cache takes a third of the time of a cold start.
 */
@Command(name = "aot-training", hidden = true,
        description = "Run a short workload in a temporary library (the launcher records the start-up cache from it).")
public final class TrainingCommand implements Callable<Integer> {

    private static final int ROUNDS = 2;

    private final org.photodesk.core.library.BackendsChooser chooser;

    public TrainingCommand(org.photodesk.core.library.BackendsChooser chooser) {
        this.chooser = chooser;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("photodesk-training");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            for (DemoSet.DemoFile file : DemoSet.files()) {
                Files.write(in.resolve(file.name()), file.bytes());
            }
            String data = work.resolve("data").toString();
            int failures = 0;
            // Ingests into fresh libraries a few times over, so that the JVM's profile of the run (kept in the cache
            // with the classes) marks the per-file code as hot and it is compiled early in a real run.
            for (int round = 0; round < ROUNDS; round++) {
                String fresh = work.resolve("round-" + round).toString();
                failures += run(List.of("ingest", in.toString(), "--data", fresh, "--no-renditions", "--json"));
            }
            for (List<String> args : List.of(
                    List.of("ingest", in.toString(), "--data", data, "--json", "--workers", "2"),
                    List.of("ingest", in.toString(), "--data", data, "--no-renditions"),
                    List.of("search", "agency:AP -rain \"the final\"", "--data", data, "--json"),
                    List.of("search", "taken:2024-08-01..2024-08-12", "--data", data),
                    List.of("show", "1", "--data", data, "--json"),
                    List.of("check", "--data", data, "--json"))) {
                failures += run(args);
            }
            return failures == 0 ? 0 : 1;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Runs one command, its output discarded: 0 when it ran (exit 0, or 1: something was found or refused, as the
     * checks do on the demo set's deliberate mistakes), else 1 after saying which command failed on standard error.
     */
    private int run(List<String> args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.commandLine(chooser).setOut(discard).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        if (code > 1) {
            spec.commandLine().getErr().println("training: 'photodesk " + String.join(" ", args) + "' exited with "
                    + code + ": " + err.toString().strip());
        }
        return code > 1 ? 1 : 0;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the training library " + root, e);
        }
    }
}
