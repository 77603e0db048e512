package org.photodesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.MetadataFields;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.template.RosterCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code photodesk edit ID --caption TEXT --city TEXT ... [--as-version V]}: sets any editable field of a photo
 * through the domain editor, as the desk's Save does: each field changed is one edit in the photo's history (undone
 * with {@code undo}), survives agency re-sends, and is audited as {@code cli:<OS user>}. The options are made from
 * the editable fields, one {@code --kebab-case} option each. A roster code in the text ({@code \mm3\}, see
 * {@link RosterCodes}) is expanded to the roster's spelling. Exit codes: 0 done, 1 refused, 2 bad usage.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Edit a photo's fields (an empty TEXT clears one; lists are comma-separated). Each change is "
                + "kept in its history and audited.")
public final class EditCommand extends PhotoChangeCommand {

    @Option(names = "--as-version", paramLabel = "V",
            description = "Refuse the edit unless the photo is still at version V (as show printed it), so that it "
                    + "never lands on text you have not seen.")
    Integer asVersion;

    /** The edit options given, in the order of the fields, by field name. */
    private final SequencedMap<String, String> given = new LinkedHashMap<>();

    /** The command with one option per editable field, its {@code --data} option made by {@code factory}. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        var command = new EditCommand();
        CommandSpec spec = CommandSpec.forAnnotatedObject(command, factory);
        for (String field : fields()) {
            spec.addOption(OptionSpec.builder(option(field)).paramLabel("TEXT").type(String.class)
                    .description("The " + field + (MetadataFields.isField(field) ? "." : " (the desk's own field).")
                    ).setter(new CommandLine.Model.ISetter() {
                        @Override
                        public <T> T set(T value) {
                            if (value != null) {
                                command.given.put(field, (String) value);
                            }
                            return null;
                        }
                    }).build());
        }
        return new CommandLine(spec, factory);
    }

    /** Every editable field, in the order the options are listed. */
    static List<String> fields() {
        var fields = new ArrayList<>(MetadataFields.names());
        fields.add(PhotoEditor.RATING);
        fields.add(PhotoEditor.LABELS);
        return fields.stream().filter(PhotoEditor::isEditable).toList();
    }

    /** The option that edits {@code field}: {@code usageTerms} is {@code --usage-terms}. */
    static String option(String field) {
        return "--" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    Optional<String> misuse() {
        if (given.isEmpty()) {
            return Optional.of("say which fields to set, such as --caption \"...\" or --city Paris (see 'photodesk "
                    + "edit --help')");
        }
        return Optional.empty();
    }

    @Override
    void change(Library library, Photo photo, Changes changes) {
        if (asVersion != null) {
            changes.expectVersion(asVersion);
        }
        RosterCodes codes = given.values().stream().anyMatch(t -> t.indexOf('\\') >= 0)
                ? RosterCodes.of(library.events().roster(), photo.metadata().event()) : RosterCodes.NONE;
        given.forEach((field, text) -> changes.set(field, MetadataFields.isField(field) ? codes.expand(text) : text));
    }

    @Override
    String done(Photo photo, List<Change> made) {
        if (made.isEmpty()) {
            return "photo " + photo.id() + " already had that text: nothing changed (version " + photo.version() + ")";
        }
        return "edited " + String.join(", ", made.stream().map(Change::field).toList()) + " of photo " + photo.id()
                + " (now version " + photo.version() + ")";
    }

    /** The edit options given, by field name (for tests). */
    Map<String, String> given() {
        return given;
    }
}
