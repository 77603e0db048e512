package org.photodesk.core.photo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a photo's Content Credentials (C2PA) and its IPTC digital source type say, as the desk keeps and shows them:
 * the validation state, a sentence on it, the generator, the signer, the AI declaration and the source type in
 * words. Made at ingest from the full reading ({@code org.photodesk.core.provenance.Provenance}).
 *
 * @param state how far the credentials hold; {@link State#NONE} when the file carries none
 * @param summary one sentence for the desk on the state, or null when there are no credentials
 * @param generator the claim generator (signing software), or null
 * @param signer who signed the claim (organisation, else common name), or null
 * @param signedAt the time stamp's time, or null
 * @param ai what the credentials declare about generated content
 * @param digitalSourceType the IPTC digital source type URI the credentials declare, else the file's XMP one, or
 *     null
 * @param sourceType that type in words (such as "AI-generated"), or null
 * @param synthetic true when the picture is declared generated wholly or in part by an algorithm (the credentials'
 *     AI declaration, or a synthetic digital source type)
 * @param actions the names of the active manifest's actions, such as {@code c2pa.created}, in order
 */
public record PhotoProvenance(State state, String summary, String generator, String signer, Instant signedAt,
        Ai ai, String digitalSourceType, String sourceType, boolean synthetic, List<String> actions) {

    /** No credentials and no digital source type. */
    public static final PhotoProvenance NONE =
            new PhotoProvenance(State.NONE, null, null, null, null, Ai.NONE, null, null, false, List.of());

    /** How far a photo's Content Credentials hold, as the {@code c2pa:} filter names the states. */
    public enum State {
        /** Every check passed and the signer chains to a configured trust anchor. */
        VERIFIED,
        /** Nothing failed, but the signer could not be checked against a trust list here. */
        CLAIMED,
        /** A check failed: the file or its manifest changed after signing, or the manifest is unreadable. */
        INVALID,
        /** The file carries no Content Credentials. */
        NONE;

        /** The state's word, such as {@code verified}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the credentials declare about generated content. */
    public enum Ai {
        /** Nothing generated is declared. */
        NONE,
        /** Edited with, or composited from, generated content. */
        EDITED,
        /** Created by a generative model or another algorithm. */
        GENERATED;

        /** The declaration's word, such as {@code generated}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PhotoProvenance {
        Objects.requireNonNull(state, "state");
        ai = ai == null ? Ai.NONE : ai;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** True when the file carries Content Credentials, whatever their state. */
    public boolean present() {
        return state != State.NONE;
    }

    /** The badge the sheet shows: the state's word, with "AI" when synthetic; empty when there is nothing to say. */
    public String badge() {
        String credentials = present() ? "C2PA " + state.word() : "";
        String ai = synthetic ? "AI" : "";
        return (credentials + (credentials.isEmpty() || ai.isEmpty() ? "" : " · ") + ai);
    }
}
