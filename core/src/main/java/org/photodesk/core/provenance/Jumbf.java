package org.photodesk.core.provenance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * A JUMBF box tree (ISO/IEC 19566-5) read leniently from untrusted bytes: superboxes ({@code jumb}) with their
 * description box ({@code jumd}) and their content boxes, as offsets into the bytes, never copies.
 *
 * <p>A box is LBox (4 bytes, big-endian, the whole box's size; 0 for "to the end", 1 for an 8-byte XLBox after
 * the type), TBox (4 characters), then its payload. A description box holds a 16-byte type UUID, a toggles byte
 * and, when bit 1 is set, a NUL-terminated label. A box that claims more bytes than its parent has is cut at the
 * parent's end, with a problem.
 */
final class Jumbf {

    /** Deepest superbox nesting read; C2PA uses four levels (store, manifest, assertion store, assertion). */
    static final int MAX_DEPTH = 16;
    /** Most boxes read in one tree. */
    static final int MAX_BOXES = 20_000;
    /** Longest description label read. */
    static final int MAX_LABEL = 1024;

    private static final byte[] C2PA_UUID_TAIL = HexFormat.of().parseHex("00110010800000AA00389B71");

    /** One box: its type and where it, and its payload after the header, lie in the bytes. */
    record Box(String type, int start, int contentStart, int end) {
        int contentLength() {
            return end - contentStart;
        }
    }

    /**
     * A superbox: its box, its description's type (a four-character code for C2PA UUIDs such as {@code c2ma},
     * else the UUID in hex) and label, its child superboxes and its other content boxes, in order.
     */
    record Superbox(Box box, String descriptionType, String label, List<Superbox> children, List<Box> contents) {

        /** The first child superbox labelled {@code label}. */
        Optional<Superbox> child(String wanted) {
            return children.stream().filter(c -> wanted.equals(c.label())).findFirst();
        }

        /** The first child superbox whose description type is {@code type}. */
        Optional<Superbox> childOfType(String type) {
            return children.stream().filter(c -> type.equals(c.descriptionType())).findFirst();
        }

        /** The first content box of type {@code type} (such as {@code cbor} or {@code json}). */
        Optional<Box> content(String type) {
            return contents.stream().filter(b -> type.equals(b.type())).findFirst();
        }
    }

    private final byte[] bytes;
    private final List<Problem> problems;
    private int boxes;

    private Jumbf(byte[] bytes, List<Problem> problems) {
        this.bytes = bytes;
        this.problems = problems;
    }

    /** The superbox at the start of {@code bytes}, or empty (with a problem) when there is none to read. */
    static Optional<Superbox> parse(byte[] bytes, List<Problem> problems) {
        var reader = new Jumbf(bytes, problems);
        Box root = reader.header(0, bytes.length);
        if (root == null) {
            return Optional.empty();
        }
        if (!root.type().equals("jumb")) {
            problems.add(Problem.of("c2pa.jumbf.notSuperbox",
                    "the C2PA data starts with a '" + root.type() + "' box instead of a JUMBF superbox 'jumb';"
                            + " the manifest store is damaged and cannot be read"));
            return Optional.empty();
        }
        return Optional.ofNullable(reader.superbox(root, 1));
    }

