package org.photodesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code photodesk label ID NAME... [--remove]}: adds labels to a photo, or takes them off; audited. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = "Add labels to a photo (such as select or red), or take them off with --remove.")
public final class LabelCommand extends PhotoChangeCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "The labels (no commas).")
    List<String> names;

    @Option(names = "--remove", description = "Take the labels off instead.")
    boolean remove;

    @Override
    Optional<String> misuse() {
        return names.stream().filter(n -> n.isBlank() || n.contains(",")).findFirst()
                .map(n -> "label '" + n + "' is blank or has a comma: give each label as its own word");
    }

    @Override
    void change(Library library, Photo photo, Changes changes) {
        var labels = new ArrayList<>(photo.labels());
        for (String name : names) {
            String label = name.strip();
            if (remove) {
                labels.remove(label);
            } else if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        changes.set(PhotoEditor.LABELS, String.join(", ", labels));
    }

    @Override
    String done(Photo photo, List<Change> made) {
        String now = photo.labels().isEmpty() ? "no labels" : "labels " + String.join(", ", photo.labels());
        return "photo " + photo.id() + (made.isEmpty() ? " was unchanged: " : " now has ") + now;
    }
}
