package org.photodesk.core.provenance;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The address of a remote C2PA manifest that a file names in its XMP ({@code dcterms:provenance}, C2PA 2.x section
 * "Embedding a reference to an external manifest") instead of carrying the manifest. Found by a byte search of the
 * file's metadata (before a JPEG's first scan or a PNG's first IDAT, at most 4 MiB), where the XMP packet lies; the
 * manifest itself is never fetched here.
 */
final class RemoteManifest {

    /** How far into the file the XMP packet is looked for. */
    static final int SEARCH_LIMIT = 4 * 1024 * 1024;
    /** Longest address read. */
    static final int MAX_URL = 2048;

    private static final byte[] NAME = "dcterms:provenance".getBytes(StandardCharsets.US_ASCII);

    private RemoteManifest() {}

    /** The remote manifest's address, when the file's XMP gives one. */
    static Optional<String> find(byte[] file) {
        int limit = Math.min(Carrier.metadataEnd(file), SEARCH_LIMIT);
        for (int at = indexOf(file, 0, limit); at >= 0; at = indexOf(file, at + 1, limit)) {
            Optional<String> url = valueAfter(file, at + NAME.length, limit);
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.empty();
    }

    /** The attribute value ({@code ="..."}) or element text ({@code >...<}) right after the name. */
    private static Optional<String> valueAfter(byte[] file, int pos, int limit) {
        if (pos + 2 > limit) {
            return Optional.empty();
        }
        byte end;
        if (file[pos] == '=' && (file[pos + 1] == '"' || file[pos + 1] == '\'')) {
            end = file[pos + 1];
            pos += 2;
        } else if (file[pos] == '>') {
            end = '<';
            pos += 1;
        } else {
            return Optional.empty();
        }
        int stop = pos;
        while (stop < limit && stop - pos < MAX_URL && file[stop] != end && file[stop] >= 0x21 && file[stop] < 0x7F) {
            stop++;
        }
        boolean closed = stop < limit && file[stop] == end && stop > pos;
        return closed ? Optional.of(new String(file, pos, stop - pos, StandardCharsets.US_ASCII)) : Optional.empty();
    }

    private static int indexOf(byte[] file, int from, int limit) {
        outer:
        for (int i = from; i + NAME.length <= limit; i++) {
            for (int j = 0; j < NAME.length; j++) {
                if (file[i + j] != NAME[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
