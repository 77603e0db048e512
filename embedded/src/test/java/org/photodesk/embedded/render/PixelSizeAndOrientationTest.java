package org.photodesk.embedded.render;

import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.Renderer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PixelSizeAndOrientationTest {

    @Test
    void fitKeepsTheAspectRatioAndNeverEnlarges() {
        assertThat(new PixelSize(4368, 2912).fit(1600)).isEqualTo(new PixelSize(1600, 1067));
        assertThat(new PixelSize(2912, 4368).fit(400)).isEqualTo(new PixelSize(267, 400));
        assertThat(new PixelSize(900, 506).fit(1600)).isEqualTo(new PixelSize(900, 506));
        assertThat(new PixelSize(10_000, 3).fit(400)).isEqualTo(new PixelSize(400, 1));
    }

    @Test
    void limitsAndSizesAreValidated() {
        assertThatThrownBy(() -> new RenderLimits(0, 85)).hasMessageContaining("maxMegapixels");
        assertThatThrownBy(() -> new RenderLimits(10, 101)).hasMessageContaining("jpegQuality");
        assertThatThrownBy(() -> Renderer.checkSizes()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Renderer.checkSizes(400, 0)).hasMessageContaining("positive");
        assertThat(new RenderLimits(12.0, 85).allows(4000, 3000)).isTrue();
        assertThat(new RenderLimits(12.0, 85).allows(4000, 3001)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1, 255})
    void unknownExifValuesCountAsUpright(int value) {
        assertThat(Orientation.ofExif(value)).isEqualTo(Orientation.NORMAL);
    }

    /** A 3x2 image whose pixels are numbered 1 to 6 row by row. */
    private static BufferedImage numbered() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, i + 1);
        }
        return image;
    }

    private static String rows(BufferedImage image) {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.append(image.getRGB(x, y) & 0xffffff);
            }
            out.append(y + 1 < image.getHeight() ? "/" : "");
        }
        return out.toString();
    }

    @Test
    void eachExifOrientationIsTurnedUpright() {
        // Stored 123/456. The EXIF value names where the stored first row and column belong (EXIF 2.3, 4.6.4 A).
        assertThat(rows(Orientation.ofExif(1).apply(numbered()))).isEqualTo("123/456");
        assertThat(rows(Orientation.ofExif(2).apply(numbered()))).isEqualTo("321/654");
        assertThat(rows(Orientation.ofExif(3).apply(numbered()))).isEqualTo("654/321");
        assertThat(rows(Orientation.ofExif(4).apply(numbered()))).isEqualTo("456/123");
        assertThat(rows(Orientation.ofExif(5).apply(numbered()))).isEqualTo("14/25/36");
        assertThat(rows(Orientation.ofExif(6).apply(numbered()))).isEqualTo("41/52/63");
        assertThat(rows(Orientation.ofExif(7).apply(numbered()))).isEqualTo("63/52/41");
        assertThat(rows(Orientation.ofExif(8).apply(numbered()))).isEqualTo("36/25/14");
    }
}
