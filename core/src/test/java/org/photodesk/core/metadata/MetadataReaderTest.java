package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();
    private final byte[] jpeg = TestImages.image("jpg", 24, 16, 1);

    @Test
    void textIsNotAnImage() {
        MetadataRead read = reader.read("date 2024-08-11\nA story.".getBytes(StandardCharsets.UTF_8));
        assertThat(read.image()).isNull();
        assertThat(read.metadata()).isEqualTo(PhotoMetadata.EMPTY);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("format.unknown");
            assertThat(p.message()).contains("looks like text, not an image");
        });
    }

    @Test
    void otherUnknownFormatsAreDescribed() {
        assertThat(message(new byte[0])).contains("empty");
        assertThat(message("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("GIF");
        assertThat(message("<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).contains("HTML");
        assertThat(message(new byte[] {0, 1, 2, 3, (byte) 0xFE})).contains("00 01 02 03 fe");
        assertThat(reader.read(null).problems()).extracting(Problem::code).containsExactly("format.unknown");
    }

    private String message(byte[] bytes) {
        return reader.read(bytes).problems().getFirst().message();
    }

    @Test
    void readsSizeOfEachFormatFromItsHeader() {
        assertThat(reader.read(jpeg).image()).isEqualTo(new ImageInfo("image/jpeg", 24, 16, 1));
        assertThat(reader.read(TestImages.image("png", 30, 20, 1)).image())
                .isEqualTo(new ImageInfo("image/png", 30, 20, 1));
        assertThat(reader.read(TestImages.image("tiff", 12, 10, 1)).image())
                .isEqualTo(new ImageInfo("image/tiff", 12, 10, 1));
        assertThat(reader.read(jpeg).problems()).isEmpty();
    }

    @Test
    void readsVp8xWebpHeader() {
        byte[] webp = {'R', 'I', 'F', 'F', 22, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X', 10, 0, 0, 0,
            0, 0, 0, 0, 99, 0, 0, 49, 0, 0};
        MetadataRead read = reader.read(webp);
        assertThat(read.image()).isEqualTo(new ImageInfo("image/webp", 100, 50, 1));
    }

    @Test
    void iimWithUtf8DeclarationAndMatchingDigestLetsXmpWinOnlyWhenPresent() {
        byte[] iim = new IimReaderTest.Iim().utf8()
                .add(105, "Κεφαλίδα", StandardCharsets.UTF_8)
                .add(120, "Λεζάντα", StandardCharsets.UTF_8)
                .bytes();
        byte[] file = TestImages.withSegment(jpeg, 0xED,
                TestImages.photoshop(0x0404, iim, 0x0425, TestImages.md5(iim)));
        MetadataRead read = reader.read(file);
        assertThat(read.metadata().headline()).isEqualTo("Κεφαλίδα");
        assertThat(read.metadata().caption()).isEqualTo("Λεζάντα");
        assertThat(read.raw().iim()).containsKey("2:105 Headline");
        assertThat(read.problems()).isEmpty();
        assertThat(MetadataReader.digest(new PhotoshopResources(iim, TestImages.md5(iim), null)))
                .isEqualTo(MetadataMerger.Digest.MATCHES);
        assertThat(MetadataReader.digest(new PhotoshopResources(iim, new byte[16], null)))
                .isEqualTo(MetadataMerger.Digest.STALE);
        assertThat(MetadataReader.digest(new PhotoshopResources(iim, null, null)))
                .isEqualTo(MetadataMerger.Digest.ABSENT);
    }

    @Test
    void latin1IimIsReadWithAFallbackNote() {
        byte[] iim = new IimReaderTest.Iim().add(80, "François Lefèvre", StandardCharsets.ISO_8859_1).bytes();
        MetadataRead read = reader.read(TestImages.withSegment(jpeg, 0xED, TestImages.photoshop(0x0404, iim)));
        assertThat(read.metadata().byline()).containsExactly("François Lefèvre");
        assertThat(read.problems()).extracting(Problem::code).containsExactly("iim.charset.fallback");
    }

    @Test
    void truncatedJpegStillGivesWhatItCan() {
        byte[] iim = new IimReaderTest.Iim().add(105, "Still here", StandardCharsets.US_ASCII).bytes();
        byte[] file = TestImages.withSegment(jpeg, 0xED, TestImages.photoshop(0x0404, iim));
        MetadataRead read = reader.read(Arrays.copyOf(file, 80));
        assertThat(read.image().mediaType()).isEqualTo("image/jpeg");
        assertThat(read.metadata().headline()).isEqualTo("Still here");
        assertThat(read.problems()).extracting(Problem::code).contains("jpeg.corrupt", "image.size.unknown");
    }

    @Test
    void garbageAfterTheStartMarkerIsAProblem() {
        byte[] file = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 10, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M',
            0, 42, 0, 0, 0, 8, 0, 5, 1, 0x0E};
        MetadataRead read = reader.read(file);
        assertThat(read.image()).isNotNull();
        assertThat(read.problems()).extracting(Problem::code).contains("jpeg.corrupt");
    }

    @Test
    void damagedPhotoshopBlockIsAProblem() {
        byte[] payload = TestImages.photoshop(0x0404, new byte[] {0x1C, 2, 105, 0, 3, 'a', 'b', 'c'});
        byte[] broken = Arrays.copyOf(payload, payload.length - 2);
        MetadataRead read = reader.read(TestImages.withSegment(jpeg, 0xED, broken));
        assertThat(read.problems()).extracting(Problem::code).contains("photoshop.corrupt");
    }
}
