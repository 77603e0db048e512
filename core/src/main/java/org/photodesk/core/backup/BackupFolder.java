package org.photodesk.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.photodesk.core.photo.Sha256;

/**
 * The file steps every backup folder shares, whatever backends wrote it: a new or empty destination, copies hashed on
 * the way, paths kept inside the folder, and the finished folder renamed into place.
 */
public final class BackupFolder {

    private BackupFolder() {}

    /** Throws unless {@code dir} does not exist or is an empty folder; {@code what} names it in the message. */
    public static void expectNewOrEmpty(Path dir, String what) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "the " + what + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new DirectoryNotEmptyException(dir + ": the " + what + " must be new or empty");
            }
        }
    }

    /** Renames the finished {@code work} folder to {@code target} (an empty folder there, as checked, is replaced). */
    public static void moveIntoPlace(Path work, Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code relative} inside {@code root}; a path that leaves it (a forged backup or key) is refused. */
    public static Path inside(Path root, String relative) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException("'" + relative + "' lies outside " + root + ": refused");
        }
        return path;
    }

    /** Copies {@code in} to {@code to} (creating its folder), returning the SHA-256 of what was copied. */
    public static String copyHashing(InputStream in, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(to), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of what {@code in} holds, as 64 lower-case hex digits. */
    public static String hash(InputStream in) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
