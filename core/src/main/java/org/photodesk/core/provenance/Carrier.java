package org.photodesk.core.provenance;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * Where a file carries its C2PA manifest store: the JPEG APP11 segments or the PNG {@code caBX} chunk, as byte
 * ranges of the file, and the JUMBF bytes they hold put back together.
 *
 * <p>JPEG (C2PA 2.x, section "Embedding manifests into JPEG"; JPEG XT, ISO/IEC 18477-3): the store is split over
 * APP11 segments whose payload is CI ({@code "JP"}), En (box instance, 2 bytes), Z (packet sequence, 4 bytes,
 * from 1), then the box's LBox and TBox, repeated in every segment, then that segment's share of the box. PNG:
 * one ancillary chunk {@code caBX} whose data is the store.
 *
 * @param container {@code JPEG} or {@code PNG}
 * @param ranges the file's bytes that carry the store (whole segments or chunks, markers and CRCs included)
 * @param jumbf the manifest store's JUMBF bytes
 */
record Carrier(String container, List<Range> ranges, byte[] jumbf) {

    /** Largest manifest store read: far above real ones (tens to hundreds of kilobytes). */
    static final int MAX_STORE = 32 * 1024 * 1024;
    /** Most APP11 segments or PNG chunks looked at. */
    static final int MAX_PARTS = 100_000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int APP11 = 0xEB;
    private static final int SOS = 0xDA;

    /** A half-open range {@code [start, end)} of a file's bytes. */
    record Range(int start, int end) {}

    /** The carrier in {@code file}, if it has one; problems met on the way go to {@code problems}. */
    static Optional<Carrier> find(byte[] file, List<Problem> problems) {
        if (isJpeg(file)) {
            return jpeg(file, problems);
        }
        if (isPng(file)) {
            return png(file, problems);
        }
        return Optional.empty();
    }

    /** {@code file} without the ranges, or {@code file} itself when there are none. */
    static byte[] without(byte[] file, List<Range> ranges) {
        if (ranges.isEmpty()) {
            return file;
        }
        var out = new ByteArrayOutputStream(file.length);
        int pos = 0;
        for (Range r : ranges) {
            out.write(file, pos, r.start() - pos);
            pos = r.end();
        }
        out.write(file, pos, file.length - pos);
        return out.toByteArray();
    }

    /**
     * Where the metadata of {@code file} ends: the first scan of a JPEG, the first IDAT chunk of a PNG, else the end.
     * XMP lies before it.
     */
    static int metadataEnd(byte[] file) {
        if (isJpeg(file)) {
            int pos = 2;
            while (pos + 4 <= file.length && (file[pos] & 0xFF) == 0xFF) {
                int marker = file[pos + 1] & 0xFF;
                if (marker == SOS || marker == 0xD9) {
                    return pos;
                }
                pos += marker == 0xFF ? 1 : 2 + (((file[pos + 2] & 0xFF) << 8) | (file[pos + 3] & 0xFF));
            }
            return Math.min(pos, file.length);
        }
        if (isPng(file)) {
            int pos = 8;
            while (pos + 12 <= file.length) {
                if (file[pos + 4] == 'I' && file[pos + 5] == 'D' && file[pos + 6] == 'A' && file[pos + 7] == 'T') {
                    return pos;
                }
                long length = ((file[pos] & 0xFFL) << 24) | ((file[pos + 1] & 0xFFL) << 16)
                        | ((file[pos + 2] & 0xFFL) << 8) | (file[pos + 3] & 0xFFL);
                if (length > file.length - pos - 12L) {
                    break;
                }
                pos += 12 + (int) length;
            }
        }
        return file.length;
    }

