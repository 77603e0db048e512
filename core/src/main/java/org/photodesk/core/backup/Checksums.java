package org.photodesk.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checksums of the files written into a backup folder, kept in its {@code SHA256SUMS} in {@code sha256sum}'s
 * format (so anyone can check a copy with {@code sha256sum -c SHA256SUMS}), and their check before a restore.
 */
public final class Checksums {

    /** The checksums' file name in a backup. */
    public static final String FILE = "SHA256SUMS";

    private static final int HEX = 64;

    private final Path root;
    private final List<String> lines = new ArrayList<>();
    private long bytes;

    /** No checksums yet, for files below {@code root}. */
    public Checksums(Path root) {
        this.root = root;
    }

    /** Adds {@code file}, hashing it. */
    public void add(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            add(file, BackupFolder.hash(in));
        }
    }

    /** Adds {@code file}, whose SHA-256 is known to be {@code sha256}. */
    public void add(Path file, String sha256) throws IOException {
        lines.add(sha256 + "  " + root.relativize(file).toString().replace('\\', '/'));
        bytes += Files.size(file);
    }

    /** The size of all files added. */
    public long bytes() {
        return bytes;
    }

    /** Writes {@code SHA256SUMS} into the root folder. */
    public void write() throws IOException {
        Files.write(root.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /**
     * The files of the backup in {@code folder} with their checksums (relative path to SHA-256, in the order listed),
     * each read and checked; throws at the first that is missing or differs, or at a path that leaves the folder.
     */
    public static Map<String, String> check(Path folder) throws IOException {
        Map<String, String> sums = read(folder);
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            checkOne(folder, sum.getKey(), sum.getValue());
        }
        return sums;
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() < HEX + 3 || line.charAt(HEX) != ' ') {
                    throw new IOException("the backup's " + FILE + " has a malformed line: the backup is damaged");
                }
                sums.put(line.substring(HEX + 2), line.substring(0, HEX));
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(e.getFile(), null, "the backup has no " + FILE + ": it is incomplete");
        }
        return sums;
    }

    private static void checkOne(Path folder, String relative, String expected) throws IOException {
        Path file = BackupFolder.inside(folder, relative);
        String actual;
        try (InputStream in = Files.newInputStream(file)) {
            actual = BackupFolder.hash(in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "listed in the backup's " + FILE
                    + " but missing: the backup is incomplete");
        }
        if (!actual.equals(expected)) {
            throw new IOException("the backup's file " + relative + " does not match its checksum: the "
                    + "backup is damaged; restore an older one");
        }
    }
}
