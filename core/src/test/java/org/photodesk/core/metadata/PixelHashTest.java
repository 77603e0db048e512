package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PixelHashTest {

    private final byte[] jpeg = TestImages.image("jpg", 24, 16, 1);

    @Test
    void jpegHashIgnoresAppSegmentsAndComments() {
        byte[] withApp13 = TestImages.withSegment(jpeg, 0xED, TestImages.photoshop());
        byte[] withComment = TestImages.withSegment(jpeg, 0xFE, "a comment".getBytes(StandardCharsets.US_ASCII));
        String hash = PixelHash.of(jpeg, "image/jpeg").orElseThrow();
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(PixelHash.of(withApp13, "image/jpeg")).contains(hash);
        assertThat(PixelHash.of(withComment, "image/jpeg")).contains(hash);
    }

    @Test
    void differentPixelsGiveADifferentHash() {
        byte[] other = TestImages.image("jpg", 24, 16, 2);
        assertThat(PixelHash.of(other, "image/jpeg")).isNotEqualTo(PixelHash.of(jpeg, "image/jpeg"));
        byte[] flipped = jpeg.clone();
        flipped[flipped.length - 10] ^= 0x01;
        assertThat(PixelHash.of(flipped, "image/jpeg")).isNotEqualTo(PixelHash.of(jpeg, "image/jpeg"));
    }

    @Test
    void pngHashIgnoresTextChunks() {
        byte[] png = TestImages.image("png", 24, 16, 1);
        byte[] withText = TestImages.withPngChunk(png, "tEXt", "Comment\0hello".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PixelHash.of(png, "image/png")).isPresent();
        assertThat(PixelHash.of(withText, "image/png")).isEqualTo(PixelHash.of(png, "image/png"));
        assertThat(PixelHash.of(TestImages.image("png", 24, 16, 3), "image/png"))
                .isNotEqualTo(PixelHash.of(png, "image/png"));
    }

    @Test
    void otherFormatsAndDamagedFilesHaveNoHash() {
        assertThat(PixelHash.of(jpeg, "image/webp")).isEmpty();
        assertThat(PixelHash.of(jpeg, null)).isEmpty();
        assertThat(PixelHash.of(Arrays.copyOf(jpeg, 40), "image/jpeg")).isEmpty();
        assertThat(PixelHash.of(new byte[] {1, 2, 3}, "image/png")).isEmpty();
        byte[] png = TestImages.image("png", 8, 8, 1);
        assertThat(PixelHash.of(Arrays.copyOf(png, png.length - 6), "image/png")).isEmpty();
    }
}
