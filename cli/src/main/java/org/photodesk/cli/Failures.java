package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.photodesk.core.library.LibraryNotFoundException;
import org.photodesk.core.lock.LockTimeoutException;
import org.photodesk.core.search.IndexDamagedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What a command that failed tells its user: one line that says what is wrong and what to do (a full disk, a
 * read-only folder, a damaged index, a lock held elsewhere), never a stack trace; for a command run with
 * {@code --json}, also one JSON object {@code {"error": "..."}} on standard output. The trace goes to the debug log.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** Free space below which a failure is put down to a full disk. */
    private static final long FULL_BELOW_BYTES = 1024 * 1024;

    /** The exit code of a command that failed. */
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message = describe(e, dataOption(command).map(DataOption::dir).orElse(null));
        LOG.debug("{} failed", command.getCommandSpec().qualifiedName(), e);
        PrintWriter err = command.getErr();
        if (dataOption(command).filter(d -> d.alreadySaid(message)).isEmpty()) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + message);
            err.flush();
        }
        if (wantsJson(command)) {
            PrintWriter out = command.getOut();
            out.println(Json.write(Map.of("error", message)));
            out.flush();
        }
        return FAILED;
    }

    /** The command's {@code --data} option, when it has one. */
    private static Optional<DataOption> dataOption(CommandLine command) {
        return command.getCommandSpec().mixins().values().stream()
                .map(CommandLine.Model.CommandSpec::userObject)
                .filter(DataOption.class::isInstance).map(DataOption.class::cast).findFirst();
    }

    private static boolean wantsJson(CommandLine command) {
        CommandLine.ParseResult result = command.getParseResult();
        return result != null && command.getCommandSpec().findOption("--json") != null
                && result.hasMatchedOption("--json");
    }

    /** The one line that says what {@code e} means to the user. */
    static String describe(Throwable e) {
        return describe(e, null);
    }

    /**
     * The one line that says what {@code e}, met working on the library in {@code dataDir} (null when unknown),
     * means to the user. Any failure while that folder's disk is full is put down to the full disk: SQLite often
     * reports one as a mere I/O error.
     */
    static String describe(Throwable e, Path dataDir) {
        if (noSpace(e) || diskFull(dataDir)) {
            return "no space left on the disk that holds the library (" + firstLine(e) + "): free some space, then "
                    + "run the command again; what was stored before is intact";
        }
        Optional<String> readOnly = readOnly(e);
        if (readOnly.isPresent()) {
            return "the library cannot be written here (" + readOnly.get() + "): this command changes the library; "
                    + "run it where the data folder is writable (commands that only read work as they are)";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexDamagedException || t instanceof LockTimeoutException
                    || t instanceof LibraryNotFoundException) {
                return t.getMessage();
            }
        }
        return firstLine(e);
    }

    /** Whether the disk holding {@code dir} (or its nearest existing parent) has less than a megabyte left. */
    static boolean diskFull(Path dir) {
        for (Path p = dir == null ? null : dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace() < FULL_BELOW_BYTES;
                } catch (IOException | RuntimeException unknown) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether {@code e} or a cause says the disk is full (the operating system's or SQLite's words). */
    static boolean noSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk is full") || m.contains("sqlite_full")
                    || (t instanceof SQLException s && s.getErrorCode() == 13)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> readOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("read-only file system") || m.contains("readonly database")
                    || m.contains("sqlite_readonly")) {
                return Optional.of("read-only");
            }
            if (t instanceof AccessDeniedException a) {
                return Optional.of("permission denied: " + a.getFile());
            }
        }
        return Optional.empty();
    }

    /** The first line of the message of {@code e}, or of its first cause that has one. */
    private static String firstLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                String line = m.strip().lines().findFirst().orElse(m);
                return line.length() > 300 ? line.substring(0, 300) + "..." : line;
            }
        }
        return e.getClass().getSimpleName();
    }
}
