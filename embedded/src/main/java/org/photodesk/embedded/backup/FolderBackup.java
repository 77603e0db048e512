package org.photodesk.embedded.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.photodesk.core.backup.BackupFolder;
import org.photodesk.core.backup.Checksums;
import org.photodesk.core.backup.ManifestFile;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryBackup;
import org.photodesk.core.library.LibraryOptions;
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
    public static final String MANIFEST = ManifestFile.FILE;
    /** The checksums' file name in a backup, in {@code sha256sum}'s format. */
    public static final String SUMS = Checksums.FILE;

    private static final Logger LOG = LoggerFactory.getLogger(FolderBackup.class);
    private static final String DB = "photodesk.db";
    private static final String BLOBS = "blobs";
    private static final String RENDITIONS = "renditions";
    private static final String PUBLISHED = "published";

    private final Path dataDir;
    private final Backends backends;
    private final Clock clock;

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
        BackupFolder.expectNewOrEmpty(dest, "backup folder");
        Path work = Files.createTempDirectory(Files.createDirectories(dest.getParent()),
                "." + dest.getFileName() + ".partial-");
        try {
            BackupManifest manifest = copyInto(work);
            BackupFolder.moveIntoPlace(work, dest);
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
        var sums = new Checksums(work);
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
        writeManifest(work, manifest, links);
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

    private long copyRenditions(String sha, Path work, Checksums sums) throws IOException {
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
    private long copySite(Path work, Checksums sums, Map<String, String> links) throws IOException {
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

    private long copyTree(Path from, Path to, Checksums sums) throws IOException {
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
        JsonNode manifestJson = ManifestFile.read(src, FORMAT, "this Photodesk restores '" + FORMAT + "' backups");
        Map<String, String> sums = Checksums.check(src);
        if (Files.exists(dataDir.resolve(DB))) {
            throw new FileAlreadyExistsException(dataDir.toString(), null, "a library is already there: restore into "
                    + "a new folder (--data), then swap the folders");
        }
        BackupFolder.expectNewOrEmpty(dataDir, "library folder");
        Path work = Files.createTempDirectory(Files.createDirectories(dataDir.getParent()),
                "." + dataDir.getFileName() + ".restoring-");
        try {
            for (String file : sums.keySet()) {
                Files.createDirectories(work.resolve(file).getParent());
                Files.copy(src.resolve(file), work.resolve(file));
            }
            for (Map.Entry<String, JsonNode> link : manifestJson.path("links").properties()) {
                Path at = BackupFolder.inside(work, link.getKey());
                Files.createDirectories(at.getParent());
                Files.createSymbolicLink(at, Path.of(link.getValue().asText()));
            }
            Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            BackupFolder.moveIntoPlace(work, dataDir);
        } catch (IOException | RuntimeException e) {
            FolderSite.deleteTree(work);
            throw e;
        }
        try (Library library = backends.open(LibraryOptions.DEFAULT.withRenditions(false))) {
            LOG.info("restored {} photos into {}; search index rebuilt", library.store().count(), dataDir);
        }
        return ManifestFile.manifest(manifestJson);
    }

    private static void writeManifest(Path work, BackupManifest m, Map<String, String> links) throws IOException {
        ObjectNode node = ManifestFile.toJson(m);
        ObjectNode linkNode = node.putObject("links");
        links.forEach(linkNode::put);
        ManifestFile.write(work, node);
    }

    private static Path blobPath(String sha) {
        return Path.of(BLOBS, sha.substring(0, 2), sha.substring(2, 4), sha);
    }

    /** Copies {@code from} (not following a link) to {@code to}, returning the SHA-256 of what was copied. */
    private static String copyHashing(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS)) {
            return BackupFolder.copyHashing(in, to);
        }
    }
}
