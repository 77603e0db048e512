package org.photodesk.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.photo.RawMetadata;

/** Records for the store tests, with every field filled so that round trips prove something. */
public final class StoreFixtures {

    private StoreFixtures() {}

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes} in lower-case hex, as blob stores key originals. */
    public static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static PhotoMetadata fullMetadata(String caption) {
        return PhotoMetadata.builder()
                .headline("Flood waters rise in Passau")
                .caption(caption)
                .byline(List.of("Anna Körtig", "Jean-Luc Ébrard"))
                .bylineTitle("Staff photographer")
                .credit("Example Press")
                .source("EP")
                .copyright("© 2024 Example Press")
                .usageTerms("Editorial use only")
                .city("Passau")
                .sublocation("Altstadt")
                .state("Bavaria")
                .country("Germany")
                .countryCode("DEU")
                .locationsShown(List.of("Danube", "Inn"))
                .dateCreated(new DateCreated(LocalDate.of(2024, 6, 3), LocalTime.of(14, 5, 9), ZoneOffset.ofHours(2)))
                .keywords(List.of("flood", "weather", "river"))
                .instructions("No archive sales")
                .transmissionReference("EP-" + caption.hashCode())
                .people(List.of("Jürgen Dupraz"))
                .event("2024 European floods")
                .altText("A street under brown water between old houses")
                .digitalSourceType("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture")
                .title("PAS-0603-17")
                .build();
    }

    public static RawMetadata raw() {
        Map<String, List<String>> iim = new LinkedHashMap<>();
        iim.put("2:120 Caption-Abstract", List.of("Water in the streets"));
        iim.put("2:25 Keywords", List.of("flood", "weather"));
        Map<String, List<String>> xmp = new LinkedHashMap<>();
        xmp.put("dc:description", List.of("Water in the streets"));
        Map<String, List<String>> exif = new LinkedHashMap<>();
        exif.put("DateTimeOriginal", List.of("2024:06:03 14:05:09"));
        Map<String, List<String>> feed = new LinkedHashMap<>();
        feed.put("guid", List.of("urn:newsml:example.org:20240603:flood-17"));
        feed.put("version", List.of("2"));
        return new RawMetadata(new LinkedHashMap<>(iim), new LinkedHashMap<>(xmp), new LinkedHashMap<>(exif),
                new LinkedHashMap<>(feed));
    }

    /** A record for a file called {@code name}: its hashes are derived from the name and the caption. */
    public static PhotoRecord record(String name, String caption) {
        return new PhotoRecord(sha256(name + "|" + caption), sha256("pixels|" + name), name + ".jpg",
                new ImageInfo("image/jpeg", 4000, 2667, 1), 3_912_345L, fullMetadata(caption), "EP", raw(),
                List.of(new Problem("caption.weekday", "caption says Saturday but 2024-06-03 is a Monday",
                        "caption", new Problem.Span(0, 8), "Monday"), Problem.of("iim.truncated", "IIM ends early")));
    }

    /** A re-send of {@code original}: same pixels and transmission reference, new bytes and caption. */
    public static PhotoRecord resend(PhotoRecord original, String caption) {
        PhotoMetadata metadata = original.metadata().toBuilder().caption(caption).build();
        return new PhotoRecord(sha256(original.sha256() + "|" + caption), original.pixelHash(), original.fileName(),
                original.image(), original.sizeBytes() + 12, metadata, original.agency(), original.raw(), List.of());
    }

    /** {@code r} with {@code identity} and {@code provenance}. */
    public static PhotoRecord withIdentity(PhotoRecord r, ItemIdentity identity, PhotoProvenance provenance) {
        return new PhotoRecord(r.sha256(), r.pixelHash(), r.fileName(), r.image(), r.sizeBytes(), r.metadata(),
                r.agency(), r.raw(), r.problems(), r.embedded(), identity, provenance);
    }

    /** Content Credentials with every field filled: claimed, AI-generated. */
    public static PhotoProvenance provenance() {
        return new PhotoProvenance(PhotoProvenance.State.CLAIMED, "Content Credentials claimed, not verified: no trust"
                + " anchors", "Photodesk Test Generator 1.0", "Photodesk Test Newsroom",
                Instant.parse("2024-06-03T11:59:00Z"), PhotoProvenance.Ai.GENERATED,
                "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", "AI-generated", true,
                List.of("c2pa.created", "c2pa.edited"));
    }
}
