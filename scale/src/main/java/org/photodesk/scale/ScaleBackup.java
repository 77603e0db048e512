package org.photodesk.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.photodesk.core.backup.BackupFolder;
import org.photodesk.core.backup.Checksums;
import org.photodesk.core.backup.ManifestFile;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryBackup;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.scale.postgres.PgSnapshot;
import org.photodesk.scale.postgres.PostgresAddress;
import org.photodesk.scale.s3.S3Address;
import org.photodesk.scale.s3.S3Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Backups of a library on the scale-out backends, as a folder anyone can check with {@code sha256sum -c SHA256SUMS}:
 * the PostgreSQL tables as they were at one instant ({@link PgSnapshot}: one {@code REPEATABLE READ} transaction of
 * {@code COPY}s, while the desk nodes and ingest workers go on writing), then every object of the S3 prefix (or, with
 * blobs in the data folder, its {@code blobs} and {@code published} folders), each original checked against the
 * SHA-256 its key names; originals are written before the rows that name them and never change, so objects copied
 * after the snapshot hold every original it uses. {@code backup.json} carries the {@link BackupManifest}, the schema
 * version, the tables with their columns and the identity sequences. The search index is not copied: a restore
 * rebuilds it from the restored store (OpenSearch or the per-process Lucene index alike).
 */
public final class ScaleBackup implements LibraryBackup {

    /** The layout this class writes and reads. */
    public static final String FORMAT = "photodesk-scale/1";
    /** The manifest's file name in a backup. */
    public static final String MANIFEST = ManifestFile.FILE;
    /** The checksums' file name in a backup, in {@code sha256sum}'s format. */
    public static final String SUMS = Checksums.FILE;

    private static final Logger LOG = LoggerFactory.getLogger(ScaleBackup.class);
    private static final String STORE = "store";
    private static final String OBJECTS = "objects";
    private static final String FILES = "files";
    private static final Pattern ORIGINAL = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/([0-9a-f]{64})");

    private final LibraryAddress address;
    private final Backends backends;
    private final UnaryOperator<String> env;
    private final Clock clock;

