package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.testing.TestImages;

/**
 * A caption too long for one JPEG segment: exiftool moves it into ExtendedXMP (segments named by the GUID the main
 * XMP gives in {@code xmpNote:HasExtendedXMP}), where the reader must find it, or say that it is missing.
 */
class ExtendedXmpIT {

    /** About 100 KB of caption, more than the 64 KB a JPEG segment can hold. */
    private static final String LONG_CAPTION = ("Rescue teams worked through the night to clear the mountain road "
            + "after the storm, while residents waited in the school gym for news. ").repeat(700).strip();

    @TempDir
    Path dir;

    private Path withLongCaption() throws IOException {
        Path captionFile = Files.writeString(dir.resolve("caption.txt"), LONG_CAPTION);
        Path photo = Files.write(dir.resolve("long.jpg"), TestImages.jpeg(200, 100, 5));
        TestImages.exiftool(photo, "-XMP-dc:Description<=" + captionFile, "-XMP-dc:Title=Storm");
        assertThat(new String(Files.readAllBytes(photo), StandardCharsets.ISO_8859_1))
                .as("exiftool wrote ExtendedXMP").contains("http://ns.adobe.com/xmp/extension/");
        return photo;
    }

    @Test
    void aCaptionExiftoolMovedIntoExtendedXmpIsRead() throws IOException {
        MetadataRead read = new MetadataReader().read(Files.readAllBytes(withLongCaption()));

        assertThat(read.metadata().caption()).isEqualTo(LONG_CAPTION);
        assertThat(read.metadata().title()).isEqualTo("Storm");
        assertThat(read.problems()).extracting(Problem::code).doesNotContain("xmp.extended.missing");
    }

    @Test
    void missingExtendedXmpIsAProblemNamingWhatIsLost() throws IOException {
        byte[] stripped = withoutExtendedXmp(Files.readAllBytes(withLongCaption()));

        MetadataRead read = new MetadataReader().read(stripped);

        assertThat(read.metadata().caption()).isNull();
        assertThat(read.problems()).filteredOn(p -> p.code().equals("xmp.extended.missing")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("ExtendedXMP").contains("caption"));
    }

    /** The JPEG without its ExtendedXMP segments (APP1 with the extension's signature). */
    private static byte[] withoutExtendedXmp(byte[] jpeg) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) != 0xDA) {
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            String head = new String(jpeg, pos + 4, Math.min(34, length - 2), StandardCharsets.ISO_8859_1);
            if (!((jpeg[pos + 1] & 0xFF) == 0xE1 && head.startsWith("http://ns.adobe.com/xmp/extension/"))) {
                out.write(jpeg, pos, 2 + length);
            }
            pos += 2 + length;
        }
        out.write(jpeg, pos, jpeg.length - pos);
        return out.toByteArray();
    }
}
