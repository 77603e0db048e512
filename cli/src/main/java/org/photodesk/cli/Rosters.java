package org.photodesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.photodesk.core.check.NameBook;

/** Loads roster files (one name a line, aliases after a tab) into a {@link NameBook}. */
final class Rosters {

    private Rosters() {}

    static NameBook load(List<Path> files) throws IOException {
        NameBook book = new NameBook();
        for (Path f : files) {
            book.addRosterLines(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return book;
    }
}
