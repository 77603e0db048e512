package org.photodesk.embedded.store;

import org.photodesk.core.testing.StoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileBlobStoreTest {

    private static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");

    @TempDir
    Path dir;

    private final byte[] bytes = "not really a JPEG, but bytes all the same".getBytes(StandardCharsets.UTF_8);
    private final String sha = StoreFixtures.sha256("not really a JPEG, but bytes all the same");

    private FileBlobStore store() {
        return new FileBlobStore(dir.resolve("blobs"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aBlobIsStoredUnderItsHashInTwoLevelsOfFolders() throws IOException {
        FileBlobStore store = store();

        store.put(sha, bytes);

        Path expected = dir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        assertThat(expected).hasBinaryContent(bytes);
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.localPath(sha)).contains(expected);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aMissingBlobIsAbsent() {
        FileBlobStore store = store();

        assertThat(store.contains(sha)).isFalse();
        assertThat(store.localPath(sha)).isEmpty();
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void puttingABlobAgainLeavesTheFileAlone() throws IOException {
        FileBlobStore store = store();
        store.put(sha, bytes);
        Object fileKey = attributes(store.localPath(sha).orElseThrow()).fileKey();

        store.put(sha, bytes);

        assertThat(attributes(store.localPath(sha).orElseThrow()).fileKey()).isEqualTo(fileKey);
    }

    @Test
    void aBlobOfTheWrongSizeIsWrittenAgain() throws IOException {
        FileBlobStore store = store();
        store.put(sha, bytes);
        Path path = store.localPath(sha).orElseThrow();
        Files.write(path, new byte[] {1, 2, 3});

        store.put(sha, bytes);

        assertThat(path).hasBinaryContent(bytes);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "../../../../etc/passwd", "..", "/etc/passwd",
            "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567890",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678/",
            "ab/../0123456789abcdef0123456789abcdef0123456789abcdef0123456789"})
    void anythingButALowerCaseSha256IsRefused(String bad) {
        FileBlobStore store = store();

        assertThatThrownBy(() -> store.put(bad, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 lower-case hex digits");
        assertThatThrownBy(() -> store.contains(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.localPath(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.rendition(bad, "thumb")).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("blobs")).doesNotExist();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "..", "../thumb", "thumb/..", "Thumb", "a b", "thumb\u0000"})
    void aRenditionKindMustBeAShortLowerCaseName(String bad) {
        FileBlobStore store = store();

        assertThatThrownBy(() -> store.putRendition(sha, bad, bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void aLeftoverTemporaryFileIsIgnoredThenCleaned() throws IOException {
        FileBlobStore store = store();
        Path folder = Files.createDirectories(dir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)));
        Path crashed = Files.write(folder.resolve(".tmp-0123456789abcdef"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        Files.setLastModifiedTime(crashed, FileTime.from(NOW.minusSeconds(3600)));
        Path inProgress = Files.write(folder.resolve(".tmp-fedcba9876543210"), new byte[] {1});
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minusSeconds(10)));

        assertThat(store.contains(sha)).isFalse();
        store.put(sha, bytes);
        assertThat(store.localPath(sha).orElseThrow()).hasBinaryContent(bytes);

        assertThat(store.cleanTemporaryFiles()).isEqualTo(1);
        assertThat(crashed).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(store.localPath(sha).orElseThrow()).hasBinaryContent(bytes);
    }

    @Test
    void cleaningAMissingFolderDoesNothing() throws IOException {
        assertThat(store().cleanTemporaryFiles()).isZero();
    }

    @Test
    void renditionsAreStoredByKindBesideTheOriginals() throws IOException {
        FileBlobStore store = store();
        byte[] thumb = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        byte[] newer = {(byte) 0xFF, (byte) 0xD8, 4, 5, 6, 7};

        assertThat(store.rendition(sha, "thumb")).doesNotExist();
        store.putRendition(sha, "thumb", thumb);
        store.putRendition(sha, "preview", newer);

        Path path = store.rendition(sha, "thumb");
        assertThat(path).isEqualTo(dir.resolve("blobs/renditions/thumb").resolve(sha.substring(0, 2)).resolve(sha + ".jpg"));
        assertThat(path).hasBinaryContent(thumb);
        store.putRendition(sha, "thumb", newer);
        assertThat(path).hasBinaryContent(newer);
        assertThat(store.rendition(sha, "preview")).hasBinaryContent(newer);
        assertThat(store.contains(sha)).isFalse();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void manyThreadsPuttingTheSameAndOtherBlobsLeaveWholeFiles() throws Exception {
        FileBlobStore store = store();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 32; i++) {
                String text = "blob " + (i % 4);
                futures.add(executor.submit(() -> {
                    store.put(StoreFixtures.sha256(text), text.getBytes(StandardCharsets.UTF_8));
                    return null;
                }));
            }
        }
        for (Future<?> future : futures) {
            future.get();
        }

        for (int i = 0; i < 4; i++) {
            String text = "blob " + i;
            assertThat(store.localPath(StoreFixtures.sha256(text)).orElseThrow())
                    .hasBinaryContent(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList();
        }
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class);
    }
}
