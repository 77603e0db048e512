package org.photodesk.embedded.render;

/** A width and height in pixels, with the fitting rule every renderer shares. */
record PixelSize(int width, int height) {

    PixelSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size " + width + "x" + height + " must be at least 1x1");
        }
    }

    int longSide() {
        return Math.max(width, height);
    }

    /** This size scaled so that its long side is {@code longSide}, never enlarged; the short side is rounded. */
    PixelSize fit(int longSide) {
        if (longSide >= longSide()) {
            return this;
        }
        double scale = (double) longSide / longSide();
        int w = width >= height ? longSide : Math.max(1, (int) Math.round(width * scale));
        int h = width >= height ? Math.max(1, (int) Math.round(height * scale)) : longSide;
        return new PixelSize(w, h);
    }

    /** This size with width and height exchanged, as a quarter turn leaves it. */
    PixelSize transposed() {
        return new PixelSize(height, width);
    }
}
