package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * A {@code c2pa.hash.data} assertion, the hard binding of a manifest to a JPEG or PNG: the hash of the file's bytes
 * with the listed ranges (the manifest store's own segments) left out.
 *
 * @param exclusions the byte ranges left out of the hash, sorted by start
 * @param alg the hash algorithm (C2PA name such as {@code sha256}), or null for the claim's default
 * @param hash the expected hash
 */
record DataHash(List<Exclusion> exclusions, String alg, byte[] hash) {

    /** Most exclusions read. */
    static final int MAX_EXCLUSIONS = 1_000;

    /** A range {@code [start, start + length)} of the file left out of the hash. */
    record Exclusion(long start, long length) {}

    /** The data hash in {@code node}, or empty with a problem when it has no hash or malformed exclusions. */
    static Optional<DataHash> of(JsonNode node, List<Problem> problems) {
        byte[] hash = Cbor.binary(node, "hash");
        if (hash == null) {
            problems.add(Problem.of("c2pa.hash.malformed", "the c2pa.hash.data assertion has no hash"));
            return Optional.empty();
        }
        var exclusions = new ArrayList<Exclusion>();
        JsonNode list = node.get("exclusions");
        for (JsonNode e : list != null && list.isArray() ? list : List.<JsonNode>of()) {
            JsonNode start = e.get("start");
            JsonNode length = e.get("length");
            if (start == null || length == null || !start.canConvertToLong() || !length.canConvertToLong()
                    || exclusions.size() >= MAX_EXCLUSIONS) {
                problems.add(Problem.of("c2pa.hash.malformed", "an exclusion of c2pa.hash.data is not a pair of"
                        + " integers start and length, or there are too many"));
                return Optional.empty();
            }
            exclusions.add(new Exclusion(start.asLong(), length.asLong()));
        }
        exclusions.sort(Comparator.comparingLong(Exclusion::start));
        return Optional.of(new DataHash(List.copyOf(exclusions), Cbor.text(node, "alg"), hash));
    }

    /** Why the hash of {@code file} does not match, or null when it does; {@code digest} is fresh. */
    String mismatch(byte[] file, MessageDigest digest) {
        long pos = 0;
        for (Exclusion e : exclusions) {
            boolean outside = e.start() > file.length || e.length() > file.length - e.start();
            if (e.start() < pos || e.length() < 0 || outside) {
                return "the data hash excludes bytes " + e.start() + " to " + (e.start() + e.length())
                        + ", which overlap another exclusion or lie beyond the file's " + file.length + " bytes";
            }
            digest.update(file, (int) pos, (int) (e.start() - pos));
            pos = e.start() + e.length();
        }
        digest.update(file, (int) pos, (int) (file.length - pos));
        return MessageDigest.isEqual(digest.digest(), hash) ? null
                : "the picture's bytes do not match the hash in the manifest: the file was changed after signing";
    }
}
