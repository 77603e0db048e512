package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GreyImageTest {

    @Test
    void lumaFollowsTheBt601WeightsAndIgnoresAlpha() {
        GreyImage g = GreyImage.fromRgb(4, 1, new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0x80FFFFFF});
        assertThat(new int[] {g.at(0, 0), g.at(1, 0), g.at(2, 0), g.at(3, 0)}).containsExactly(77, 149, 29, 255);
    }

    @Test
    void refusesASizeThatDoesNotMatchThePixels() {
        assertThatThrownBy(() -> new GreyImage(3, 3, new byte[8])).hasMessage("grey image: 3 x 3 needs 9 luma bytes, got 8");
        assertThatThrownBy(() -> new GreyImage(0, 5, new byte[0])).hasMessageContaining("size 0 x 5 is empty");
        assertThatThrownBy(() -> GreyImage.fromRgb(2, 2, new int[3])).hasMessageContaining("needs 4 RGB pixels, got 3");
    }

    @Test
    void equalImagesAreEqual() {
        assertThat(Pictures.scene(1, 20, 10)).isEqualTo(Pictures.scene(1, 20, 10)).hasSameHashCodeAs(Pictures.scene(1, 20, 10));
        assertThat(Pictures.scene(1, 20, 10)).isNotEqualTo(Pictures.scene(2, 20, 10));
        assertThat(Pictures.scene(1, 20, 10)).hasToString("GreyImage[20 x 10]");
    }
}
