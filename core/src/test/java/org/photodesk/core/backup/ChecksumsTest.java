package org.photodesk.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.photo.Sha256;

/** The checksums and manifest every backup folder carries: written, read back, and refused when damaged. */
class ChecksumsTest {

    @TempDir
    Path dir;

    @Test
    void writtenSumsAreReadBackAndCheckedInOrder() throws IOException {
        Path a = write("store/a.csv", "one");
        Path b = write("objects/b.jpg", "two two");
        var sums = new Checksums(dir);
        sums.add(a);
        sums.add(b, BackupFolder.copyHashing(new ByteArrayInputStream(bytes("two two")), b));
        sums.write();

        assertThat(sums.bytes()).isEqualTo(10);
        assertThat(Files.readString(dir.resolve(Checksums.FILE)))
                .isEqualTo(Sha256.hex(bytes("one")) + "  store/a.csv\n" + Sha256.hex(bytes("two two")) + "  objects/b.jpg\n");
        assertThat(Checksums.check(dir)).containsExactly(
                java.util.Map.entry("store/a.csv", Sha256.hex(bytes("one"))),
                java.util.Map.entry("objects/b.jpg", Sha256.hex(bytes("two two"))));
    }

    @Test
    void aChangedMissingOrForgedFileIsRefused() throws IOException {
        Path a = write("a.txt", "one");
        var sums = new Checksums(dir);
        sums.add(a);
        sums.write();
        Files.writeString(a, "One");
        assertThatThrownBy(() -> Checksums.check(dir)).hasMessageContaining("a.txt does not match its checksum");

        Files.delete(a);
        assertThatThrownBy(() -> Checksums.check(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("but missing");

        Files.writeString(dir.resolve(Checksums.FILE), Sha256.hex(bytes("x")) + "  ../outside\n");
        assertThatThrownBy(() -> Checksums.check(dir)).hasMessageContaining("'../outside' lies outside");

        Files.writeString(dir.resolve(Checksums.FILE), "not a checksum line\n");
        assertThatThrownBy(() -> Checksums.check(dir)).hasMessageContaining("malformed line");
    }

    @Test
    void aFolderWithoutSumsIsIncomplete() {
        assertThatThrownBy(() -> Checksums.check(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("has no SHA256SUMS");
    }

    @Test
    void theManifestComesBackAsWrittenAndAnotherFormatIsRefused() throws IOException {
        var manifest = new BackupManifest("test/1", Instant.parse("2026-12-02T09:00:00Z"), 3, 1, 2, 40, 4, 8, 5, 999, 0);
        var node = ManifestFile.toJson(manifest);
        node.put("extra", "kept");
        ManifestFile.write(dir, node);

        var read = ManifestFile.read(dir, "test/1", "unused");
        assertThat(ManifestFile.manifest(read)).isEqualTo(manifest);
        assertThat(read.path("extra").asText()).isEqualTo("kept");
        assertThatThrownBy(() -> ManifestFile.read(dir, "other/2", "restore it elsewhere"))
                .hasMessageContaining("has format 'test/1'; restore it elsewhere");
        assertThatThrownBy(() -> ManifestFile.read(dir.resolve("none"), "test/1", ""))
                .hasMessageContaining("not a Photodesk backup");
    }

    @Test
    void aNewOrEmptyFolderIsExpected() throws IOException {
        BackupFolder.expectNewOrEmpty(dir.resolve("new"), "backup folder");
        BackupFolder.expectNewOrEmpty(dir, "backup folder");
        write("x", "x");
        assertThatThrownBy(() -> BackupFolder.expectNewOrEmpty(dir, "backup folder"))
                .hasMessageContaining("the backup folder must be new or empty");
        assertThatThrownBy(() -> BackupFolder.expectNewOrEmpty(dir.resolve("x"), "backup folder"))
                .hasMessageContaining("exists and is not a folder");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
