package org.photodesk.core.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the shared seed articles from the worktree (read only; their text is never copied into the project). */
public final class Seeds {

    /** The Reuters-captioned seed. */
    public static final String REUTERS = "000_37131db28e5b8f27.txt";
    /** The AP-captioned seed. */
    public static final String AP = "001_6499f0225b0dc24d.txt";

    private Seeds() {}

    /** The text of a seed file, found in ../shared/seeds, ../../shared/seeds or /work/shared/seeds. */
    public static String read(String name) {
        for (String dir : List.of("../shared/seeds", "../../shared/seeds", "../../../shared/seeds", "/work/shared/seeds")) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("seed " + name + " not found: run the tests from the worktree");
    }

    /** A seed read as an article, with the file name as id. */
    public static Article article(String name) {
        return new ArticleReader().readText(name, read(name));
    }
}
