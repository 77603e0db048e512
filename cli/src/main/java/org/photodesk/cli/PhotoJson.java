package org.photodesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.photo.Problem;

/**
 * The JSON shape of a photo, shared by the command line ({@code --json}) and the REST API; documented in the README.
 */
@JsonPropertyOrder({"id", "sha256", "fileName", "mediaType", "width", "height", "agency", "headline", "title", "caption",
        "byline", "bylineTitle", "credit", "source", "copyright", "usageTerms", "city", "sublocation", "state",
        "country", "countryCode", "locationsShown", "dateCreated", "keywords", "instructions", "transmissionReference",
        "people", "event", "altText", "digitalSourceType", "provenance", "problems", "version", "rating", "labels",
        "ingestedAt", "updatedAt", "kill", "nearDuplicates", "burst"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PhotoJson(long id, String sha256, String fileName, String mediaType, int width, int height,
        String agency, String headline, String title, String caption, List<String> byline, String bylineTitle,
        String credit, String source, String copyright, String usageTerms, String city, String sublocation,
        String state, String country, String countryCode, List<String> locationsShown, String dateCreated,
        List<String> keywords, String instructions, String transmissionReference, List<String> people, String event,
        String altText, String digitalSourceType, ProvenanceJson provenance, List<ProblemJson> problems, int version,
        int rating, List<String> labels, String ingestedAt, String updatedAt, KillJson kill,
        List<NearJson> nearDuplicates, List<NearJson> burst) {

    /** A photo showing the same picture ({@code nearDuplicates}) or a frame of the same burst, bits apart. */
    @JsonPropertyOrder({"id", "distance"})
    public record NearJson(long id, int distance) {}

    /**
     * What the photo's Content Credentials (C2PA) and digital source type say: {@code state} is {@code verified},
     * {@code claimed}, {@code invalid} or {@code none}; {@code ai} is {@code none}, {@code edited} or
     * {@code generated}; {@code synthetic} is true when generated wholly or in part (credentials or source type).
     */
    @JsonPropertyOrder({"state", "summary", "generator", "signer", "signedAt", "ai", "digitalSourceType", "sourceType",
            "synthetic", "actions"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProvenanceJson(String state, String summary, String generator, String signer, String signedAt,
            String ai, String digitalSourceType, String sourceType, boolean synthetic, List<String> actions) {
        public static ProvenanceJson of(PhotoProvenance p) {
            return new ProvenanceJson(p.state().word(), p.summary(), p.generator(), p.signer(),
                    p.signedAt() == null ? null : p.signedAt().toString(), p.ai().word(), p.digitalSourceType(),
                    p.sourceType(), p.synthetic(), p.actions());
        }
    }

    /** A photo's kill as {@code {"at":..., "reason":..., "source":..., "user":...}}; null when it was not killed. */
    @JsonPropertyOrder({"at", "reason", "source", "user"})
    public record KillJson(String at, String reason, String source, String user) {
        static KillJson of(org.photodesk.core.photo.PhotoKill k) {
            return k == null ? null : new KillJson(k.at().toString(), k.reason(), k.source(), k.user());
        }
    }

    /** A problem as {@code {"code":..., "message":...}}, with its field, span and fix when it has them. */
    @JsonPropertyOrder({"code", "message", "field", "start", "end", "fix"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProblemJson(String code, String message, String field, Integer start, Integer end, String fix) {
        public static ProblemJson of(Problem p) {
            return new ProblemJson(p.code(), p.message(), p.field(), p.span() == null ? null : p.span().start(),
                    p.span() == null ? null : p.span().end(), p.fix());
        }
    }

    /** The JSON view of {@code photo}: the desk's metadata (the file's with the editors' edits). */
    public static PhotoJson of(Photo photo) {
        return of(photo, List.of());
    }

    /** The JSON view of {@code photo} with the photos near it ({@code NearDuplicates.of}). */
    public static PhotoJson of(Photo photo, List<org.photodesk.core.similar.NearDuplicates.Link> near) {
        PhotoMetadata m = photo.metadata();
        return new PhotoJson(photo.id(), photo.sha256(), photo.fileName(), photo.mediaType(), photo.width(),
                photo.height(), photo.agency(), m.headline(), m.title(), m.caption(), m.byline(), m.bylineTitle(),
                m.credit(), m.source(), m.copyright(), m.usageTerms(), m.city(), m.sublocation(), m.state(),
                m.country(), m.countryCode(), m.locationsShown(), m.dateCreated() == null ? null : m.dateCreated().iso(),
                m.keywords(), m.instructions(), m.transmissionReference(), m.people(), m.event(), m.altText(),
                m.digitalSourceType(), ProvenanceJson.of(photo.provenance()),
                photo.problems().stream().map(ProblemJson::of).toList(), photo.version(),
                photo.rating(), photo.labels(), String.valueOf(photo.ingestedAt()),
                photo.updatedAt() == null ? null : photo.updatedAt().toString(), KillJson.of(photo.kill()),
                near.stream().filter(l -> l.duplicate()).map(l -> new NearJson(l.id(), l.distance())).toList(),
                near.stream().filter(l -> !l.duplicate()).map(l -> new NearJson(l.id(), l.distance())).toList());
    }
}
