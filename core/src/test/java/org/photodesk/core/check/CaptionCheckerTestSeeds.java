package org.photodesk.core.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared seed files by walking up from the working directory (tests only read them). */
public final class CaptionCheckerTestSeeds {

    private CaptionCheckerTestSeeds() {}

    /** The path of seed {@code name}: {@code shared/seeds} or {@code ../shared/seeds} above here, or /work/shared. */
    public static Path find(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (String rel : new String[] {"shared/seeds", "../shared/seeds"}) {
                Path p = d.resolve(rel).resolve(name);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        Path fallback = Path.of("/work/shared/seeds", name);
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("seed " + name + " not found above " + dir);
    }
}
