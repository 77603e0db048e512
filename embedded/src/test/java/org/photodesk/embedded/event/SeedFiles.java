package org.photodesk.embedded.event;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared seed articles from the working folder (read only; their text is never copied into the project). */
public final class SeedFiles {

    /** The Reuters-captioned seed. */
    public static final String REUTERS = "000_37131db28e5b8f27.txt";
    /** The AP-captioned seed. */
    public static final String AP = "001_6499f0225b0dc24d.txt";

    private SeedFiles() {}

    /** The seed file {@code name}, found in {@code shared/seeds} above the working folder, or in /work/shared/seeds. */
    public static Path path(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared/seeds").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Path fallback = Path.of("/work/shared/seeds", name);
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("seed " + name + " not found: run the tests from inside the worktree");
    }
}
