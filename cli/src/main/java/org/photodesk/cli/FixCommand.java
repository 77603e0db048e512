package org.photodesk.cli;

import java.util.List;
import org.photodesk.core.check.SuggestedFix;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk fix ID N}: applies the suggested fix of problem number {@code N} of a photo (as {@code show}
 * numbers its problems, from 1), as the desk's fix button does: the fix replaces the span the problem covers, and is
 * an edit like any other (undone with {@code undo}, audited).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Apply the suggested fix of a photo's problem N (show numbers the problems and their fixes).")
public final class FixCommand extends PhotoChangeCommand {

    @Parameters(index = "1", paramLabel = "N", description = "The problem's number, 1 first, as 'photodesk show ID' lists it.")
    int number;

    private SuggestedFix fix;

    @Override
    java.util.Optional<String> misuse() {
        return number < 1 ? java.util.Optional.of("problem numbers start at 1, not " + number
                + ": 'photodesk show ID' lists them") : java.util.Optional.empty();
    }

    @Override
    void change(Library library, Photo photo, Changes changes) {
        fix = SuggestedFix.of(photo, number - 1);
        changes.set(fix.field(), fix.text());
    }

    @Override
    String done(Photo photo, List<Change> made) {
        return made.isEmpty() ? "problem " + number + " of photo " + photo.id() + " needed no change"
                : "fixed problem " + number + " (" + fix.problem().code() + ") in the " + fix.field() + " of photo "
                + photo.id() + ": " + photo.problems().size() + " problem" + (photo.problems().size() == 1 ? "" : "s")
                + " left";
    }
}
