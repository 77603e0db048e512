package org.photodesk.cli;

import java.util.List;
import java.util.Optional;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code photodesk rate ID N}: gives a photo 0 to 5 stars, the desk's own rating (0 clears it); audited. */
@Command(name = "rate", mixinStandardHelpOptions = true, description = "Rate a photo 0 to 5 stars (0 clears the rating).")
public final class RateCommand extends PhotoChangeCommand {

    @Parameters(index = "1", paramLabel = "N", description = "Stars, 0 to 5.")
    int stars;

    @Override
    Optional<String> misuse() {
        return stars < 0 || stars > 5 ? Optional.of("rating " + stars + " is not 0 to 5 stars: give a whole number "
                + "from 0 to 5") : Optional.empty();
    }

    @Override
    void change(Library library, Photo photo, Changes changes) {
        changes.set(PhotoEditor.RATING, Integer.toString(stars));
    }

    @Override
    String done(Photo photo, List<Change> made) {
        return "photo " + photo.id() + (made.isEmpty() ? " already had " : " now has ") + photo.rating()
                + (photo.rating() == 1 ? " star" : " stars");
    }
}
