package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Sha256;

/** What every {@link BlobStore} must do: a subclass supplies a fresh, empty one (memory, a folder, S3). */
public abstract class BlobStoreContract {

    protected BlobStore blobs;

    /** A new, empty blob store. */
    protected abstract BlobStore newBlobStore() throws IOException;

    @BeforeEach
    void open() throws IOException {
        blobs = newBlobStore();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBlobIsReadBackByItsHash() throws IOException {
        byte[] b = bytes("an original");
        String sha = Sha256.hex(b);
        assertThat(blobs.contains(sha)).isFalse();

        blobs.put(sha, b);
        blobs.put(sha, b);

        assertThat(blobs.contains(sha)).isTrue();
        assertThat(read(blobs.open(sha))).isEqualTo("an original");
    }

    @Test
    void aMissingBlobIsNoSuchFile() {
        String sha = Sha256.hex(bytes("never stored"));
        assertThatThrownBy(() -> blobs.open(sha)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void renditionsBelongToTheirOriginalAndCanBeReplaced() throws IOException {
        String sha = Sha256.hex(bytes("original"));
        blobs.put(sha, bytes("original"));
        assertThat(blobs.hasRendition(sha, "thumb")).isFalse();
        assertThat(blobs.openRendition(sha, "thumb")).isEmpty();

        blobs.putRendition(sha, "thumb", bytes("small"));
        blobs.putRendition(sha, "preview", bytes("larger"));
        blobs.putRendition(sha, "thumb", bytes("small again"));

        assertThat(blobs.hasRendition(sha, "thumb")).isTrue();
        assertThat(read(blobs.openRendition(sha, "thumb").orElseThrow())).isEqualTo("small again");
        assertThat(read(blobs.openRendition(sha, "preview").orElseThrow())).isEqualTo("larger");
        assertThat(read(blobs.open(sha))).isEqualTo("original");
    }
}
