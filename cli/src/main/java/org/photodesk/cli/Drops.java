package org.photodesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.account.Accounts;
import org.photodesk.core.account.Role;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.desk.Uploads;
import org.photodesk.drop.DropAccounts;
import org.photodesk.drop.DropHandler;
import org.photodesk.drop.DropSettings;
import org.photodesk.drop.FtpDrop;
import org.photodesk.drop.SftpDrop;

/**
 * The FTP and SFTP drops of {@code photodesk serve}: editors' and admins' desk accounts may send files; a finished
 * file goes into the hot folder when the desk watches one (the same pipeline, with done/ and failed/), else straight
 * into the library like an upload; either way it is audited under its sender.
 */
final class Drops implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS")
            .withZone(java.time.ZoneOffset.UTC);

    private final List<AutoCloseable> running;

    private Drops(List<AutoCloseable> running) {
        this.running = running;
    }

    /** What to start: a port each (null: not started), where to keep files while they arrive, where to put them. */
    record Options(String host, Integer ftpPort, Integer sftpPort, Path staging, Path hotFolder) {}

    /** Starts the drops {@code options} ask for, printing where each listens on {@code out}. */
    static Drops start(Options options, Accounts accounts, AuditLog audit, Uploads uploads, PrintWriter out) {
        DropAccounts senders = (user, password) -> accounts.verify(user, password)
                .filter(u -> u.can(Role.EDITOR)).map(u -> u.username());
        DropHandler handler = (sender, file) -> handOn(sender, file, options.hotFolder(), audit, uploads);
        var running = new ArrayList<AutoCloseable>();
        try {
            if (options.ftpPort() != null) {
                FtpDrop ftp = FtpDrop.start(new DropSettings(options.host(), options.ftpPort(), options.staging()),
                        senders, handler);
                running.add(ftp);
                out.println("FTP drop listening on " + options.host() + ":" + ftp.port()
                        + " (log in with an editor's desk account)");
            }
            if (options.sftpPort() != null) {
                SftpDrop sftp = SftpDrop.start(new DropSettings(options.host(), options.sftpPort(),
                        options.staging()), senders, handler);
                running.add(sftp);
                out.println("SFTP drop listening on " + options.host() + ":" + sftp.port()
                        + " (log in with an editor's desk account)");
            }
            return new Drops(running);
        } catch (RuntimeException e) {
            new Drops(running).close();
            throw e;
        }
    }

    private static void handOn(String sender, Path file, Path hotFolder, AuditLog audit, Uploads uploads) {
        String name = file.getFileName().toString();
        if (hotFolder != null) {
            Path target = hotFolder.resolve(sender + "-" + STAMP.format(Clock.systemUTC().instant()) + "-" + name);
            move(file, target);
            audit.record(sender, "drop", "drop/" + name, null, null, "to the hot folder as " + target.getFileName());
            return;
        }
        try {
            IngestOutcome outcome = uploads.ingest(sender + "/" + name, Files.readAllBytes(file));
            audit.record(sender, "drop", "drop/" + name, null, null, describe(outcome));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dropped file " + file, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static String describe(IngestOutcome outcome) {
        return switch (outcome) {
            case IngestOutcome.Added a -> "added photo " + a.photo().id();
            case IngestOutcome.Updated u -> "updated photo " + u.photo().id();
            case IngestOutcome.Duplicate d -> "duplicate of photo " + d.photoId();
            case IngestOutcome.Rejected r -> "rejected: " + r.reason();
        };
    }

    /** Moves {@code file} into the hot folder so that it appears there whole (a copy is made under a hidden name). */
    private static void move(Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Path hidden = target.resolveSibling("." + target.getFileName() + ".part");
                Files.copy(file, hidden, StandardCopyOption.REPLACE_EXISTING);
                Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the dropped file " + file + " into the hot folder "
                    + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left in the staging folder; the next drop of the same name replaces it
        }
    }


    /** The port the FTP drop listens on, if one runs. */
    java.util.OptionalInt ftpPort() {
        return running.stream().filter(FtpDrop.class::isInstance).mapToInt(d -> ((FtpDrop) d).port()).findFirst();
    }

    @Override
    public void close() {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("A drop did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
