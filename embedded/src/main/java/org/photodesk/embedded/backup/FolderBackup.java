package org.photodesk.embedded.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryBackup;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.photo.Sha256;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.embedded.store.SqliteFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of an embedded library, as a folder anyone can check with {@code sha256sum -c SHA256SUMS}: the SQLite file
 * copied by {@code VACUUM INTO} (one read transaction, so the store as it was at one instant, while other processes
 * go on writing, and also from a read-only library), the originals and renditions that state uses (content-addressed
 * and never changed once written, so copying them after the snapshot is consistent: an original is durable before
 * its photo is committed), the live release of each published gallery with its link, {@code backup.json} (the
 * {@link BackupManifest}) and {@code SHA256SUMS}. The folder is written beside the destination under a hidden name
 * and renamed into place when complete. The search index is not copied: a restore rebuilds it from the store.
 */
public final class FolderBackup implements LibraryBackup {

    /** The layout this class writes and reads. */
    public static final String FORMAT = "photodesk-embedded/1";
    /** The manifest's file name in a backup. */
    public static final String MANIFEST = "backup.json";
    /** The checksums' file name in a backup, in {@code sha256sum}'s format. */
    public static final String SUMS = "SHA256SUMS";

    private static final Logger LOG = LoggerFactory.getLogger(FolderBackup.class);
    private static final String DB = "photodesk.db";
    private static final String BLOBS = "blobs";
    private static final String RENDITIONS = "renditions";
    private static final String PUBLISHED = "published";

    private final Path dataDir;
    private final Backends backends;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** Backups of the library in {@code dataDir}; {@code backends} opens it after a restore, to rebuild its index. */
    public FolderBackup(Path dataDir, Backends backends, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.backends = backends;
        this.clock = clock;
    }

