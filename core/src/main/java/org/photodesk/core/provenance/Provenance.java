package org.photodesk.core.provenance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * What a file's C2PA Content Credentials say and how far they hold: the active manifest's generator, signer,
 * actions and AI declaration, the validation state, each check's outcome, and every problem met, as data.
 *
 * @param validation the overall state (Verified, Claimed, Invalid or Absent)
 * @param checks what was and was not verified, check by check
 * @param container where the manifest store was found: {@code JPEG} (APP11) or {@code PNG} (caBX), or null
 * @param manifestLabel the active manifest's label (usually {@code urn:c2pa:...} or {@code urn:uuid:...}), or null
 * @param manifestCount how many manifests the store holds (the active one and its ingredients' history)
 * @param generator the claim generator (name and version of the signing software), or null
 * @param title the claim's {@code dc:title}, or null
 * @param signer the signing certificate's owner, or null when there is no readable certificate
 * @param actions the actions of the active manifest's {@code c2pa.actions} assertions, in order
 * @param ai what the actions declare about generated content
 * @param authors the authors named by a {@code stds.schema-org.CreativeWork} assertion
 * @param training the entries of a training-and-mining assertion
 * @param assertions the labels of the assertions the claim lists, in order
 * @param problems everything wrong or unchecked, for the photo's problem list
 */
public record Provenance(Validation validation, Checks checks, String container, String manifestLabel,
        int manifestCount, String generator, String title, Signer signer, List<C2paAction> actions,
        AiDeclaration ai, List<String> authors, List<TrainingPermission> training, List<String> assertions,
        List<Problem> problems) {

    public Provenance {
        Objects.requireNonNull(validation, "validation");
        checks = checks == null ? Checks.NONE : checks;
        ai = ai == null ? AiDeclaration.NONE : ai;
        actions = actions == null ? List.of() : List.copyOf(actions);
        authors = authors == null ? List.of() : List.copyOf(authors);
        training = training == null ? List.of() : List.copyOf(training);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The result for a file without Content Credentials, with the problems met while looking. */
    public static Provenance absent(List<Problem> problems) {
        return new Provenance(new Validation.Absent(), Checks.NONE, null, null, 0, null, null, null, List.of(),
                AiDeclaration.NONE, List.of(), List.of(), List.of(), problems);
    }

    /** True when the file carries a manifest store, whatever its state. */
    public boolean present() {
        return !(validation instanceof Validation.Absent);
    }

    /** The signer, when the signature holds a readable certificate. */
    public Optional<Signer> findSigner() {
        return Optional.ofNullable(signer);
    }

    /** The claim generator, when the claim names one. */
    public Optional<String> findGenerator() {
        return Optional.ofNullable(generator);
    }

    /** True when the actions declare generated content, in whole or in part (see {@link AiDeclaration}). */
    public boolean synthetic() {
        return ai != AiDeclaration.NONE;
    }

    /** The distinct digital source types the actions declare, as written, in order of first appearance. */
    public List<String> digitalSourceTypes() {
        var types = new LinkedHashSet<String>();
        for (C2paAction action : actions) {
            if (action.digitalSourceType() != null) {
                types.add(action.digitalSourceType());
            }
        }
        return List.copyOf(types);
    }
}
