package org.photodesk.core.similar;

/**
 * Shrinks (or stretches) a window of a grey image to a fixed grid by area averaging: each output cell is the mean of
 * the input area it covers, partly covered pixels weighted by the covered fraction. Aspect ratio is not kept.
 */
final class AreaResize {

    private AreaResize() {}

    /**
     * The mean luma of each of the {@code columns x rows} cells of the window {@code [left, right) x [top, bottom)},
     * given as fractions 0 to 1 of the width and height, row by row.
     */
    static double[] resize(GreyImage image, Window window, int columns, int rows) {
        Span[] across = spans(window.left(), window.right(), image.width(), columns);
        Span[] down = spans(window.top(), window.bottom(), image.height(), rows);
        double[] narrow = horizontal(image, across, down);
        return vertical(narrow, down, columns, rows);
    }

    /** Each row the window touches, shrunk to the columns; rows outside the window are left at zero. */
    private static double[] horizontal(GreyImage image, Span[] across, Span[] down) {
        int width = image.width();
        int columns = across.length;
        int firstRow = down[0].first;
        int lastRow = down[down.length - 1].first + down[down.length - 1].weights.length - 1;
        byte[] luma = image.luma();
        double[] out = new double[image.height() * columns];
        for (int y = firstRow; y <= lastRow; y++) {
            int row = y * width;
            for (int c = 0; c < columns; c++) {
                Span s = across[c];
                double sum = 0;
                for (int k = 0; k < s.weights.length; k++) {
                    sum += s.weights[k] * (luma[row + s.first + k] & 0xFF);
                }
                out[y * columns + c] = sum;
            }
        }
        return out;
    }

    private static double[] vertical(double[] in, Span[] down, int columns, int rows) {
        double[] out = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            Span s = down[r];
            for (int c = 0; c < columns; c++) {
                double sum = 0;
                for (int k = 0; k < s.weights.length; k++) {
                    sum += s.weights[k] * in[(s.first + k) * columns + c];
                }
                out[r * columns + c] = sum;
            }
        }
        return out;
    }

    /**
     * The input pixels each of {@code cells} equal cells of {@code [start, end)} (fractions of {@code length}
     * pixels) covers, with weights: the covered part of the pixel over the cell's length, so that they add up to 1.
     */
    private static Span[] spans(double start, double end, int length, int cells) {
        double from = start * length;
        double cell = (end - start) * length / cells;
        Span[] spans = new Span[cells];
        for (int c = 0; c < cells; c++) {
            double lo = from + c * cell;
            double hi = c == cells - 1 ? end * length : from + (c + 1) * cell;
            int first = Math.min(length - 1, (int) Math.floor(lo));
            int last = Math.max(first, Math.min(length - 1, (int) Math.ceil(hi) - 1));
            double[] weights = new double[last - first + 1];
            double total = 0;
            for (int p = first; p <= last; p++) {
                double overlap = Math.min(hi, p + 1) - Math.max(lo, p);
                weights[p - first] = Math.max(0, overlap);
                total += weights[p - first];
            }
            for (int k = 0; k < weights.length; k++) {
                weights[k] = total > 0 ? weights[k] / total : 1.0 / weights.length;
            }
            spans[c] = new Span(first, weights);
        }
        return spans;
    }

    private record Span(int first, double[] weights) {}

    /** A window of an image as fractions 0 to 1 of its width and height: {@code [left, right) x [top, bottom)}. */
    record Window(double left, double top, double right, double bottom) {
        static final Window WHOLE = new Window(0, 0, 1, 1);
    }
}
