package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AiDeclarationTest {

    private static final String IPTC = DigitalSourceType.NAMESPACE;

    private static C2paAction action(String name, String code) {
        return new C2paAction(name, code == null ? null : IPTC + code, null, null, null);
    }

    @Test
    void createdByAModelIsGenerated() {
        assertThat(AiDeclaration.of(List.of(action("c2pa.created", "trainedAlgorithmicMedia"))))
                .isEqualTo(AiDeclaration.GENERATED);
        assertThat(AiDeclaration.of(List.of(action("c2pa.created", "algorithmicMedia"))))
                .isEqualTo(AiDeclaration.GENERATED);
    }

    @Test
    void generatedPartsOfACaptureAreEdited() {
        assertThat(AiDeclaration.of(List.of(action("c2pa.opened", "digitalCapture"),
                action("c2pa.edited", "trainedAlgorithmicMedia")))).isEqualTo(AiDeclaration.EDITED);
        assertThat(AiDeclaration.of(List.of(action("c2pa.placed", "compositeWithTrainedAlgorithmicMedia"))))
                .isEqualTo(AiDeclaration.EDITED);
        assertThat(AiDeclaration.of(List.of(action("c2pa.created", "compositeSynthetic"))))
                .isEqualTo(AiDeclaration.EDITED);
    }

    @Test
    void generatedWinsOverEdited() {
        assertThat(AiDeclaration.of(List.of(action("c2pa.edited", "compositeWithTrainedAlgorithmicMedia"),
                action("c2pa.created", "trainedAlgorithmicMedia")))).isEqualTo(AiDeclaration.GENERATED);
    }

    @Test
    void capturesAndUndeclaredActionsAreNone() {
        assertThat(AiDeclaration.of(List.of())).isEqualTo(AiDeclaration.NONE);
        assertThat(AiDeclaration.of(List.of(action("c2pa.created", "digitalCapture"), action("c2pa.cropped", null),
                action("c2pa.color_adjustments", "algorithmicallyEnhanced")))).isEqualTo(AiDeclaration.NONE);
    }
}