    static boolean isJpeg(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length >= 8 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8);
    }

    // ---- JPEG

    private static Optional<Carrier> jpeg(byte[] file, List<Problem> problems) {
        var assembly = new App11Assembly(problems);
        int pos = 2;
        int parts = 0;
        while (pos + 4 <= file.length && parts++ < MAX_PARTS) {
            if ((file[pos] & 0xFF) != 0xFF) {
                problems.add(Problem.of("c2pa.jpeg.badMarker", "expected a JPEG marker at byte " + pos
                        + "; the segments after it were not searched for Content Credentials"));
                break;
            }
            int marker = file[pos + 1] & 0xFF;
            if (marker == 0xFF || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += marker == 0xFF ? 1 : 2;
                continue;
            }
            if (marker == 0xD9 || marker == SOS) {
                break;
            }
            int length = ((file[pos + 2] & 0xFF) << 8) | (file[pos + 3] & 0xFF);
            if (length < 2 || pos + 2 + length > file.length) {
                problems.add(Problem.of("c2pa.jpeg.truncated", "JPEG segment at byte " + pos + " claims " + length
                        + " bytes, beyond the end of the file; the file is truncated"));
                break;
            }
            if (marker == APP11) {
                assembly.segment(file, pos, length);
            }
            pos += 2 + length;
        }
        return assembly.result();
    }

    /** Puts the store back together from the APP11 segments that carry it, in file order. */
    private static final class App11Assembly {
        private final List<Problem> problems;
        private final List<Range> ranges = new ArrayList<>();
        private final ByteArrayOutputStream jumbf = new ByteArrayOutputStream();
        private int current = -1;
        private boolean reading;
        private boolean found;
        private long sequence;
        private boolean tooBig;

        App11Assembly(List<Problem> problems) {
            this.problems = problems;
        }

        void segment(byte[] file, int pos, int length) {
            int payload = pos + 4;
            int size = length - 2;
            if (size < 16 || file[payload] != 'J' || file[payload + 1] != 'P') {
                return;
            }
            int en = ((file[payload + 2] & 0xFF) << 8) | (file[payload + 3] & 0xFF);
            long z = ((file[payload + 4] & 0xFFL) << 24) | ((file[payload + 5] & 0xFFL) << 16)
                    | ((file[payload + 6] & 0xFFL) << 8) | (file[payload + 7] & 0xFFL);
            boolean starts = startsStore(file, payload, size);
            if (en == current && !(starts && z <= sequence)) {
                continuation(file, pos, length, z);
            } else if (starts) {
                first(file, pos, length, en, z);
            }
        }

        private static boolean startsStore(byte[] file, int payload, int size) {
            return size >= 32 && file[payload + 12] == 'j' && file[payload + 13] == 'u' && file[payload + 14] == 'm'
                    && file[payload + 15] == 'b' && file[payload + 20] == 'j' && file[payload + 21] == 'u'
                    && file[payload + 22] == 'm' && file[payload + 23] == 'd' && file[payload + 24] == 'c'
                    && file[payload + 25] == '2' && file[payload + 26] == 'p' && file[payload + 27] == 'a';
        }

        private void first(byte[] file, int pos, int length, int en, long z) {
            current = en;
            sequence = z;
            ranges.add(new Range(pos, pos + 2 + length));
            reading = !found;
            if (found) {
                problems.add(Problem.of("c2pa.jpeg.secondStore", "the JPEG carries a second C2PA manifest store in"
                        + " the APP11 segment at byte " + pos + "; only the first is read, as C2PA requires"));
                return;
            }
            found = true;
            if (z != 1) {
                problems.add(Problem.of("c2pa.jpeg.sequence", "the first C2PA APP11 segment has packet number "
                        + z + " instead of 1"));
            }
            append(file, pos + 4 + 8, length - 2 - 8);
        }

        private void continuation(byte[] file, int pos, int length, long z) {
            ranges.add(new Range(pos, pos + 2 + length));
            if (!reading) {
                return;
            }
            if (z != sequence + 1) {
                problems.add(Problem.of("c2pa.jpeg.sequence", "C2PA APP11 segment at byte " + pos + " has packet "
                        + "number " + z + " where " + (sequence + 1) + " was expected; a segment is missing or"
                        + " out of order, so the manifest store is likely damaged"));
            }
            sequence = z;
            append(file, pos + 4 + 16, length - 2 - 16);
        }

        private void append(byte[] file, int from, int count) {
            if (jumbf.size() + (long) count > MAX_STORE) {
                if (!tooBig) {
                    problems.add(Problem.of("c2pa.tooLarge", "the C2PA manifest store is larger than "
                            + MAX_STORE / (1024 * 1024) + " MiB; only that much was read"));
                }
                tooBig = true;
                return;
            }
            jumbf.write(file, from, count);
        }

        Optional<Carrier> result() {
            return ranges.isEmpty() ? Optional.empty()
                    : Optional.of(new Carrier("JPEG", List.copyOf(ranges), jumbf.toByteArray()));
        }
    }

    // ---- PNG

    private static Optional<Carrier> png(byte[] file, List<Problem> problems) {
        int pos = 8;
        int parts = 0;
        Carrier found = null;
        while (pos + 12 <= file.length && parts++ < MAX_PARTS) {
            long length = ((file[pos] & 0xFFL) << 24) | ((file[pos + 1] & 0xFFL) << 16)
                    | ((file[pos + 2] & 0xFFL) << 8) | (file[pos + 3] & 0xFFL);
            if (length > file.length - pos - 12L) {
                problems.add(Problem.of("c2pa.png.truncated", "PNG chunk at byte " + pos + " claims " + length
                        + " bytes, beyond the end of the file; the file is truncated"));
                break;
            }
            boolean cabx = file[pos + 4] == 'c' && file[pos + 5] == 'a' && file[pos + 6] == 'B' && file[pos + 7] == 'X';
            boolean iend = file[pos + 4] == 'I' && file[pos + 5] == 'E' && file[pos + 6] == 'N' && file[pos + 7] == 'D';
            int end = pos + 12 + (int) length;
            if (cabx) {
                found = cabx(file, pos, end, found, problems);
            }
            if (iend) {
                break;
            }
            pos = end;
        }
        return Optional.ofNullable(found);
    }

    private static Carrier cabx(byte[] file, int pos, int end, Carrier found, List<Problem> problems) {
        if (found != null) {
            problems.add(Problem.of("c2pa.png.secondStore", "the PNG carries a second caBX chunk at byte " + pos
                    + "; only the first is read, as C2PA requires"));
            return new Carrier(found.container(), append(found.ranges(), new Range(pos, end)), found.jumbf());
        }
        int length = end - pos - 12;
        if (length > MAX_STORE) {
            problems.add(Problem.of("c2pa.tooLarge", "the C2PA manifest store is larger than "
                    + MAX_STORE / (1024 * 1024) + " MiB; it was not read"));
            return new Carrier("PNG", List.of(new Range(pos, end)), new byte[0]);
        }
        return new Carrier("PNG", List.of(new Range(pos, end)), Arrays.copyOfRange(file, pos + 8, pos + 8 + length));
    }

    private static List<Range> append(List<Range> ranges, Range range) {
        var copy = new ArrayList<>(ranges);
        copy.add(range);
        return List.copyOf(copy);
    }
}
