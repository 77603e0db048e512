package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.provenance.C2paTestWriter.Signed;
import org.photodesk.core.provenance.C2paTestWriter.Spec;
import org.photodesk.core.provenance.TestCredentials.Algorithm;
import org.photodesk.core.provenance.TestCredentials.Authority;
import org.photodesk.core.provenance.TestCredentials.Signer;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class C2paStripperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Authority root = TestCredentials.root("Photodesk Test Root");
    private final Signer signer = TestCredentials.signer(root, Algorithm.ES256);
    private final C2paReader reader = new C2paReader();

    @Test
    void strippingAJpegGivesBackExactlyTheBytesBeforeSigning() {
        byte[] jpeg = C2paFixtures.read(C2paFixtures.JPEG);
        Signed signed = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated().withMaxSegment(400), signer, null);
        assertThat(C2paStripper.carriesManifest(signed.file())).isTrue();

        byte[] stripped = C2paStripper.strip(signed.file());

        assertThat(stripped).isEqualTo(jpeg);
        assertThat(C2paStripper.carriesManifest(stripped)).isFalse();
        assertThat(reader.read(stripped).validation()).isEqualTo(new Validation.Absent());
    }

    @Test
    void exiftoolSeesNoJumbfAfterStrippingAndTheSameOtherMetadata(@TempDir Path dir) throws IOException {
        Path tagged = dir.resolve("tagged.jpg");
        Files.copy(C2paFixtures.PHOTO, tagged);
        C2paFixtures.read(C2paFixtures.PHOTO);
        C2paFixtures.exiftool("-q", "-overwrite_original", "-IPTC:Caption-Abstract=Ladybird on a leaf, test caption",
                "-XMP-dc:Creator=Test Photographer", "-EXIF:Artist=Test Photographer", "-XMP-photoshop:Credit=Test",
                "-XMP-iptcExt:DigitalSourceType=http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
                tagged.toString());
        Path signed = dir.resolve("signed.jpg");
        Files.write(signed, C2paTestWriter.signJpeg(Files.readAllBytes(tagged), Spec.aiGenerated().withMaxSegment(2000),
                signer, null).file());
        Path stripped = dir.resolve("stripped.jpg");
        Files.write(stripped, C2paStripper.strip(Files.readAllBytes(signed)));

        JsonNode before = metadata(signed);
        JsonNode after = metadata(stripped);

        assertThat(groups(before)).contains("JUMBF", "CBOR");
        assertThat(groups(after)).doesNotContain("JUMBF", "CBOR", "JSON");
        assertThat(withoutC2pa(after)).isEqualTo(withoutC2pa(before));
        assertThat(after.get("IPTC:Caption-Abstract").asText()).isEqualTo("Ladybird on a leaf, test caption");
        assertThat(withoutC2pa(after)).isEqualTo(withoutC2pa(metadata(tagged)));
    }

    @Test
    void strippingAPngRemovesItsCabxChunkOnly() {
        byte[] png = C2paFixtures.small("png", 40, 30);
        Signed signed = C2paTestWriter.signPng(png, Spec.aiGenerated(), signer, null);

        assertThat(C2paStripper.strip(signed.file())).isEqualTo(png);
    }

    @Test
    void otherApp11SegmentsAndFilesWithoutCredentialsAreKept() {
        byte[] jpeg = C2paFixtures.small("jpeg", 32, 32);
        byte[] otherJumbf = C2paTestWriter.superbox("json", "not.c2pa", C2paTestWriter.box("json", "{}".getBytes()));
        byte[] payload = new byte[8 + otherJumbf.length];
        System.arraycopy(new byte[] {'J', 'P', 0, 1, 0, 0, 0, 1}, 0, payload, 0, 8);
        System.arraycopy(otherJumbf, 0, payload, 8, otherJumbf.length);
        byte[] withApp11 = segmentAfterSoi(jpeg, 0xEB, payload);

        assertThat(C2paStripper.strip(withApp11)).isSameAs(withApp11);
        assertThat(C2paStripper.strip(jpeg)).isSameAs(jpeg);
        byte[] junk = "not an image".getBytes();
        assertThat(C2paStripper.strip(junk)).isSameAs(junk);
        assertThat(reader.read(withApp11).validation()).isEqualTo(new Validation.Absent());
    }

    @Test
    void aSecondManifestStoreIsStrippedToo() {
        byte[] jpeg = C2paFixtures.small("jpeg", 32, 32);
        byte[] once = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), signer, null).file();
        byte[] twice = C2paTestWriter.signJpeg(once, Spec.aiGenerated().withMaxSegment(500), signer, null).file();

        assertThat(reader.read(twice).problems()).extracting(p -> p.code()).contains("c2pa.jpeg.secondStore");
        assertThat(C2paStripper.strip(twice)).isEqualTo(jpeg);
    }

    private static JsonNode metadata(Path file) throws IOException {
        return JSON.readTree(C2paFixtures.exiftool("-json", "-G1", "-a", "-n", file.toString())).get(0);
    }

    private static List<String> groups(JsonNode node) {
        var groups = new ArrayList<String>();
        node.fieldNames().forEachRemaining(f -> groups.add(f.contains(":") ? f.substring(0, f.indexOf(':')) : f));
        return groups;
    }

    /** exiftool's view without the C2PA groups and the tags that describe the file rather than its content. */
    private static JsonNode withoutC2pa(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        var drop = new ArrayList<String>();
        copy.fieldNames().forEachRemaining(f -> {
            if (f.startsWith("JUMBF:") || f.startsWith("CBOR:") || f.startsWith("JSON:") || f.startsWith("System:")
                    || f.startsWith("Jpeg2000:") || f.equals("SourceFile") || f.equals("ExifTool:Warning")) {
                drop.add(f);
            }
        });
        copy.remove(drop);
        return copy;
    }

    private static byte[] segmentAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) marker;
        out[4] = (byte) ((payload.length + 2) >> 8);
        out[5] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }
}