    /** Backups of the library at {@code address}; {@code backends} opens it after a restore, to rebuild its index. */
    public ScaleBackup(LibraryAddress address, Backends backends, UnaryOperator<String> env, Clock clock) {
        this.address = address;
        this.backends = backends;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public BackupManifest backup(Path destination) throws IOException {
        Path dest = destination.toAbsolutePath().normalize();
        PostgresAddress pg = PostgresAddress.parse(address.store(), env);
        if (!org.photodesk.scale.postgres.PgDatabase.hasTables(pg)) {
            throw new NoSuchFileException(pg.describe(), null, "no library there to back up");
        }
        BackupFolder.expectNewOrEmpty(dest, "backup folder");
        Path work = Files.createTempDirectory(Files.createDirectories(dest.getParent()),
                "." + dest.getFileName() + ".partial-");
        try {
            BackupManifest manifest = copyInto(pg, work);
            BackupFolder.moveIntoPlace(work, dest);
            LOG.info("backed up {} to {}: {}", backends.describe(), dest, manifest);
            return manifest;
        } catch (IOException | RuntimeException e) {
            deleteTree(work);
            throw e;
        }
    }

    private BackupManifest copyInto(PostgresAddress pg, Path work) throws IOException {
        Instant takenAt = clock.instant();
        Path store = Files.createDirectories(work.resolve(STORE));
        PgSnapshot.Taken taken = PgSnapshot.copyOut(pg, store);
        var sums = new Checksums(work);
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : files.sorted().toList()) {
                sums.add(file);
            }
        }
        Copies copies = address.blobs() != null ? copyObjects(work, sums) : copyFolders(work, sums);
        long missing = taken.originals().stream().filter(sha -> !copies.originals().contains(sha)).count();
        if (missing > 0) {
            LOG.warn("{} originals the store names are missing or damaged: not backed up; 'photodesk verify' lists"
                    + " them", missing);
        }
        BackupManifest manifest = new BackupManifest(FORMAT, takenAt, taken.rows("photo"), taken.rows("gallery"),
                taken.rows("users"), taken.rows("audit_log"), copies.originals().size(), copies.renditions(),
                copies.published(), sums.bytes(), missing);
        sums.write();
        writeManifest(work, manifest, taken, copies);
        return manifest;
    }

    /** What was copied of the blobs: the originals (by SHA-256), renditions, published files and folder links. */
    private record Copies(java.util.Set<String> originals, long renditions, long published, String kind,
            Map<String, String> links) {}

    /** Copies every object under the S3 prefix, checking each original against its key. */
    private Copies copyObjects(Path work, Checksums sums) throws IOException {
        var originals = new java.util.TreeSet<String>();
        long renditions = 0;
        long published = 0;
        try (S3Connection s3 = S3Connection.open(S3Address.parse(address.blobs(), env))) {
            String prefix = s3.address().prefix();
            List<String> keys;
            try {
                keys = s3.client().listObjectsV2Paginator(l -> l.bucket(s3.bucket()).prefix(prefix)).contents()
                        .stream().map(o -> o.key().substring(prefix.length())).sorted().toList();
            } catch (SdkException e) {
                throw s3.io("cannot list the objects under " + prefix, e);
            }
            for (String key : keys) {
                Path target = BackupFolder.inside(work.resolve(OBJECTS), key);
                String sha;
                try (InputStream in = s3.client().getObject(g -> g.bucket(s3.bucket()).key(prefix + key))) {
                    sha = BackupFolder.copyHashing(in, target);
                } catch (SdkException e) {
                    throw s3.io("cannot read " + prefix + key, e);
                }
                var original = ORIGINAL.matcher(key);
                if (original.matches()) {
                    if (!original.group(1).equals(sha)) {
                        Files.delete(target);
                        LOG.warn("original {} is damaged (its bytes hash to {}): not backed up", key, sha);
                        continue;
                    }
                    originals.add(sha);
                } else if (key.startsWith("renditions/")) {
                    renditions++;
                } else if (key.startsWith("site/")) {
                    published++;
                }
                sums.add(target, sha);
            }
        }
        return new Copies(originals, renditions, published, OBJECTS, Map.of());
    }

    /** Copies the data folder's {@code blobs} and {@code published} folders (links as links). */
    private Copies copyFolders(Path work, Checksums sums) throws IOException {
        var originals = new java.util.TreeSet<String>();
        long renditions = 0;
        long published = 0;
        Map<String, String> links = new TreeMap<>();
        Path data = address.dataDir().toAbsolutePath().normalize();
        for (String folder : List.of("blobs", "published")) {
            Path root = data.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.sorted().toList();
            }
            for (Path path : paths) {
                String relative = data.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    links.put(relative, Files.readSymbolicLink(path).toString());
                    continue;
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Path target = BackupFolder.inside(work.resolve(FILES), relative);
                String sha;
                try (InputStream in = Files.newInputStream(path)) {
                    sha = BackupFolder.copyHashing(in, target);
                }
                String key = relative.substring(folder.length() + 1);
                var original = ORIGINAL.matcher(key);
                if (folder.equals("blobs") && original.matches()) {
                    if (!original.group(1).equals(sha)) {
                        Files.delete(target);
                        LOG.warn("original {} is damaged (its bytes hash to {}): not backed up", key, sha);
                        continue;
                    }
                    originals.add(sha);
                } else if (folder.equals("blobs")) {
                    renditions++;
                } else {
                    published++;
                }
                sums.add(target, sha);
            }
        }
        return new Copies(originals, renditions, published, FILES, links);
    }

    @Override
    public BackupManifest restore(Path source) throws IOException {
        Path src = source.toAbsolutePath().normalize();
        JsonNode manifest = ManifestFile.read(src, FORMAT, "the scale-out backends restore '" + FORMAT + "' backups"
                + " (restore an embedded backup into a data folder with 'photodesk restore --data DIR', then"
                + " 'photodesk migrate --data DIR' it up)");
        Map<String, String> sums = Checksums.check(src);
        String kind = manifest.path("blobs").asText();
        if (kind.equals(OBJECTS) != (address.blobs() != null)) {
            throw new IOException("the backup in " + src + " holds blobs " + (kind.equals(OBJECTS) ? "of S3 storage"
                    : "of a data folder") + " and the target keeps them " + (address.blobs() != null ? "in S3" : "in "
                    + "the data folder") + ": restore it with the same kind of --blobs, then move the blobs with "
                    + "'photodesk migrate' if need be");
        }
        PostgresAddress pg = PostgresAddress.parse(address.store(), env);
        if (org.photodesk.scale.postgres.PgDatabase.hasTables(pg)) {
            throw new FileAlreadyExistsException(pg.describe(), null, "a library is already there: restore into a new"
                    + " schema (?schema=NAME in --store), then point the desk at it");
        }
        // the blobs first: a photo row must never name an original that is not stored yet
        if (kind.equals(OBJECTS)) {
            putObjects(src.resolve(OBJECTS), sums);
        } else {
            putFiles(src.resolve(FILES), sums, manifest.path("links"));
        }
        PgSnapshot.copyIn(pg, src.resolve(STORE), taken(manifest));
        try (Library library = backends.open(LibraryOptions.DEFAULT.withRenditions(false))) {
            long indexed = new IndexSync(library.store(), library.index()).rebuild();
            LOG.info("restored {} photos into {}; search index rebuilt ({} photos)", library.store().count(),
                    backends.describe(), indexed);
        }
        return ManifestFile.manifest(manifest);
    }

    private void putObjects(Path objects, Map<String, String> sums) throws IOException {
        try (S3Connection s3 = S3Connection.open(S3Address.parse(address.blobs(), env))) {
            String prefix = s3.address().prefix();
            for (String file : sums.keySet()) {
                if (!file.startsWith(OBJECTS + "/")) {
                    continue;
                }
                String key = file.substring(OBJECTS.length() + 1);
                Path path = objects.resolve(key);
                try {
                    s3.client().putObject(p -> p.bucket(s3.bucket()).key(prefix + key)
                            .contentType(key.endsWith(".html") ? "text/html; charset=utf-8"
                                    : key.endsWith(".jpg") ? "image/jpeg" : "application/octet-stream"),
                            RequestBody.fromFile(path));
                } catch (SdkException e) {
                    throw s3.io("cannot write " + prefix + key, e);
                }
            }
        }
    }

    private void putFiles(Path files, Map<String, String> sums, JsonNode links) throws IOException {
        Path data = address.dataDir().toAbsolutePath().normalize();
        for (String folder : List.of("blobs", "published")) {
            Path there = data.resolve(folder);
            if (Files.isDirectory(there)) {
                try (Stream<Path> entries = Files.list(there)) {
                    if (entries.findAny().isPresent()) {
                        throw new DirectoryNotEmptyException(there + ": the data folder already holds blobs or a "
                                + "site; restore into a new --data folder");
                    }
                }
            }
        }
        for (String file : sums.keySet()) {
            if (file.startsWith(FILES + "/")) {
                String relative = file.substring(FILES.length() + 1);
                Path target = BackupFolder.inside(data, relative);
                Files.createDirectories(target.getParent());
                Files.copy(files.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Map.Entry<String, JsonNode> link : links.properties()) {
            Path at = BackupFolder.inside(data, link.getKey());
            Files.createDirectories(at.getParent());
            Files.createSymbolicLink(at, Path.of(link.getValue().asText()));
        }
    }

    private static PgSnapshot.Taken taken(JsonNode manifest) {
        JsonNode store = manifest.path("store");
        List<PgSnapshot.Table> tables = new ArrayList<>();
        for (JsonNode t : store.path("tables")) {
            List<String> columns = new ArrayList<>();
            t.path("columns").forEach(c -> columns.add(c.asText()));
            tables.add(new PgSnapshot.Table(t.path("name").asText(), columns, t.path("rows").asLong()));
        }
        Map<String, Long> sequences = new TreeMap<>();
        store.path("sequences").properties().forEach(e -> sequences.put(e.getKey(), e.getValue().asLong()));
        return new PgSnapshot.Taken(store.path("schemaVersion").asInt(), tables, sequences, new java.util.TreeSet<>());
    }

    private static void writeManifest(Path work, BackupManifest m, PgSnapshot.Taken taken, Copies copies)
            throws IOException {
        ObjectNode node = ManifestFile.toJson(m);
        node.put("blobs", copies.kind());
        ObjectNode links = node.putObject("links");
        copies.links().forEach(links::put);
        ObjectNode store = node.putObject("store");
        store.put("schemaVersion", taken.schemaVersion());
        ArrayNode tables = store.putArray("tables");
        for (PgSnapshot.Table t : taken.tables()) {
            ObjectNode table = tables.addObject();
            table.put("name", t.name());
            table.put("rows", t.rows());
            t.columns().forEach(table.putArray("columns")::add);
        }
        ObjectNode sequences = store.putObject("sequences");
        new TreeMap<>(taken.sequences()).forEach(sequences::put);
        ManifestFile.write(work, node);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the unfinished backup {}: {}", dir, e.getMessage());
        }
    }
}
