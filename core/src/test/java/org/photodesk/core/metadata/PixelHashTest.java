package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
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

    @Test
    void aLongScanIsSampledAtBothEndsWithItsLength() {
        byte[] big = noiseJpeg(1);
        int start = big.length - 3 * PixelHash.SAMPLE;
        assertThat(start).as("the test image has more than two samples of compressed data").isPositive();
        String hash = PixelHash.of(big, "image/jpeg").orElseThrow();

        assertThat(PixelHash.of(TestImages.withSegment(big, 0xE1, new byte[] {1, 2, 3}), "image/jpeg")).contains(hash);
        assertThat(PixelHash.of(noiseJpeg(2), "image/jpeg")).isNotEqualTo(Optional.of(hash));
        byte[] tail = big.clone();
        tail[tail.length - 100] ^= 0x01;
        assertThat(PixelHash.of(tail, "image/jpeg")).isNotEqualTo(Optional.of(hash));
        byte[] longer = java.util.Arrays.copyOf(big, big.length + 1);
        longer[longer.length - 1] = longer[longer.length - 2];
        longer[longer.length - 2] = longer[longer.length - 3];
        assertThat(PixelHash.of(longer, "image/jpeg")).isNotEqualTo(Optional.of(hash));
    }

    /** A JPEG of random pixels, whose compressed data runs to several hundred kilobytes. */
    private static byte[] noiseJpeg(int seed) {
        var image = new java.awt.image.BufferedImage(1600, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
