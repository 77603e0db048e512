package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.photodesk.core.metadata.MetadataRead;
import org.photodesk.core.testing.TestImages;

/**
 * HEIC and AVIF files made by libvips (Debian's libvips with libheif) from a real photograph and tagged by exiftool:
 * their EXIF and XMP (kept as HEIF items) and their size are read, and a truncated copy is reported.
 */
class HeifMetadataIT {

    @TempDir
    Path dir;

    private static Path photograph() {
        for (String folder : List.of("/usr/share/backgrounds", "/usr/share/wallpapers")) {
            try (var files = Files.walk(Path.of(folder))) {
                var found = files.filter(p -> p.toString().endsWith(".jpg")).sorted().findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                // try the next folder
            }
        }
        return null;
    }

    private Path convert(String extension) throws IOException, InterruptedException {
        Path source = photograph();
        assumeTrue(source != null, "no Debian wallpaper photograph installed (mate-backgrounds, desktop-base)");
        Path small = dir.resolve("small.jpg");
        Path out = dir.resolve("photo." + extension);
        run("vipsthumbnail", source.toString(), "--size", "640", "-o", small.toString());
        run("vips", "copy", small.toString(), out.toString());
        TestImages.exiftool(out, "-XMP-dc:Description=Fans cheer as the parade passes in Lyon, France.",
                "-XMP-photoshop:City=Lyon", "-XMP-photoshop:Country=France", "-XMP-dc:Creator=Jeanne Martin",
                "-XMP-photoshop:Credit=AFP", "-EXIF:Artist=Jeanne Martin", "-EXIF:DateTimeOriginal=2024:07:14 10:30:00");
        return out;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command[0] + " failed: " + output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "avif"})
    void xmpExifAndSizeAreRead(String extension) throws Exception {
        byte[] bytes = Files.readAllBytes(convert(extension));

        MetadataRead read = new MetadataReader().read(bytes);

        assertThat(read.image().mediaType()).isEqualTo("heic".equals(extension) ? "image/heic" : "image/avif");
        assertThat(read.image().width()).isEqualTo(640);
        assertThat(read.image().height()).isPositive();
        assertThat(read.metadata().caption()).isEqualTo("Fans cheer as the parade passes in Lyon, France.");
        assertThat(read.metadata().city()).isEqualTo("Lyon");
        assertThat(read.metadata().byline()).containsExactly("Jeanne Martin");
        assertThat(read.metadata().credit()).isEqualTo("AFP");
        assertThat(read.metadata().dateCreated()).isNotNull();
        assertThat(read.raw().xmp()).isNotEmpty();
        assertThat(read.raw().exif()).isNotEmpty();
        assertThat(read.problems()).extracting(p -> p.code()).doesNotContain("metadata.unreadable", "heif.corrupt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "avif"})
    void theIngestorTakesThemAndRefusesATruncatedCopy(String extension) throws Exception {
        byte[] bytes = Files.readAllBytes(convert(extension));
        var library = org.photodesk.core.testing.TestLibraries.inMemory(java.time.Clock.systemUTC());

        var whole = library.ingestor().ingest("photo." + extension, bytes);
        var cut = library.ingestor().ingest("cut." + extension, Arrays.copyOf(bytes, bytes.length - 100));

        assertThat(whole).isInstanceOfSatisfying(org.photodesk.core.ingest.IngestOutcome.Added.class, a -> {
            assertThat(a.photo().mediaType()).startsWith("image/");
            assertThat(a.photo().metadata().city()).isEqualTo("Lyon");
        });
        assertThat(cut).isInstanceOfSatisfying(org.photodesk.core.ingest.IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).contains("truncated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"heic", "avif"})
    void aTruncatedFileIsReadWithoutThrowing(String extension) throws Exception {
        byte[] bytes = Files.readAllBytes(convert(extension));
        for (int cut : new int[] {8, 20, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            MetadataRead read = new MetadataReader().read(Arrays.copyOf(bytes, cut));
            assertThat(read).isNotNull();
        }
    }
}
