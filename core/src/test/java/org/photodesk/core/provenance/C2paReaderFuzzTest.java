package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Any bytes give a provenance result with problems as data, never an exception; stripping never grows a file and
 * leaves nothing a reader takes for Content Credentials. {@code mvn test} replays the committed seeds in
 * {@code C2paReaderFuzzTestInputs/} (files signed by {@link C2paTestWriter} with throwaway test keys, one cut
 * short, one without a manifest, one garbage); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class C2paReaderFuzzTest {

    private final C2paReader reader = new C2paReader(TrustAnchors.none(),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "60s")
    void readAnything(byte[] data) {
        Provenance p = reader.read(data);

        assertThat(p).isNotNull();
        assertThat(p.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        assertThat(p.problems()).noneMatch(problem -> problem.code().equals("c2pa.internal"));
        if (!p.present()) {
            assertThat(p.checks()).isEqualTo(Checks.NONE);
        }
        if (p.validation() instanceof Validation.Verified) {
            throw new AssertionError("nothing is trusted without anchors, yet this was Verified");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void stripAnything(byte[] data) {
        byte[] stripped = C2paStripper.strip(data);

        assertThat(stripped.length).isLessThanOrEqualTo(data.length);
        assertThat(reader.read(stripped).problems()).noneMatch(problem -> problem.code().equals("c2pa.internal"));
    }
}
