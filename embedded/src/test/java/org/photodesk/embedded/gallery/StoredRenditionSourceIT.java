package org.photodesk.embedded.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.testing.TestImages;

/** Published images come from the library's renditions: upright, whatever the original's EXIF orientation. */
class StoredRenditionSourceIT {

    @TempDir
    Path tmp;

    @Test
    void aRotatedCameraOriginalIsPublishedUpright() throws IOException {
        Path file = tmp.resolve("rotated.jpg");
        Files.write(file, TestImages.jpeg(600, 300, 5));
        TestImages.exiftool(file, "-EXIF:Orientation#=6", "-IPTC:Caption-Abstract=Rotated.");
        try (Library library = org.photodesk.embedded.EmbeddedBackends.open(tmp.resolve("data"))) {
            var added = (IngestOutcome.Added) library.ingestor().ingest(file);
            var source = library.renditions();

            var thumb = ImageIO.read(new ByteArrayInputStream(source.jpeg(added.photo(), 400)));
            var preview = ImageIO.read(new ByteArrayInputStream(source.jpeg(added.photo(), 1600)));

            assertThat(thumb.getHeight()).isEqualTo(400);
            assertThat(thumb.getWidth()).isEqualTo(200);
            assertThat(preview.getHeight()).isGreaterThan(preview.getWidth());
            assertThat(source.jpeg(added.photo(), 0)).isEqualTo(Files.readAllBytes(file));
        }
    }
}