    private Superbox superbox(Box box, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(Problem.of("c2pa.jumbf.tooDeep", "JUMBF superboxes nest deeper than " + MAX_DEPTH
                    + " levels at byte " + box.start() + "; the deeper boxes were not read"));
            return null;
        }
        List<Box> parts = children(box);
        if (parts.isEmpty() || !parts.getFirst().type().equals("jumd")) {
            problems.add(Problem.of("c2pa.jumbf.noDescription", "the JUMBF superbox at byte " + box.start()
                    + " does not start with a description box 'jumd'; it was skipped"));
            return null;
        }
        return assemble(box, parts, depth);
    }

    private Superbox assemble(Box box, List<Box> parts, int depth) {
        Box description = parts.getFirst();
        var children = new ArrayList<Superbox>();
        var contents = new ArrayList<Box>();
        for (Box part : parts.subList(1, parts.size())) {
            if (part.type().equals("jumb")) {
                Superbox child = superbox(part, depth + 1);
                if (child != null) {
                    children.add(child);
                }
            } else {
                contents.add(part);
            }
        }
        return new Superbox(box, descriptionType(description), label(description), List.copyOf(children),
                List.copyOf(contents));
    }

    private List<Box> children(Box parent) {
        var result = new ArrayList<Box>();
        int pos = parent.contentStart();
        while (pos < parent.end()) {
            if (++boxes > MAX_BOXES) {
                problems.add(Problem.of("c2pa.jumbf.tooManyBoxes", "the manifest store has more than " + MAX_BOXES
                        + " JUMBF boxes; the rest were not read"));
                break;
            }
            Box box = header(pos, parent.end());
            if (box == null) {
                break;
            }
            result.add(box);
            pos = box.end();
        }
        return result;
    }

    /** The box whose header starts at {@code pos}, cut at {@code limit}; null (with a problem) when unreadable. */
    private Box header(int pos, int limit) {
        if (limit - pos < 8) {
            problems.add(Problem.of("c2pa.jumbf.truncated", "a JUMBF box header at byte " + pos
                    + " is cut short (" + (limit - pos) + " of 8 bytes); the manifest store is truncated"));
            return null;
        }
        long size = u32(pos);
        String type = fourCc(pos + 4);
        int headerLength = 8;
        if (size == 1) {
            if (limit - pos < 16) {
                problems.add(Problem.of("c2pa.jumbf.truncated", "the extended size of JUMBF box '" + type
                        + "' at byte " + pos + " is cut short; the manifest store is truncated"));
                return null;
            }
            size = u64(pos + 8);
            headerLength = 16;
        } else if (size == 0) {
            size = limit - pos;
        }
        if (size < headerLength) {
            problems.add(Problem.of("c2pa.jumbf.badLength", "JUMBF box '" + type + "' at byte " + pos
                    + " claims " + size + " bytes, less than its own header; the manifest store is damaged"));
            return null;
        }
        return box(type, pos, headerLength, size, limit);
    }

    private Box box(String type, int pos, int headerLength, long size, int limit) {
        long end = pos + size;
        if (end > limit || end < 0) {
            problems.add(Problem.of("c2pa.jumbf.truncated", "JUMBF box '" + type + "' at byte " + pos + " claims "
                    + size + " bytes but only " + (limit - pos) + " remain; it was read up to the end"));
            end = limit;
        }
        return new Box(type, pos, pos + headerLength, (int) end);
    }

    private String descriptionType(Box description) {
        if (description.contentLength() < 17) {
            problems.add(Problem.of("c2pa.jumbf.shortDescription", "the JUMBF description box at byte "
                    + description.start() + " has " + description.contentLength()
                    + " bytes, fewer than the 17 a type and toggles need"));
            return "";
        }
        int at = description.contentStart();
        boolean c2pa = java.util.Arrays.equals(bytes, at + 4, at + 16, C2PA_UUID_TAIL, 0, 12);
        return c2pa ? fourCc(at) : HexFormat.of().formatHex(bytes, at, at + 16);
    }

    private String label(Box description) {
        int at = description.contentStart() + 16;
        if (description.contentLength() < 17 || (bytes[at] & 0x02) == 0) {
            return null;
        }
        int start = at + 1;
        int stop = Math.min(description.end(), start + MAX_LABEL);
        int nul = start;
        while (nul < stop && bytes[nul] != 0) {
            nul++;
        }
        if (nul == stop) {
            problems.add(Problem.of("c2pa.jumbf.unterminatedLabel", "the JUMBF label at byte " + start
                    + " has no terminating NUL within " + MAX_LABEL + " bytes; it was cut there"));
        }
        return new String(bytes, start, nul - start, StandardCharsets.UTF_8);
    }

    private String fourCc(int at) {
        var out = new StringBuilder(4);
        for (int i = at; i < at + 4; i++) {
            int c = bytes[i] & 0xFF;
            out.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return out.toString();
    }

    private long u32(int at) {
        return ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFFL) << 16) | ((bytes[at + 2] & 0xFFL) << 8)
                | (bytes[at + 3] & 0xFFL);
    }

    private long u64(int at) {
        return (u32(at) << 32) | u32(at + 4);
    }
}
