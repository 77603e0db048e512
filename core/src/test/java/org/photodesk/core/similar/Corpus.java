package org.photodesk.core.similar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The real photographs of the measurement and the real pairs of related frames, read from {@code photographs.txt}. */
record Corpus(List<Path> photos, List<List<Path>> related, List<String> missingPackages) {

    static Corpus load() {
        List<Path> photos = new ArrayList<>();
        List<List<Path>> related = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        for (String line : lines()) {
            String[] f = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (f[0].equals("related")) {
                List<Path> pair = List.of(Path.of(f[2]), Path.of(f[3]));
                if (pair.stream().allMatch(Files::isRegularFile)) {
                    related.add(pair);
                } else {
                    missing.add(f[1]);
                }
            } else if (Files.isRegularFile(Path.of(f[1]))) {
                photos.add(Path.of(f[1]));
            } else {
                missing.add(f[0]);
            }
        }
        return new Corpus(List.copyOf(photos), List.copyOf(related), List.copyOf(missing));
    }

    private static List<String> lines() {
        try (InputStream in = Objects.requireNonNull(Corpus.class.getResourceAsStream("photographs.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} photographs (in the file's order: the wallpaper packages come first) and no related pairs. */
    Corpus first(int n) {
        return new Corpus(photos.subList(0, Math.min(n, photos.size())), List.of(), missingPackages);
    }
}
