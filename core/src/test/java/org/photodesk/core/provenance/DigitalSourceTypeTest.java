package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitalSourceTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
        "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
        "HTTP://CV.IPTC.ORG/newscodes/digitalsourcetype/trainedAlgorithmicMedia", "digsrctype:trainedAlgorithmicMedia",
        "trainedAlgorithmicMedia", " http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia "})
    void everyFormOfATermIsFound(String value) {
        assertThat(DigitalSourceType.find(value)).contains(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA);
        assertThat(DigitalSourceType.describe(value)).isEqualTo("AI-generated");
        assertThat(DigitalSourceType.isSynthetic(value)).isTrue();
    }

    @Test
    void syntheticMeansGeneratedWhollyOrInPartByAnAlgorithm() {
        assertThat(Arrays.stream(DigitalSourceType.values()).filter(DigitalSourceType::synthetic))
                .containsExactlyInAnyOrder(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
                        DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
                        DigitalSourceType.ALGORITHMIC_MEDIA, DigitalSourceType.COMPOSITE_SYNTHETIC);
        assertThat(Arrays.stream(DigitalSourceType.values()).filter(DigitalSourceType::aiGenerated))
                .containsExactlyInAnyOrder(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
                        DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);
    }

    @Test
    void capturesAndEditsAreNotSynthetic() {
        for (String code : List.of("digitalCapture", "computationalCapture", "negativeFilm", "positiveFilm", "print",
                "humanEdits", "minorHumanEdits", "algorithmicallyEnhanced", "screenCapture", "compositeCapture")) {
            DigitalSourceType t = DigitalSourceType.find(code).orElseThrow();
            assertThat(t.synthetic()).as(code).isFalse();
            assertThat(t.captured()).as(code).isTrue();
        }
        assertThat(DigitalSourceType.DIGITAL_CREATION.captured()).isFalse();
    }

    @Test
    void everyTermHasItsIptcUriAndAShortLabel() {
        assertThat(DigitalSourceType.values()).hasSize(20);
        for (DigitalSourceType t : DigitalSourceType.values()) {
            assertThat(t.uri()).isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/" + t.code());
            assertThat(DigitalSourceType.find(t.uri())).contains(t);
            assertThat(t.label()).isNotBlank().hasSizeLessThan(50);
        }
        assertThat(DigitalSourceType.DIGITAL_CAPTURE.label()).isEqualTo("Digital capture");
    }

    @Test
    void unknownValuesAreDescribedAsWrittenAndNotSynthetic() {
        assertThat(DigitalSourceType.find("http://c2pa.org/digitalsourcetype/empty")).isEmpty();
        assertThat(DigitalSourceType.describe("http://c2pa.org/digitalsourcetype/empty"))
                .isEqualTo("http://c2pa.org/digitalsourcetype/empty");
        assertThat(DigitalSourceType.describe(null)).isNull();
        assertThat(DigitalSourceType.isSynthetic("http://example.com/trainedAlgorithmicMedia")).isFalse();
        assertThat(DigitalSourceType.find("")).isEmpty();
    }
}
