package org.photodesk.drop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/** The staging folder: one private sub-folder per sender, named after the account (never after anything else). */
final class Staging {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Path root;

    Staging(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder of {@code sender}, created (mode 0700 where the file system allows) when missing. */
    Path home(String sender) {
        if (!SAFE.matcher(sender).matches() || sender.startsWith(".")) {
            throw new IllegalArgumentException("account name '" + sender + "' cannot name a drop folder");
        }
        Path home = root.resolve(sender);
        try {
            Files.createDirectories(home);
            try {
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own defaults apply
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + home + ": check that it is writable", e);
        }
    }

    /** {@code path} as a file inside {@code sender}'s folder, or null when it would leave it. */
    Path inside(String sender, String path) {
        Path home = home(sender);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        Path file = home.resolve(relative).normalize();
        return file.startsWith(home) && !file.equals(home) ? file : null;
    }
}
