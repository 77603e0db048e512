package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.provenance.C2paStripper;

/**
 * What a published JPEG carries, read back by exiftool (the oracle): the published fields, the same in IIM, XMP and
 * EXIF, with a digest that matches; nothing private of an agency original that carries GPS, serial numbers, owner
 * names, instructions, comments and a C2PA manifest store.
 */
class JpegCaptionWriterTest {

    private static final String CAPTION = "Angèle Roux of France wins the Zürich marathon in Zürich, Switzerland.";
    private static final String HOSTILE = "<script>alert(1)</script>\" onerror=alert(1) x=\" & Zürich\u0001";

    @TempDir
    Path tmp;

    /** An agency original as a careless camera and desk leave it: private data everywhere, a stale caption. */
    private byte[] agencyOriginal() throws Exception {
        byte[] jpeg = TestJpegs.withTags(TestJpegs.jpeg(640, 427, Color.ORANGE, Color.BLUE), tmp,
                "-EXIF:GPSLatitude=47.3769", "-EXIF:GPSLatitudeRef=N", "-EXIF:GPSLongitude=8.5417",
                "-EXIF:GPSLongitudeRef=E", "-EXIF:SerialNumber=CAM-0042-SECRET", "-EXIF:LensSerialNumber=LENS-77",
                "-EXIF:OwnerName=Private Owner", "-EXIF:Artist=Private Owner", "-EXIF:UserComment=call 555 0100",
                "-EXIF:ImageUniqueID=0123456789abcdef0123456789abcdef", "-EXIF:XPAuthor=Private Owner",
                "-EXIF:ImageDescription=Stale agency caption", "-EXIF:Make=Canon", "-EXIF:Model=Canon EOS R3",
                "-EXIF:ExposureTime=1/1000", "-EXIF:FNumber=2.8", "-EXIF:ISO=400", "-EXIF:LensModel=RF70-200mm",
                "-EXIF:DateTimeOriginal=2024:08:11 10:04:05", "-EXIF:Orientation#=1",
                "-IPTC:SpecialInstructions=EMBARGOED UNTIL 0001 GMT AUG 13, 2024. Do not use before.",
                "-IPTC:Caption-Abstract=Stale agency caption", "-IPTC:OriginalTransmissionReference=JOB-7781",
                "-IPTC:Contact=desk@agency.example", "-IPTC:ReleaseDate=2024:08:13",
                "-XMP-photoshop:Instructions=EMBARGOED UNTIL 0001 GMT AUG 13, 2024",
                "-XMP-dc:Description=Stale agency caption", "-XMP-iptcCore:CreatorWorkEmail=jonas@private.example",
                "-XMP-aux:SerialNumber=CAM-0042-SECRET", "-XMP-exif:GPSLatitude=47.3769",
                "-Comment=shot by the owner, call 555 0100");
        return withC2paStore(jpeg);
    }

    private static PublishedFields fields(String caption) {
        PhotoMetadata m = PhotoMetadata.builder().caption("The photo's own caption").headline("Switzerland Marathon")
                .title("SUI-MARATHON-0811").byline(List.of("Jonas Keller")).bylineTitle("Staff photographer")
                .credit("AP").source("AP").copyright("© 2024 The Associated Press").city("Zürich")
                .sublocation("Seefeld").state("Zürich").country("Switzerland").countryCode("CHE")
                .locationsShown(List.of("Lake Zürich")).keywords(List.of("marathon", "athletics"))
                .people(List.of("Angèle Roux")).event("Zürich Marathon 2024")
                .dateCreated(new DateCreated(LocalDate.of(2024, 8, 11), LocalTime.of(10, 4, 5), ZoneOffset.ofHours(2)))
                .digitalSourceType("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture")
                .instructions("EMBARGOED UNTIL 0001 GMT AUG 13, 2024").transmissionReference("JOB-7781").build();
        return PublishedFields.of(m, caption, "Jonas Keller/AP", "© 2024 The Associated Press",
                "Runner crossing a finish line", "EDITORIAL USE ONLY. NO SALES.", "https://news.example/licence",
                "https://news.example/licensing");
    }

