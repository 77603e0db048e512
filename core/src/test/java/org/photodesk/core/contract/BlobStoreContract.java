package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.photodesk.core.photo.BlobCheck;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.Sha256;

/** What every {@link BlobStore} must do: a subclass supplies a fresh, empty one (memory, a folder, S3). */
public abstract class BlobStoreContract {

    protected BlobStore blobs;

    /** A new, empty blob store. */
    protected abstract BlobStore newBlobStore() throws IOException;

    /** Changes one byte of blob {@code sha256} behind the store's back, as a failing disk would. */
    protected abstract void damage(String sha256) throws IOException;

    /** Deletes blob {@code sha256} behind the store's back. */
    protected abstract void lose(String sha256) throws IOException;

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
    void anOriginalNoPhotoUsesCanBeDeletedLeavingTheOthers() throws IOException {
        byte[] kept = bytes("a kept original");
        byte[] doomed = bytes("an original written for a duplicate");
        blobs.put(Sha256.hex(kept), kept);
        blobs.put(Sha256.hex(doomed), doomed);

        assertThat(blobs.deleteOriginal(Sha256.hex(doomed))).isTrue();
        assertThat(blobs.deleteOriginal(Sha256.hex(doomed))).isFalse();

        assertThat(blobs.contains(Sha256.hex(doomed))).isFalse();
        try (Stream<String> all = blobs.originals()) {
            assertThat(all).containsExactly(Sha256.hex(kept));
        }
        blobs.put(Sha256.hex(doomed), doomed);
        assertThat(read(blobs.open(Sha256.hex(doomed)))).isEqualTo("an original written for a duplicate");
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

    @Test
    void aCheckTellsAnIntactBlobFromAMissingOrDamagedOne() throws IOException {
        byte[] good = bytes("an original of some length, long enough to flip a bit in the middle");
        String sha = Sha256.hex(good);
        String other = Sha256.hex(bytes("another original"));
        blobs.put(sha, good);
        blobs.put(other, bytes("another original"));

        assertThat(blobs.check(sha)).isEqualTo(new BlobCheck.Intact());
        damage(sha);
        lose(other);

        assertThat(blobs.check(sha)).isInstanceOfSatisfying(BlobCheck.Damaged.class, d -> {
            assertThat(d.actualSha256()).isNotEqualTo(sha).hasSize(64);
            assertThat(d.size()).isEqualTo(good.length);
        });
        assertThat(blobs.check(other)).isEqualTo(new BlobCheck.Missing());
    }

    @Test
    void puttingTheGoodBytesAgainRepairsADamagedOrLostBlob() throws IOException {
        byte[] good = bytes("an original that a disk will damage, then a re-ingest will repair");
        String sha = Sha256.hex(good);
        byte[] lostBytes = bytes("an original that will be lost");
        String lost = Sha256.hex(lostBytes);
        blobs.put(sha, good);
        blobs.put(lost, lostBytes);
        damage(sha);
        lose(lost);

        blobs.put(sha, good);
        blobs.put(lost, lostBytes);

        assertThat(blobs.check(sha).intact()).isTrue();
        assertThat(blobs.check(lost).intact()).isTrue();
        assertThat(read(blobs.open(sha))).isEqualTo(new String(good, StandardCharsets.UTF_8));
    }

    @Test
    void theOriginalsAreListedByNameWithoutTheirRenditions() throws IOException {
        String a = Sha256.hex(bytes("a"));
        String b = Sha256.hex(bytes("b"));
        blobs.put(a, bytes("a"));
        blobs.put(b, bytes("b"));
        blobs.putRendition(a, "thumb", bytes("small a"));

        try (Stream<String> names = blobs.originals()) {
            assertThat(names.toList()).containsExactlyInAnyOrder(a, b);
        }
    }
}
