package org.photodesk.cli;

import java.util.List;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code photodesk undo ID EDIT}: puts back the text a field had before edit number {@code EDIT} of the photo (as
 * {@code show} lists its edits), as the desk's undo does; the undo is itself an edit, kept in the history and audited.
 */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo one edit of a photo: its field gets back the text it had before (show lists the edits).")
public final class UndoCommand extends PhotoChangeCommand {

    @Parameters(index = "1", paramLabel = "EDIT", description = "The edit's number, as 'photodesk show ID' lists it.")
    long edit;

    private PhotoEdit undone;

    @Override
    void change(Library library, Photo photo, Changes changes) {
        List<PhotoEdit> edits = library.store().edits(photo.id());
        undone = edits.stream().filter(e -> e.id() == edit).findFirst().orElseThrow(() ->
                new IllegalArgumentException("photo " + photo.id() + " has no edit " + edit + ": "
                        + (edits.isEmpty() ? "it was never edited" : "'photodesk show " + photo.id()
                        + "' lists its edits (" + edits.size() + ")")));
        changes.set(undone.field(), undone.before());
    }

    @Override
    String done(Photo photo, List<Change> made) {
        return made.isEmpty() ? "the " + undone.field() + " of photo " + photo.id() + " already has the text it had "
                + "before edit " + edit + ": nothing changed"
                : "undid edit " + edit + ": the " + undone.field() + " of photo " + photo.id()
                + " is back to what it was (now version " + photo.version() + ")";
    }
}