    @Override
    public BackupManifest backup(Path destination) throws IOException {
        Path dest = destination.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dataDir.resolve(DB))) {
            throw new NoSuchFileException(dataDir.toString(), null, "no library here to back up");
        }
        if (dest.startsWith(dataDir)) {
            throw new IOException("the backup " + dest + " would be inside the library " + dataDir
                    + ": put it in another folder, ideally on another disk");
        }
        expectNewOrEmpty(dest, "backup folder");
        Path work = Files.createTempDirectory(Files.createDirectories(dest.getParent()),
                "." + dest.getFileName() + ".partial-");
        try {
            BackupManifest manifest = copyInto(work);
            moveIntoPlace(work, dest);
            LOG.info("backed up {} to {}: {}", dataDir, dest, manifest);
            return manifest;
        } catch (IOException | RuntimeException e) {
            FolderSite.deleteTree(work);
            throw e;
        }
    }

    private BackupManifest copyInto(Path work) throws IOException {
        Instant takenAt = clock.instant();
        Path db = work.resolve(DB);
        snapshot(db);
        var sums = new Sums(work);
        sums.add(db);
        Counts counts = counts(db);
        long problems = 0;
        long originals = 0;
        long renditions = 0;
        for (String sha : counts.shas()) {
            Copied copied = copyOriginal(sha, work);
            switch (copied) {
                case COPIED -> originals++;
                case MISSING, DAMAGED -> problems++;
            }
            if (copied == Copied.COPIED) {
                sums.add(work.resolve(blobPath(sha)), sha);
            }
            renditions += copyRenditions(sha, work, sums);
        }
        Map<String, String> links = new LinkedHashMap<>();
        long published = copySite(work, sums, links);
        BackupManifest manifest = new BackupManifest(FORMAT, takenAt, counts.photos(), counts.galleries(),
                counts.accounts(), counts.audit(), originals, renditions, published, sums.bytes(), problems);
        sums.write();
        writeManifest(work.resolve(MANIFEST), manifest, links);
        return manifest;
    }

    /** Copies the database as it is at one instant, through a read-only connection (which writes nothing). */
    private void snapshot(Path target) throws IOException {
        try (Connection c = SqliteFile.readOnlyAt(dataDir.resolve(DB)).connect();
                Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("cannot copy the library's database " + dataDir.resolve(DB) + ": " + e.getMessage(), e);
        }
    }

    /** What the snapshot holds: its counts, and every original any photo (or earlier version) uses. */
    private record Counts(long photos, long galleries, long accounts, long audit, TreeSet<String> shas) {}

    private static Counts counts(Path db) throws IOException {
        try (Connection c = SqliteFile.readOnlyAt(db).connect(); Statement s = c.createStatement()) {
            var shas = new TreeSet<String>();
            try (ResultSet r = s.executeQuery("SELECT sha256 FROM photo_sha UNION SELECT sha256 FROM photo_version"
                    + " UNION SELECT sha256 FROM photo")) {
                while (r.next()) {
                    shas.add(r.getString(1));
                }
            }
            return new Counts(count(s, "photo"), count(s, "gallery"), count(s, "users"), count(s, "audit_log"), shas);
        } catch (SQLException e) {
            throw new IOException("cannot read the copied database " + db + ": " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private enum Copied { COPIED, MISSING, DAMAGED }

    /** Copies original {@code sha}, hashing it on the way: a missing or damaged one is left out and counted. */
    private Copied copyOriginal(String sha, Path work) throws IOException {
        Path source = dataDir.resolve(blobPath(sha));
        Path target = work.resolve(blobPath(sha));
        try {
            String actual = copyHashing(source, target);
            if (!actual.equals(sha)) {
                Files.delete(target);
                LOG.warn("original {} is damaged (its bytes hash to {}): not backed up; 'photodesk verify' lists it",
                        sha, actual);
                return Copied.DAMAGED;
            }
            return Copied.COPIED;
        } catch (NoSuchFileException e) {
            LOG.warn("original {} is missing from {}: not backed up; 'photodesk verify' lists it", sha, dataDir);
            return Copied.MISSING;
        }
    }

    private long copyRenditions(String sha, Path work, Sums sums) throws IOException {
        Path kinds = dataDir.resolve(BLOBS).resolve(RENDITIONS);
        if (!Files.isDirectory(kinds)) {
            return 0;
        }
        long n = 0;
        try (Stream<Path> all = Files.list(kinds)) {
            for (Path kind : all.filter(Files::isDirectory).toList()) {
                Path relative = dataDir.relativize(kind.resolve(sha.substring(0, 2)).resolve(sha + ".jpg"));
                try {
                    sums.add(work.resolve(relative), copyHashing(dataDir.resolve(relative), work.resolve(relative)));
                    n++;
                } catch (NoSuchFileException notMade) {
                    // not made yet: the desk makes it on demand
                }
            }
        }
        return n;
    }

    /**
     * Copies the live release of each published gallery and records its link: the links are read first, then the
     * releases they name, which a later publish leaves in place until the one after it.
     */
    private long copySite(Path work, Sums sums, Map<String, String> links) throws IOException {
        Path site = dataDir.resolve(PUBLISHED);
        if (!Files.isDirectory(site)) {
            return 0;
        }
        long n = 0;
        List<Path> entries;
        try (Stream<Path> all = Files.list(site)) {
            entries = all.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path entry : entries) {
            Path live = entry;
            if (Files.isSymbolicLink(entry)) {
                Path target = Files.readSymbolicLink(entry);
                links.put(PUBLISHED + "/" + entry.getFileName(), target.toString());
                live = site.resolve(target).normalize();
            }
            if (Files.isDirectory(live) && live.startsWith(site)) {
                n += copyTree(live, work.resolve(dataDir.relativize(live).toString()), sums);
            }
        }
        return n;
    }

    private long copyTree(Path from, Path to, Sums sums) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            sums.add(target, copyHashing(file, target));
        }
        return files.size();
    }

    @Override
    public BackupManifest restore(Path source) throws IOException {
        Path src = source.toAbsolutePath().normalize();
        JsonNode manifestJson = readManifest(src);
        Map<String, String> sums = checkSums(src);
        if (Files.exists(dataDir.resolve(DB))) {
            throw new FileAlreadyExistsException(dataDir.toString(), null, "a library is already there: restore into "
                    + "a new folder (--data), then swap the folders");
        }
        expectNewOrEmpty(dataDir, "library folder");
        Path work = Files.createTempDirectory(Files.createDirectories(dataDir.getParent()),
                "." + dataDir.getFileName() + ".restoring-");
        try {
            for (String file : sums.keySet()) {
                Files.createDirectories(work.resolve(file).getParent());
                Files.copy(src.resolve(file), work.resolve(file));
            }
            for (Map.Entry<String, JsonNode> link : manifestJson.path("links").properties()) {
                Path at = safe(work, link.getKey());
                Files.createDirectories(at.getParent());
                Files.createSymbolicLink(at, Path.of(link.getValue().asText()));
            }
            Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            moveIntoPlace(work, dataDir);
        } catch (IOException | RuntimeException e) {
            FolderSite.deleteTree(work);
            throw e;
        }
        try (Library library = backends.open(LibraryOptions.DEFAULT.withRenditions(false))) {
            LOG.info("restored {} photos into {}; search index rebuilt", library.store().count(), dataDir);
        }
        return manifest(manifestJson);
    }

    private JsonNode readManifest(Path src) throws IOException {
        Path file = src.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a Photodesk backup (no " + MANIFEST + ")");
        }
        JsonNode node = json.readTree(file.toFile());
        if (!FORMAT.equals(node.path("format").asText())) {
            throw new IOException("the backup in " + src + " has format '" + node.path("format").asText()
                    + "'; this Photodesk restores '" + FORMAT + "' backups");
        }
        return node;
    }

    /** The files of the backup with their checksums, each read and checked; throws at the first that differs. */
    private static Map<String, String> checkSums(Path src) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(src.resolve(SUMS), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() < 67 || line.charAt(64) != ' ') {
                    throw new IOException("the backup's " + SUMS + " has a malformed line: the backup is damaged");
                }
                sums.put(line.substring(66), line.substring(0, 64));
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(e.getFile(), null, "the backup has no " + SUMS + ": it is incomplete");
        }
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            Path file = safe(src, sum.getKey());
            String actual;
            try (InputStream in = Files.newInputStream(file)) {
                actual = hash(in);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file.toString(), null, "listed in the backup's " + SUMS
                        + " but missing: the backup is incomplete");
            }
            if (!actual.equals(sum.getValue())) {
                throw new IOException("the backup's file " + sum.getKey() + " does not match its checksum: the "
                        + "backup is damaged; restore an older one");
            }
        }
        return sums;
    }

    /** {@code relative} inside {@code root}; a path that leaves it (a forged backup) is refused. */
    private static Path safe(Path root, String relative) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IOException("the backup names '" + relative + "', outside its folder: refused");
        }
        return path;
    }

    private BackupManifest manifest(JsonNode n) {
        return new BackupManifest(n.path("format").asText(), Instant.parse(n.path("takenAt").asText()),
                n.path("photos").asLong(), n.path("galleries").asLong(), n.path("accounts").asLong(),
                n.path("auditEntries").asLong(), n.path("originals").asLong(), n.path("renditions").asLong(),
                n.path("publishedFiles").asLong(), n.path("bytes").asLong(), n.path("problems").asLong());
    }

    private void writeManifest(Path file, BackupManifest m, Map<String, String> links) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("format", m.format());
        node.put("takenAt", m.takenAt().toString());
        node.put("photos", m.photos());
        node.put("galleries", m.galleries());
        node.put("accounts", m.accounts());
        node.put("auditEntries", m.auditEntries());
        node.put("originals", m.originals());
        node.put("renditions", m.renditions());
        node.put("publishedFiles", m.publishedFiles());
        node.put("bytes", m.bytes());
        node.put("problems", m.problems());
        ObjectNode linkNode = node.putObject("links");
        links.forEach(linkNode::put);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }

    private static Path blobPath(String sha) {
        return Path.of(BLOBS, sha.substring(0, 2), sha.substring(2, 4), sha);
    }

    /** Copies {@code from} to {@code to} (creating its folder), returning the SHA-256 of what was copied. */
    private static String copyHashing(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        MessageDigest digest = Sha256.digest();
        try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(to), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hash(InputStream in) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void expectNewOrEmpty(Path dir, String what) throws IOException {
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

    /** Renames the finished {@code work} folder to {@code target} (an empty folder there is replaced). */
    private static void moveIntoPlace(Path work, Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target);   // empty, as checked
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The checksums of the files written into a backup, in {@code sha256sum}'s format. */
    private static final class Sums {
        private final Path root;
        private final List<String> lines = new ArrayList<>();
        private long bytes;

        Sums(Path root) {
            this.root = root;
        }

        /** Adds {@code file}, hashing it. */
        void add(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                add(file, hash(in));
            }
        }

        /** Adds {@code file}, whose SHA-256 is known to be {@code sha256}. */
        void add(Path file, String sha256) throws IOException {
            lines.add(sha256 + "  " + root.relativize(file).toString().replace('\\', '/'));
            bytes += Files.size(file);
        }

        long bytes() {
            return bytes;
        }

        void write() throws IOException {
            Files.write(root.resolve(SUMS), lines, StandardCharsets.UTF_8);
        }
    }
}
