package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.photodesk.core.photo.Problem;

/**
 * A C2PA claim, the signed statement of a manifest: who made it, which assertions it vouches for (each by a
 * hashed URI) and where its signature is.
 *
 * <p>Claims v1 ({@code c2pa.claim}) list {@code assertions} and name {@code claim_generator} with an array of
 * {@code claim_generator_info}; claims v2 ({@code c2pa.claim.v2}) list {@code created_assertions} and
 * {@code gathered_assertions} and give one {@code claim_generator_info} map.
 *
 * @param generator the generator to show ("name version" from the info, else {@code claim_generator}), or null
 * @param title the {@code dc:title}, or null
 * @param signature the JUMBF URI of the signature box, or null
 * @param alg the default hash algorithm for the hashed URIs, or null
 * @param assertions the assertions the claim vouches for, in order
 */
record Claim(String generator, String title, String signature, String alg, List<HashedUri> assertions) {

    /** Most assertion references read from one claim. */
    static final int MAX_ASSERTIONS = 10_000;

    /**
     * A reference to a box with the hash of its contents.
     *
     * @param url a JUMBF URI such as {@code self#jumbf=c2pa.assertions/c2pa.actions}
     * @param alg the hash algorithm, or null for the claim's default
     * @param hash the expected hash, or null when missing
     */
    record HashedUri(String url, String alg, byte[] hash) {}

    /** The claim in {@code node}; problems go to {@code problems}. */
    static Claim of(JsonNode node, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(Problem.of("c2pa.claim.notMap", "the C2PA claim is not a CBOR map; the manifest is damaged"));
            return new Claim(null, null, null, null, List.of());
        }
        var refs = new ArrayList<HashedUri>();
        for (String field : List.of("assertions", "created_assertions", "gathered_assertions")) {
            hashedUris(node.get(field), refs, problems);
        }
        return new Claim(generator(node), Cbor.text(node, "dc:title"), Cbor.text(node, "signature"),
                Cbor.text(node, "alg"), List.copyOf(refs));
    }

    private static String generator(JsonNode node) {
        JsonNode info = node.get("claim_generator_info");
        JsonNode first = info != null && info.isArray() && !info.isEmpty() ? info.get(0) : info;
        String name = Cbor.text(first, "name");
        if (name != null && !name.isBlank()) {
            String version = Cbor.text(first, "version");
            return version == null || version.isBlank() ? name : name + " " + version;
        }
        return Cbor.text(node, "claim_generator");
    }

    private static void hashedUris(JsonNode list, List<HashedUri> refs, List<Problem> problems) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode item : list) {
            if (refs.size() >= MAX_ASSERTIONS) {
                problems.add(Problem.of("c2pa.claim.tooManyAssertions", "the claim lists more than "
                        + MAX_ASSERTIONS + " assertions; the rest were not read"));
                return;
            }
            String url = Cbor.text(item, "url");
            if (url == null) {
                problems.add(Problem.of("c2pa.claim.badReference", "an assertion reference in the claim has no url"));
                continue;
            }
            refs.add(new HashedUri(url, Cbor.text(item, "alg"), Cbor.binary(item, "hash")));
        }
    }
}
