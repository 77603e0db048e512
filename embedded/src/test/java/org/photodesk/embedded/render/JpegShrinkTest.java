package org.photodesk.embedded.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JpegShrinkTest {

    @Test
    void shrinksOnLoadAsFarAsTheLargestRenditionAllows() {
        assertThat(VipsRenderer.jpegShrink(4799, 1600)).isEqualTo(2);
        assertThat(VipsRenderer.jpegShrink(6400, 1600)).isEqualTo(4);
        assertThat(VipsRenderer.jpegShrink(6399, 1600)).isEqualTo(2);
        assertThat(VipsRenderer.jpegShrink(3200, 1600)).isEqualTo(2);
        assertThat(VipsRenderer.jpegShrink(3199, 1600)).isEqualTo(1);
        assertThat(VipsRenderer.jpegShrink(2560, 400)).isEqualTo(4);
        assertThat(VipsRenderer.jpegShrink(20_000, 400)).isEqualTo(8);
    }

    @Test
    void neverShrinksBelowTheRendition() {
        assertThat(VipsRenderer.jpegShrink(900, 1600)).isEqualTo(1);
        assertThat(VipsRenderer.jpegShrink(1, 1)).isEqualTo(1);
        assertThat(VipsRenderer.jpegShrink(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(1);
    }
}
