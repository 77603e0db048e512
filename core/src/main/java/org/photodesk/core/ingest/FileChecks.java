package org.photodesk.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The checks a file on disk gets before a byte of it is read, by its type as the file system records it (never by
 * opening it): only regular files are opened, and a symbolic link only when links are followed. Reasons name the
 * file's type and size, never its content.
 */
final class FileChecks {

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final int S_IFMT = 0170000;

    private FileChecks() {}

    /** Why {@code file} is refused before it is opened, or empty when it may be read. */
    static Optional<String> refusal(Path file, boolean followLinks, long maxBytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
            if (attributes.isSymbolicLink()) {
                if (!followLinks) {
                    return Optional.of("a symbolic link, not followed: only regular files are taken from a folder"
                            + " (photodesk ingest --follow-links takes what links point to)");
                }
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            }
            return refusal(file, attributes, followLinks, maxBytes);
        } catch (NoSuchFileException e) {
            return Optional.of(followLinks && Files.isSymbolicLink(file)
                    ? "a broken symbolic link: what it points to does not exist"
                    : "no such file (it was moved away while being read)");
        } catch (FileSystemLoopException e) {
            return Optional.of("symbolic link loop");
        } catch (AccessDeniedException e) {
            return Optional.of("cannot read the file: permission denied; check its owner and mode");
        } catch (IOException e) {
            return Optional.of("cannot read the file: " + e.getMessage());
        }
    }

    private static Optional<String> refusal(Path file, BasicFileAttributes attributes, boolean followLinks,
            long maxBytes) {
        if (attributes.isDirectory()) {
            return Optional.of("not a file but a folder");
        }
        if (!attributes.isRegularFile()) {
            return Optional.of("not a regular file but " + kind(file, followLinks) + ": refused without opening it"
                    + " (reading one could block or never end)");
        }
        if (attributes.size() > maxBytes) {
            return Optional.of("file too large: " + attributes.size() + " bytes, over the limit of " + maxBytes
                    + " bytes (raise it with --max-file-mb)");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot read the file: permission denied; check its owner and mode");
        }
        return Optional.empty();
    }

    /** What kind of special file {@code file} is, from its Unix mode when the file system tells it. */
    static String kind(Path file, boolean followLinks) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", followLinks ? new LinkOption[0] : NOFOLLOW);
            return switch (((Integer) mode) & S_IFMT) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /**
     * The bytes of {@code file}, opened without following a link unless {@code followLinks}; empty when it holds
     * more than {@code maxBytes} (only one byte more is read).
     */
    static Optional<byte[]> read(Path file, boolean followLinks, long maxBytes) throws IOException {
        OpenOption[] options = followLinks ? new OpenOption[0] : new OpenOption[] {LinkOption.NOFOLLOW_LINKS};
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(file, options)) {
            byte[] bytes = in.readNBytes(cap);
            return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
        }
    }
}
