package org.photodesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.photodesk.core.check.CurrentProblems;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEditor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the commands that change one photo share ({@code edit}, {@code undo}, {@code fix}, {@code rate},
 * {@code label}): the photo's id, {@code --json}, the library's domain editor, the audit log (each change recorded
 * as {@code cli:<OS user>}, as the desk records its own), the search index following, and how answers and refusals
 * are printed. Exit codes: 0 done, 1 refused (one line saying what to do), 2 bad usage.
 */
abstract class PhotoChangeCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The photo's id (as search and show print it).")
    long id;

    @Option(names = "--json", description = "Print one JSON object: {\"photo\": PHOTO, \"changes\": [{field, before, "
            + "after}]}, or {\"error\"} when refused.")
    boolean json;

    /** A usage mistake found before the library is opened, or empty when the arguments make sense. */
    Optional<String> misuse() {
        return Optional.empty();
    }

    /** Makes the change to {@code photo} (with its current problems) through {@code changes}. */
    abstract void change(Library library, Photo photo, Changes changes);

    /** The sentence printed for people once the change is made. */
    abstract String done(Photo photo, List<Change> made);

    /** One field changed: its text before and after. */
    record Change(String field, String before, String after) {}

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            return answer(USAGE, misuse.get());
        }
        try (Library library = data.openToRead()) {
            Optional<Photo> found = library.store().findById(id);
            if (found.isEmpty()) {
                return answer(REFUSED, "no photo " + id + " in " + data.dir()
                        + ": check the id with 'photodesk search' or 'photodesk show'");
            }
            var changes = new Changes(library, found.get());
            change(library, current(library, found.get()), changes);
            if (!changes.made.isEmpty()) {
                library.ingestor().reindex(id);
            }
            Photo now = current(library, changes.photo);
            if (json) {
                var value = new LinkedHashMap<String, Object>();
                value.put("photo", PhotoJson.of(now));
                value.put("changes", changes.made);
                out.println(Json.write(value));
            } else {
                out.println(done(now, changes.made));
            }
            out.flush();
            return OK;
        } catch (PhotoChangedException e) {
            return answer(REFUSED, e.getMessage() + " (photodesk show " + id + " prints the version now)");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return answer(REFUSED, e.getMessage());
        }
    }

    /** Prints {@code message} as the command's one line on standard error (and as JSON when asked); returns code. */
    private int answer(int code, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("photodesk " + spec.name() + ": " + message);
        err.flush();
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.write(Map.of("error", message)));
            out.flush();
        }
        return code;
    }

    /** {@code photo} with the problems of its fields as they are now, numbered as {@code show} and the desk do. */
    static Photo current(Library library, Photo photo) {
        return problems(library).current(photo);
    }

    static CurrentProblems problems(Library library) {
        return new CurrentProblems(library.store(), HouseStyle.of(library.store(), library.clock()).captionChecks());
    }

    /** Who the audit log names for changes made here: {@code cli:} and the operating system's user. */
    static String actor() {
        return UserCommand.actor();
    }

    /** The edits one command makes to its photo, each through the domain editor and into the audit log. */
    static final class Changes {
        private final Library library;
        private final List<Change> made = new ArrayList<>();
        private Photo photo;
        private Optional<Integer> expected = Optional.empty();

        Changes(Library library, Photo photo) {
            this.library = library;
            this.photo = photo;
        }

        /** The photo as the last change left it. */
        Photo photo() {
            return photo;
        }

        /**
         * From now on, edits are refused unless the photo is still at {@code version}, then at the version this
         * command's own last edit left it at.
         */
        void expectVersion(int version) {
            expected = Optional.of(version);
        }

        /** Sets {@code field} to {@code text} (blank clears it); returns whether the field changed. */
        boolean set(String field, String text) {
            String after = text == null || text.isBlank() ? null : text.strip();
            PhotoEditor editor = library.editor();
            String before = text(photo, field);
            Photo edited = expected.isPresent()
                    ? editor.edit(photo.id(), field, after, actor(), expected.get())
                    : editor.edit(photo.id(), field, after, actor());
            photo = edited;
            expected = expected.map(v -> edited.version());
            String now = text(edited, field);
            if (Objects.equals(before, now)) {
                return false;
            }
            library.audit().record(actor(), "edit", "photo/" + photo.id(), field, before, now);
            made.add(new Change(field, before, now));
            return true;
        }

        /** The text of {@code field} of {@code p} as the editor stores it. */
        static String text(Photo p, String field) {
            return switch (field) {
                case PhotoEditor.RATING -> Integer.toString(p.rating());
                case PhotoEditor.LABELS -> p.labels().isEmpty() ? null : String.join(", ", p.labels());
                default -> org.photodesk.core.photo.MetadataFields.get(p.metadata(), field);
            };
        }
    }
}