    private JsonNode exiftool(byte[] jpeg, String... extra) throws Exception {
        Path file = Files.createTempFile(tmp, "published", ".jpg");
        Files.write(file, jpeg);
        var args = new ArrayList<>(List.of("-json", "-G1", "-a", "-struct", "-charset", "iptc=UTF8"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        return new ObjectMapper().readTree(TestJpegs.exiftool(args)).get(0);
    }

    /** The text of a tag, the first item's when exiftool gives a list. */
    private static String first(JsonNode tag) {
        return tag.isArray() ? tag.path(0).asText() : tag.asText();
    }

    private static List<String> keys(JsonNode tags) {
        var out = new ArrayList<String>();
        for (Iterator<String> it = tags.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void nothingPrivateOfTheOriginalIsPublished() throws Exception {
        byte[] original = agencyOriginal();
        assertThat(C2paStripper.carriesManifest(original)).as("the fixture carries a manifest store").isTrue();
        JsonNode before = exiftool(original);
        assertThat(keys(before)).as("the fixture carries what must go")
                .anyMatch(k -> k.contains("GPS")).anyMatch(k -> k.endsWith("SerialNumber"))
                .anyMatch(k -> k.endsWith("SpecialInstructions")).anyMatch(k -> k.endsWith(":Comment"));

        byte[] published = new JpegCaptionWriter().write(original, fields(CAPTION));
        JsonNode tags = exiftool(published);

        assertThat(keys(tags)).noneMatch(k -> k.contains("GPS")).noneMatch(k -> k.contains("Serial"))
                .noneMatch(k -> k.contains("Owner")).noneMatch(k -> k.contains("Instructions"))
                .noneMatch(k -> k.endsWith(":Comment")).noneMatch(k -> k.endsWith("UserComment"))
                .noneMatch(k -> k.endsWith("ImageUniqueID")).noneMatch(k -> k.endsWith("XPAuthor"))
                .noneMatch(k -> k.endsWith("OriginalTransmissionReference")).noneMatch(k -> k.endsWith(":Contact"))
                .noneMatch(k -> k.contains("CreatorContactInfo")).noneMatch(k -> k.endsWith("ReleaseDate"))
                .noneMatch(k -> k.startsWith("JUMBF")).noneMatch(k -> k.startsWith("C2PA"));
        String all = tags.toString();
        assertThat(all).doesNotContain("SECRET", "555 0100", "Private Owner", "private.example", "EMBARGOED",
                "Stale agency caption", "JOB-7781");
        assertThat(C2paStripper.carriesManifest(published)).isFalse();
        assertThat(tags.path("IFD0:Make").asText()).as("the keep list keeps how it was taken").isEqualTo("Canon");
        assertThat(tags.path("ExifIFD:ExposureTime").asText()).isEqualTo("1/1000");
        assertThat(tags.path("ExifIFD:LensModel").asText()).isEqualTo("RF70-200mm");
        assertThat(JpegImages.size(published)).isEqualTo(new java.awt.Dimension(640, 427));
    }

    @Test
    void iimXmpAndExifCarryTheSameCaptionCreditBylineAndCopyright() throws Exception {
        String override = "Läufer passieren den See in Zürich, Angèle Roux führt.";
        byte[] published = new JpegCaptionWriter().write(agencyOriginal(), fields(override));
        JsonNode tags = exiftool(published);
        JsonNode mwg = exiftool(published, "-use", "MWG", "-MWG:Description", "-MWG:Creator", "-MWG:Copyright");

        assertThat(tags.path("IPTC:Caption-Abstract").asText()).isEqualTo(override);
        assertThat(tags.path("XMP-dc:Description").asText()).isEqualTo(override);
        assertThat(tags.path("IFD0:ImageDescription").asText()).isEqualTo(override);
        assertThat(mwg.path("MWG:Description").asText()).as("exiftool's MWG description").isEqualTo(override);
        assertThat(tags.path("IPTC:Credit").asText()).isEqualTo("Jonas Keller/AP");
        assertThat(tags.path("XMP-photoshop:Credit").asText()).isEqualTo("Jonas Keller/AP");
        assertThat(tags.path("IPTC:By-line").asText()).isEqualTo("Jonas Keller");
        assertThat(first(tags.path("XMP-dc:Creator"))).isEqualTo("Jonas Keller");
        assertThat(tags.path("IFD0:Artist").asText()).isEqualTo("Jonas Keller");
        assertThat(first(mwg.path("MWG:Creator"))).isEqualTo("Jonas Keller");
        assertThat(mwg.path("MWG:Copyright").asText()).isEqualTo("© 2024 The Associated Press");
        for (String key : List.of("IPTC:CopyrightNotice", "XMP-dc:Rights", "IFD0:Copyright")) {
            assertThat(tags.path(key).asText()).as(key).isEqualTo("© 2024 The Associated Press");
        }
        assertThat(tags.path("IPTC:CodedCharacterSet").asText()).isEqualTo("UTF8");
    }

    @Test
    void theIimDigestIsFreshSoReadersSeeIimAndXmpInStep() throws Exception {
        JsonNode tags = exiftool(new JpegCaptionWriter().write(agencyOriginal(), fields(CAPTION)),
                "-IPTCDigest", "-CurrentIPTCDigest");

        assertThat(tags.path("Photoshop:IPTCDigest").asText()).isNotBlank()
                .isEqualTo(tags.path("File:CurrentIPTCDigest").asText());
    }

    @Test
    void xmpCarriesTheIptcCoreAndExtensionFieldsThePhotoHas() throws Exception {
        JsonNode t = exiftool(new JpegCaptionWriter().write(agencyOriginal(), fields(CAPTION)));

        assertThat(t.path("XMP-dc:Title").asText()).isEqualTo("SUI-MARATHON-0811");
        assertThat(t.path("XMP-photoshop:Headline").asText()).isEqualTo("Switzerland Marathon");
        assertThat(t.path("XMP-photoshop:AuthorsPosition").asText()).isEqualTo("Staff photographer");
        assertThat(t.path("XMP-photoshop:Source").asText()).isEqualTo("AP");
        assertThat(t.path("XMP-photoshop:DateCreated").asText()).isEqualTo("2024:08:11 10:04:05+02:00");
        assertThat(t.path("XMP-photoshop:City").asText()).isEqualTo("Zürich");
        assertThat(t.path("XMP-iptcCore:Location").asText()).isEqualTo("Seefeld");
        assertThat(t.path("XMP-iptcCore:CountryCode").asText()).isEqualTo("CHE");
        assertThat(t.path("XMP-iptcCore:AltTextAccessibility").asText()).isEqualTo("Runner crossing a finish line");
        JsonNode created = t.path("XMP-iptcExt:LocationCreated");
        created = created.isArray() ? created.get(0) : created;
        assertThat(created.path("City").asText()).isEqualTo("Zürich");
        assertThat(created.path("CountryCode").asText()).isEqualTo("CHE");
        assertThat(t.path("XMP-iptcExt:LocationShown").toString()).contains("Lake Zürich");
        assertThat(t.path("XMP-iptcExt:PersonInImage").toString()).contains("Angèle Roux");
        assertThat(t.path("XMP-iptcExt:Event").asText()).isEqualTo("Zürich Marathon 2024");
        assertThat(t.path("XMP-iptcExt:DigitalSourceType").asText()).endsWith("digitalCapture");
        assertThat(t.path("XMP-dc:Subject").toString()).contains("marathon", "athletics");
        assertThat(t.path("XMP-xmpRights:UsageTerms").asText()).isEqualTo("EDITORIAL USE ONLY. NO SALES.");
        assertThat(t.path("XMP-xmpRights:WebStatement").asText()).isEqualTo("https://news.example/licence");
        assertThat(t.path("XMP-plus:Licensor").toString()).contains("https://news.example/licensing");
        assertThat(t.path("IPTC:Keywords").toString()).contains("marathon", "athletics");
        assertThat(t.path("IPTC:DateCreated").asText()).isEqualTo("2024:08:11");
        assertThat(t.path("IPTC:TimeCreated").asText()).isEqualTo("10:04:05+02:00");
        assertThat(t.path("IPTC:Sub-location").asText()).isEqualTo("Seefeld");
        assertThat(t.path("IPTC:ObjectName").asText()).isEqualTo("SUI-MARATHON-0811");
    }

    @Test
    void untrustedTextStaysTextAndTheFileStaysReadable() throws Exception {
        byte[] jpeg = TestJpegs.jpeg(320, 200, Color.BLUE, Color.YELLOW);
        byte[] out = new JpegCaptionWriter().write(jpeg, fields(HOSTILE));

        JsonNode tags = exiftool(out);
        String clean = HOSTILE.replace("\u0001", "");
        assertThat(tags.path("XMP-dc:Description").asText()).isEqualTo(clean);
        assertThat(JpegImages.size(out)).isEqualTo(new java.awt.Dimension(320, 200));
    }

    @Test
    void aHouseKeepListKeepsWhatItNamesAndNothingElse() throws Exception {
        var keep = ExifKeepList.fromEnvironment(Map.of(ExifKeepList.ENV, "Make, GPS"));
        JsonNode tags = exiftool(new JpegCaptionWriter(keep).write(agencyOriginal(), fields(CAPTION)));

        assertThat(tags.path("IFD0:Make").asText()).isEqualTo("Canon");
        assertThat(keys(tags)).anyMatch(k -> k.startsWith("GPS:")).noneMatch(k -> k.endsWith("ExposureTime"))
                .noneMatch(k -> k.contains("Serial"));
        assertThat(ExifKeepList.fromEnvironment(Map.of(ExifKeepList.ENV, "none"))).isEqualTo(ExifKeepList.NONE);
    }

    /** {@code jpeg} with a C2PA manifest store's first JUMBF box in an APP11 segment after SOI (C2PA 2.x, JPEG). */
    static byte[] withC2paStore(byte[] jpeg) throws Exception {
        var jumd = new ByteArrayOutputStream();
        jumd.write(java.util.HexFormat.of().parseHex("6332706100110010800000AA00389B71"));
        jumd.write(3);
        jumd.write("c2pa\0".getBytes(StandardCharsets.US_ASCII));
        byte[] description = box("jumd", jumd.toByteArray());
        byte[] store = box("jumb", description);
        var payload = new ByteArrayOutputStream();
        payload.write(new byte[] {'J', 'P', 0, 1, 0, 0, 0, 1});
        payload.write(store);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = payload.size() + 2;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) (length >> 8), (byte) length});
        out.write(payload.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] box(String type, byte[] payload) {
        var out = new ByteArrayOutputStream();
        int length = 8 + payload.length;
        out.write(length >> 24);
        out.write(length >> 16);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
