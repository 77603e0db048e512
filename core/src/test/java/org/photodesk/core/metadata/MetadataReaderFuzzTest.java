package org.photodesk.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.photodesk.core.photo.Problem;

/**
 * Any bytes give a result, never an exception. {@code mvn test} replays the committed seeds in
 * {@code MetadataReaderFuzzTestInputs/readAnything/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class MetadataReaderFuzzTest {

    private final MetadataReader reader = new MetadataReader();

    @FuzzTest(maxDuration = "60s")
    void readAnything(byte[] data) {
        MetadataRead read = reader.read(data);
        assertThat(read).isNotNull();
        assertThat(read.metadata()).isNotNull();
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        if (read.image() == null) {
            assertThat(read.problems()).extracting(Problem::code).contains("format.unknown");
        } else {
            assertThat(PixelHash.of(data, read.image().mediaType())).isNotNull();
        }
    }
}
