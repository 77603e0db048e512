package org.photodesk.core.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.photodesk.core.library.BackupManifest;

/**
 * A backup's {@code backup.json}: the {@link BackupManifest}'s fields, beside which each backends' backup keeps what
 * else its restore needs (links, tables), and the check of its format before a restore.
 */
public final class ManifestFile {

    /** The manifest's file name in a backup. */
    public static final String FILE = "backup.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestFile() {}

    /** A new JSON object holding {@code m}'s fields, for the caller to add its own to before {@link #write}. */
    public static ObjectNode toJson(BackupManifest m) {
        ObjectNode node = JSON.createObjectNode();
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
        return node;
    }

    /** The manifest's fields of {@code n}, as {@link #toJson} wrote them. */
    public static BackupManifest manifest(JsonNode n) {
        return new BackupManifest(n.path("format").asText(), Instant.parse(n.path("takenAt").asText()),
                n.path("photos").asLong(), n.path("galleries").asLong(), n.path("accounts").asLong(),
                n.path("auditEntries").asLong(), n.path("originals").asLong(), n.path("renditions").asLong(),
                n.path("publishedFiles").asLong(), n.path("bytes").asLong(), n.path("problems").asLong());
    }

    /** Writes {@code node} as {@code backup.json} into {@code folder}. */
    public static void write(Path folder, ObjectNode node) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(FILE).toFile(), node);
    }

    /**
     * The {@code backup.json} of the backup in {@code folder}, which must be of {@code format}; {@code advice} ends
     * the message when it is of another (what to do with such a backup, or empty).
     */
    public static JsonNode read(Path folder, String format, String advice) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a Photodesk backup (no " + FILE + ")");
        }
        JsonNode node = JSON.readTree(file.toFile());
        String found = node.path("format").asText();
        if (!format.equals(found)) {
            throw new IOException("the backup in " + folder + " has format '" + found + "'; " + advice);
        }
        return node;
    }
}
